/**
 * The evidence rules that compare a claim with its sources, checked at build time (called from
 * src/data/validate.ts) and written out for readers on /about/evidence-method/ (from `certaintyRules` below):
 *
 * 1. An evidence-backed benefit cites at least one controlled trial, randomised controlled trial (RCT),
 *    systematic review or meta-analysis; otherwise it is unproven (weak studies).
 * 2. `high` certainty needs a systematic review or meta-analysis, or two or more RCTs.
 * 3. `moderate` certainty needs at least one RCT, controlled trial, systematic review or meta-analysis.
 * 4. A claim resting only on case reports, case series, reviews, guidelines, consensus statements, reference
 *    pages or news cannot be above `low`.
 * 5. An evidence-backed claim cites at least one source that is not a marketing page (a marketing page is an
 *    example of a claim, not evidence for it).
 *
 * And the uses pages' headline claims: `answer` is a benefit, `risk` a risk, `better` an evidence-backed benefit,
 * each a declared claim; every uses page names them.
 *
 * Pure: no Astro imports, so unit tests call it with the same data the build does.
 */
import type { GuideArticle, GuideClaim } from './model.ts';
import type { ContentProblem } from '../utils/errors.ts';
import { studyTypeLabels, type StudyType } from '../schemas/reference.ts';

const trialOrReview: StudyType[] = ['controlled-trial', 'rct', 'systematic-review', 'meta-analysis'];
const pooled: StudyType[] = ['systematic-review', 'meta-analysis'];
/** Sources that, alone, allow no more than low certainty. */
const weakOnly: StudyType[] = [
	'case-report',
	'case-series',
	'review',
	'guideline',
	'consensus',
	'reference-page',
	'news-report',
	'marketing-page',
	'product-information',
];

/** The rules as readers read them on the method page, in order. */
export const certaintyRules = [
	'A benefit is only “shown to help” when at least one controlled trial, randomised controlled trial, systematic review or meta-analysis found it. Otherwise it is “not shown”, because the studies are weak.',
	'High certainty needs a systematic review or meta-analysis, or two or more randomised controlled trials.',
	'Moderate certainty needs at least one randomised controlled trial, controlled trial, systematic review or meta-analysis.',
	'A claim that rests only on case reports, case series, reviews, guidelines, expert consensus, reference pages or news cannot be above low certainty.',
	'A marketing page is an example of a claim, never evidence for it.',
	'A risk has no certainty grade. Its “how we know” is worked out from its sources (the strongest kind of study among them), never typed in by hand, and its “how often” comes from a cited source that counts it, or says “how often is not known”.',
] as const;

const typesOf = (claim: GuideClaim) => claim.references.map((reference) => reference.data.studyType);
const named = (types: StudyType[]) => [...new Set(types)].map((type) => studyTypeLabels[type].toLowerCase()).join(', ') || 'none';

/** Problems of one claim against its sources (file and field filled in by the caller). */
export function claimSourceProblems(claim: GuideClaim): Omit<ContentProblem, 'file' | 'field'>[] {
	if (claim.status !== 'evidence-backed') return [];
	const problems: Omit<ContentProblem, 'file' | 'field'>[] = [];
	const types = typesOf(claim);
	if (types.length > 0 && types.every((type) => type === 'marketing-page')) {
		problems.push({
			message: `"${claim.id}" is evidence-backed but cites only marketing pages, which are examples of a claim, not evidence.`,
			fix: 'cite the study, regulator or report that shows it, or make the claim status: unproven with a reason.',
		});
	}
	if (claim.kind !== 'benefit' || types.length === 0) return problems;
	const count = (list: StudyType[]) => types.filter((type) => list.includes(type)).length;
	if (count(trialOrReview) === 0) {
		problems.push({
			message: `"${claim.id}" is an evidence-backed benefit but cites no controlled trial, randomised controlled trial, systematic review or meta-analysis (its sources: ${named(types)}).`,
			fix: 'make it status: unproven with reason: weak-studies (and remove certainty), or cite the trial or review that found the benefit.',
		});
	}
	if (claim.certainty === 'high' || claim.certainty === 'moderate') {
		if (types.every((type) => weakOnly.includes(type))) {
			problems.push({
				message: `"${claim.id}" has certainty: ${claim.certainty}, but its sources are only: ${named(types)}; a claim resting only on case reports, case series, reviews, guidelines, consensus, reference pages or news cannot be above low certainty.`,
				fix: 'set certainty: low (and word it with "may"), or cite the trial or systematic review that supports more.',
			});
		} else if (claim.certainty === 'high' && count(pooled) === 0 && count(['rct']) < 2) {
			problems.push({
				message: `"${claim.id}" has certainty: high, which needs a systematic review or meta-analysis, or two or more randomised controlled trials (its sources: ${named(types)}).`,
				fix: 'lower it to certainty: moderate (and word it with "probably"), or cite the systematic review or the second trial.',
			});
		} else if (claim.certainty === 'moderate' && count(trialOrReview) === 0) {
			problems.push({
				message: `"${claim.id}" has certainty: moderate, which needs at least one randomised controlled trial, controlled trial, systematic review or meta-analysis (its sources: ${named(types)}).`,
				fix: 'lower it to certainty: low (and word it with "may"), or cite the trial that supports it.',
			});
		}
	}
	return problems;
}

/** Every claim checked against its sources, and every uses page's headline claims. */
export function evidenceRuleProblems(articles: GuideArticle[], claimById: (id: string) => GuideClaim | undefined): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const article of articles) {
		article.data.claims.forEach((data, index) => {
			const claim = article.claims.find((candidate) => candidate.id === data.id && candidate.ownerId === article.id);
			if (!claim) return;
			for (const problem of claimSourceProblems(claim)) {
				problems.push({ file: article.filePath, field: `claims[${index}].certainty`, ...problem });
			}
		});
		problems.push(...headlineProblems(article, claimById));
	}
	return problems;
}

const headlineRoles = {
	answer: { wants: 'a benefit', test: (claim: GuideClaim) => claim.kind === 'benefit' },
	risk: { wants: 'a risk', test: (claim: GuideClaim) => claim.kind === 'risk' },
	better: {
		wants: 'an evidence-backed benefit',
		test: (claim: GuideClaim) => claim.kind === 'benefit' && claim.status === 'evidence-backed',
	},
} as const;

function headlineProblems(article: GuideArticle, claimById: (id: string) => GuideClaim | undefined): ContentProblem[] {
	const headline = article.data.headline;
	if (!headline) {
		// A page whose section does not match its folder already has a problem of its own; ask for headlines only on real uses pages.
		return article.section === 'uses' && /\/uses\/[^/]+$/.test(article.filePath)
			? [
					{
						file: article.filePath,
						field: 'headline',
						message: 'a uses page needs headline claims: they make its row in the home page’s table of goals.',
						fix: 'add headline: { answer: <id of the benefit claim that says whether it works>, risk: <id of the main risk>, better: <id of an evidence-backed benefit of a better-proven option> } (better is optional).',
					},
				]
			: [];
	}
	const problems: ContentProblem[] = [];
	for (const role of ['answer', 'risk', 'better'] as const) {
		const id = headline[role];
		if (id === undefined) continue;
		const claim = claimById(id);
		const field = `headline.${role}`;
		if (!claim) {
			problems.push({
				file: article.filePath,
				field,
				message: `"${id}" is not a claim any article declares.`,
				fix: `name a declared claim that is ${headlineRoles[role].wants} (see /claims.json).`,
			});
		} else if (!headlineRoles[role].test(claim)) {
			problems.push({
				file: article.filePath,
				field,
				message: `"${id}" is ${claim.status === 'evidence-backed' ? 'an evidence-backed' : 'an unproven'} ${claim.kind}, but headline.${role} must be ${headlineRoles[role].wants}.`,
				fix: `name a claim that is ${headlineRoles[role].wants}.`,
			});
		}
	}
	return problems;
}
