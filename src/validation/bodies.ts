/** Article bodies: every <Claim id> and <Term id> resolves, every declared claim is shown, related ids are articles. */
import type { GuideArticle, GuideClaim, GuideTerm } from '../data/model.ts';
import type { ContentProblem } from '../utils/errors.ts';
import { closest } from '../utils/suggest.ts';
import { findTags } from './tags.ts';

export function checkBodies(
	articles: GuideArticle[],
	sources: Map<GuideArticle, string>,
	claimById: Map<string, GuideClaim>,
	termById: Map<string, GuideTerm>,
	articleById: Map<string, GuideArticle>,
	problems: ContentProblem[],
	contentDir: string,
) {
	for (const article of articles) {
		const shown = new Set<string>();
		for (const tag of findTags(sources.get(article) ?? '', 'Claim')) {
			if (tag.id === undefined) {
				problems.push({
					file: `${article.filePath}:${tag.line}`,
					field: '<Claim>',
					message: `${tag.tag} has no id written as a plain string.`,
					fix: 'write the id in quotes, e.g. <Claim id="hyaluronic-acid-hydration" />.',
				});
				continue;
			}
			const claim = claimById.get(tag.id);
			if (!claim) {
				const hint = closest(tag.id, [...claimById.keys()]);
				problems.push({
					file: `${article.filePath}:${tag.line}`,
					field: '<Claim id>',
					message: `<Claim id="${tag.id}" /> refers to a claim that no article declares.`,
					fix: hint
						? `did you mean "${hint}"? Otherwise declare the claim in the claims list of the article it belongs to.`
						: 'declare the claim in the claims list of the article it belongs to, or correct the id.',
				});
				continue;
			}
			if (shown.has(claim.id)) continue;
			shown.add(claim.id);
			article.shownClaims.push(claim);
		}
		for (const tag of findTags(sources.get(article) ?? '', 'Term')) {
			if (tag.id !== undefined && termById.has(tag.id)) continue;
			const hint = tag.id === undefined ? undefined : closest(tag.id, [...termById.keys()]);
			problems.push({
				file: `${article.filePath}:${tag.line}`,
				field: '<Term id>',
				message: tag.id === undefined ? `${tag.tag} has no id written as a plain string.` : `<Term id="${tag.id}"> is not in the glossary.`,
				fix: hint
					? `did you mean "${hint}"? Otherwise add the term to ${contentDir}/glossary/.`
					: `add the term to ${contentDir}/glossary/<id>.yaml (term, definition), or correct the id.`,
			});
		}
		article.claims.forEach((claim, index) => {
			if (!shown.has(claim.id)) {
				problems.push({
					file: article.filePath,
					field: `claims[${index}]`,
					message: `the claim "${claim.id}" is declared but never shown in the article.`,
					fix: `add <Claim id="${claim.id}" /> where the body discusses it, or remove the claim.`,
				});
			}
		});
		article.data.related.forEach((relatedId, index) => {
			const related = articleById.get(relatedId.replace(/^\/|\/$/g, ''));
			if (!related) {
				problems.push({
					file: article.filePath,
					field: `related[${index}]`,
					message: `"${relatedId}" is not an article.`,
					fix: 'write the id of an existing article as <section>/<slug>, e.g. procedure/how-a-session-goes.',
				});
			} else article.related.push(related);
		});
	}
}
