/**
 * Consultation kits: the uses article and chosen claims exist; review dates follow the articles' rules
 * (nextReview after lastReviewed; a kit past its nextReview still builds, warned and marked on the page).
 */
import type { GuideArticle, GuideClaim, GuideKit } from '../data/model.ts';
import type { ContentProblem } from '../utils/errors.ts';
import { urls } from '../utils/urls.ts';
import type { RawKit } from './raw.ts';

export function resolveKits(
	rawKits: RawKit[],
	articleById: Map<string, GuideArticle>,
	claimById: Map<string, GuideClaim>,
	today: Date,
	problems: ContentProblem[],
): GuideKit[] {
	return rawKits
		.map((raw): GuideKit | undefined => {
			if (raw.data.nextReview.getTime() <= raw.data.lastReviewed.getTime()) {
				problems.push({
					file: raw.filePath,
					field: 'nextReview',
					message: 'nextReview must be after lastReviewed.',
					fix: 'set the date the next review is due, e.g. a year after lastReviewed.',
				});
			}
			const article = articleById.get(raw.data.uses);
			if (!article) {
				problems.push({
					file: raw.filePath,
					field: 'uses',
					message: `"${raw.data.uses}" is not an article.`,
					fix: 'name the uses article whose claims are the evidence for this goal, e.g. uses/hair-loss.',
				});
				return undefined;
			}
			const chosen = (raw.data.claims ?? article.shownClaims.map((claim) => claim.id)).flatMap((claimId, index) => {
				const claim = claimById.get(claimId);
				if (!claim) {
					problems.push({
						file: raw.filePath,
						field: `claims[${index}]`,
						message: `"${claimId}" is not a claim any article declares.`,
						fix: 'list ids of declared claims (see /claims.json), or leave claims out to show every claim of the uses article.',
					});
				}
				return claim ? [claim] : [];
			});
			const claims = [...chosen].sort((a, b) => Number(b.status === 'evidence-backed') - Number(a.status === 'evidence-backed'));
			const reviewOverdue = raw.data.nextReview.getTime() < today.getTime();
			return { id: raw.id, data: raw.data, article, claims, url: urls.kit(raw.id), reviewOverdue };
		})
		.filter((kit): kit is GuideKit => kit !== undefined)
		.sort((a, b) => a.data.order - b.data.order);
}
