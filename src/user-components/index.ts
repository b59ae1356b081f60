/** The components authors may use in MDX without importing them. */
import Anchor from './Anchor.astro';
import Callout from './Callout.astro';
import CareCard from './CareCard.astro';
import CorrectionsAddress from './CorrectionsAddress.astro';
import Claim from './Claim.astro';
import CostRanges from './CostRanges.astro';
import DoDont from './DoDont.astro';
import EvidenceMethod from './EvidenceMethod.astro';
import ProductStatus from './ProductStatus.astro';
import Term from './Term.astro';

export const mdxComponents = {
	Anchor,
	Callout,
	CareCard,
	Claim,
	CorrectionsAddress,
	CostRanges,
	DoDont,
	EvidenceMethod,
	ProductStatus,
	Term,
};
