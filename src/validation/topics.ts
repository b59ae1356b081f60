/** The evidence pages' topics: claims grouped by their article's section. */
import type { GuideClaim, GuideTopic } from '../data/model.ts';
import { sectionIds, sections } from '../config.ts';
import { urls } from '../utils/urls.ts';

/** Claims per evidence topic page: topics paginate, so no evidence page grows with the size of the guide. */
export const topicPageSize = 50;

/** The claims grouped by their article's section, evidence-backed first: the evidence pages' topics. */
export function topicsOf(claims: GuideClaim[]): GuideTopic[] {
	return sectionIds
		.map((id) => {
			const backed = claims.filter((claim) => claim.section === id && claim.status === 'evidence-backed');
			const unproven = claims.filter((claim) => claim.section === id && claim.status === 'unproven');
			return {
				section: sections[id],
				url: urls.evidenceTopic(id),
				claims: [...backed, ...unproven],
				count: { 'evidence-backed': backed.length, unproven: unproven.length },
				starts: {
					'evidence-backed': `${urls.evidenceTopic(id)}#evidence-backed`,
					unproven: `${urls.evidenceTopic(id, Math.floor(backed.length / topicPageSize) + 1)}#unproven`,
				},
			};
		})
		.filter((topic) => topic.claims.length > 0);
}
