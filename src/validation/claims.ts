/** Claims: each id declared once across the guide, every source key a reference file. */
import type { GuideArticle, GuideClaim, GuideReference } from '../data/model.ts';
import { urls } from '../utils/urls.ts';
import type { ContentProblem } from '../utils/errors.ts';

export function resolveClaims(
	articles: GuideArticle[],
	referenceById: Map<string, GuideReference>,
	problems: ContentProblem[],
	contentDir: string,
) {
	const claimById = new Map<string, GuideClaim>();
	const declaredAt = new Map<string, string>();
	for (const article of articles) {
		article.data.claims.forEach((data, index) => {
			const field = `claims[${index}]`;
			const previous = declaredAt.get(data.id);
			if (previous) {
				problems.push({
					file: article.filePath,
					field: `${field}.id`,
					message: `the claim id "${data.id}" is already declared in ${previous}.`,
					fix: `declare each claim once: give this claim another id, or remove it here and show the existing one with <Claim id="${data.id}" />.`,
				});
				return;
			}
			declaredAt.set(data.id, `${article.filePath} (${field})`);
			const claim: GuideClaim = {
				...data,
				ownerId: article.id,
				section: article.section,
				url: urls.claim(data.id),
				references: [],
				shownIn: [],
			};
			data.sources.forEach((key, sourceIndex) => {
				const reference = referenceById.get(key);
				if (!reference) {
					problems.push({
						file: article.filePath,
						field: `${field}.sources[${sourceIndex}]`,
						message: `"${key}" is not a reference: there is no ${contentDir}/references/${key}.yaml.`,
						fix: `correct the key, or add the source with \`npm run add-reference -- ${key}\` if ../shared/evidence/sources.yaml has it.`,
					});
					return;
				}
				claim.references.push(reference);
				reference.citedBy.push(claim);
			});
			article.claims.push(claim);
			claimById.set(claim.id, claim);
		});
	}
	return claimById;
}
