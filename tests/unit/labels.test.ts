/**
 * The reader's labels (src/data/method.ts) and the certainty rules (src/data/certainty-rules.ts), called with
 * the same data the build passes them: a false claim never reads as possibly true, a harm never wears a tick,
 * and a certainty is never higher than its sources allow.
 */
import { describe, expect, test } from 'vitest';
import { labelOf, labelFilterGroups, labelGroups, type LabelledClaim } from '../../src/data/method.ts';
import { buildGuide, type RawArticle, type RawReference } from '../../src/data/validate.ts';
import { GuideContentError } from '../../src/utils/errors.ts';
import type { ArticleData } from '../../src/schemas/article.ts';
import type { ClaimData } from '../../src/schemas/claim.ts';
import type { StudyType } from '../../src/schemas/reference.ts';

const ref = (id: string, studyType: StudyType) => ({ id, data: { title: `A ${studyType}`, studyType } });
const benefit = (over: Partial<ClaimData> = {}) =>
	({
		id: 'c',
		kind: 'benefit',
		statement: 'Something helps.',
		status: 'evidence-backed',
		certainty: 'moderate',
		sources: ['r'],
		seeds: [],
		...over,
	}) as ClaimData;
const unproven = (reason: string, kind = 'benefit') =>
	({ id: 'c', kind, statement: 'Something helps.', status: 'unproven', reason, sources: [], seeds: [] }) as ClaimData;

describe('the reader’s label, from kind, status, reason and certainty', () => {
	test.each([
		['an evidence-backed benefit', benefit(), 'helps', 'Shown to help · moderate certainty', '✓', 'benefit'],
		['a contradicted claim', unproven('contradicted'), 'not-true', 'Not true', '✗', 'false'],
		['a claim that failed in trials', unproven('negative-trials'), 'does-not-work', 'Trials found it does not work', '✗', 'false'],
		['a claim with weak studies', unproven('weak-studies'), 'not-shown', 'Not shown · weak studies', '?', 'unknown'],
		['a claim nobody tested', unproven('no-trials'), 'not-shown', 'Not shown · no trials', '?', 'unknown'],
		['a claim with conflicting studies', unproven('conflicting'), 'not-shown', 'Not shown · conflicting results', '?', 'unknown'],
		['a fact', benefit({ kind: 'fact', certainty: undefined }), 'sourced-fact', 'Sourced fact', 'ℹ\uFE0E', 'fact'],
	] as const)('%s', (_, claim, id, text, mark, tone) => {
		const label = labelOf(claim);
		expect({ id: label.id, text: label.text, mark: label.mark, tone: label.tone }).toEqual({ id, text, mark, tone });
		expect(label.srText.length).toBeGreaterThan(5);
	});

	test('a known risk: never a tick or the benefit tone; how we know is the strongest source type; how often is not known unless counted', () => {
		const risk: LabelledClaim = {
			...benefit({ kind: 'risk', certainty: undefined, sources: ['a', 'b'] }),
			references: [ref('a', 'case-report'), ref('b', 'case-series')],
		};
		const label = labelOf(risk);
		expect(label).toMatchObject({ id: 'known-risk', tone: 'risk', text: 'Known risk · how we know: case series · how often is not known' });
		expect(label.mark).not.toContain('✓');
		expect(label.howWeKnow?.id).toBe('case-series');
		expect(label.howOften).toEqual({ text: 'how often is not known', known: false });
		const counted = labelOf({ ...risk, frequency: { text: 'about 1 in 20 people treated', source: 'b' } } as LabelledClaim);
		expect(counted.text).toBe('Known risk · how we know: case series · how often: about 1 in 20 people treated');
		expect(counted.howOften).toEqual({ text: 'about 1 in 20 people treated', source: 'A case-series', known: true });
		expect(labelOf({ ...risk, references: [ref('a', 'regulatory'), ref('b', 'meta-analysis')] }).howWeKnow?.id).toBe('systematic-review');
		expect(labelOf({ ...risk, references: [ref('a', 'case-report'), ref('b', 'rct')] }).howWeKnow?.id).toBe('trials');
		expect(labelOf({ ...risk, references: [ref('a', 'case-report'), ref('b', 'regulatory')] }).howWeKnow?.id).toBe('regulator');
	});

	test('no label ever says a false or failed claim may still turn out to be true', () => {
		for (const reason of ['contradicted', 'negative-trials', 'weak-studies', 'no-trials', 'conflicting']) {
			for (const kind of ['benefit', 'risk', 'fact']) {
				const label = labelOf(unproven(reason, kind));
				expect(`${label.text} ${label.meaning} ${label.srText}`).not.toMatch(/may still turn out|might be true/i);
				expect(label.mark).not.toBe('✓');
				expect(label.tone).not.toBe('benefit');
			}
		}
		expect(labelOf(unproven('negative-trials', 'risk')).text).toBe('Trials did not find this harm');
	});

	test('the benefit tone and the tick belong to the evidence-backed benefit alone', () => {
		const withTick = Object.entries(labelGroups).filter(([, group]) => group.mark === '✓' || group.tone === 'benefit');
		expect(withTick.map(([id]) => id)).toEqual(['helps']);
	});

	test('the search filter groups are stable ids with their words', () => {
		expect(labelFilterGroups).toEqual([
			{ id: 'helps', text: 'Shown to help' },
			{ id: 'known-risk', text: 'Known risk' },
			{ id: 'sourced-fact', text: 'Sourced fact' },
			{ id: 'not-true', text: 'Not true' },
			{ id: 'does-not-work', text: 'Trials found it does not work' },
			{ id: 'not-shown', text: 'Not shown' },
		]);
	});
});

const article = (data: Partial<ArticleData>, id = 'basics/a'): RawArticle => {
	const claims = data.claims ?? [];
	return {
		id,
		filePath: `content/articles/${id}.mdx`,
		data: {
			title: 'A page',
			description: 'x'.repeat(60),
			section: id.split('/')[0] as ArticleData['section'],
			order: 100,
			lastReviewed: new Date('2026-11-21'),
			nextReview: new Date('2027-11-21'),
			reviewStatus: 'not-clinically-reviewed',
			answers: [],
			changes: [],
			related: [],
			aliases: [],
			searchable: true,
			...data,
			claims,
		},
		text: claims.map((claim) => `<Claim id="${claim.id}" />`).join('\n'),
	};
};
const references: RawReference[] = (
	[
		['case-a', 'case-report'],
		['series-a', 'case-series'],
		['review-a', 'review'],
		['cohort-a', 'cohort'],
		['rct-a', 'rct'],
		['rct-b', 'rct'],
		['ct-a', 'controlled-trial'],
		['sr-a', 'systematic-review'],
		['ads-a', 'marketing-page'],
	] as const
).map(([id, studyType]) => ({
	id,
	filePath: `content/references/${id}.yaml`,
	data: { title: id, studyType, url: 'https://example.org/' },
}));

/** The problems the build reports for one claim, as "field: message / Fix: fix". */
function problemsFor(claim: Partial<ClaimData>): string[] {
	const full = { id: 'c-one', statement: 'Something helps.', seeds: [], sources: [], ...claim } as ClaimData;
	try {
		buildGuide({ articles: [article({ claims: [full] })], references });
		return [];
	} catch (error) {
		if (!(error instanceof GuideContentError)) throw error;
		return error.problems.map((problem) => `${problem.field}: ${problem.message} / Fix: ${problem.fix}`);
	}
}

describe('certainty is checked against the sources’ study types', () => {
	const backed = { kind: 'benefit', status: 'evidence-backed' } as const;
	test.each([
		['high on a systematic review', { ...backed, certainty: 'high', sources: ['sr-a'] }],
		['high on two RCTs', { ...backed, certainty: 'high', sources: ['rct-a', 'rct-b'] }],
		['moderate on one controlled trial', { ...backed, certainty: 'moderate', sources: ['ct-a', 'case-a'] }],
		['low on one RCT', { ...backed, certainty: 'low', sources: ['rct-a'] }],
		['a risk on a case report', { kind: 'risk', status: 'evidence-backed', sources: ['case-a'] }],
		['a fact on a review', { kind: 'fact', status: 'evidence-backed', sources: ['review-a'] }],
		['an unproven claim citing marketing', { kind: 'benefit', status: 'unproven', reason: 'no-trials', sources: ['ads-a'] }],
	] as const)('passes: %s', (_, claim) => {
		expect(problemsFor(claim as unknown as Partial<ClaimData>)).toEqual([]);
	});

	test.each([
		[
			'an evidence-backed benefit without a trial or review',
			{ ...backed, certainty: 'low', sources: ['case-a', 'review-a'] },
			[
				'claims[0].certainty: "c-one" is an evidence-backed benefit but cites no controlled trial, randomised controlled trial, systematic review or meta-analysis (its sources: case report, review). / Fix: make it status: unproven with reason: weak-studies (and remove certainty), or cite the trial or review that found the benefit.',
			],
		],
		[
			'high certainty on one RCT',
			{ ...backed, certainty: 'high', sources: ['rct-a', 'case-a'] },
			[
				'claims[0].certainty: "c-one" has certainty: high, which needs a systematic review or meta-analysis, or two or more randomised controlled trials (its sources: randomised controlled trial, case report). / Fix: lower it to certainty: moderate (and word it with "probably"), or cite the systematic review or the second trial.',
			],
		],
		[
			'high certainty on two controlled (not randomised) trials',
			{ ...backed, certainty: 'high', sources: ['ct-a', 'rct-a'] },
			[
				'claims[0].certainty: "c-one" has certainty: high, which needs a systematic review or meta-analysis, or two or more randomised controlled trials (its sources: controlled trial, randomised controlled trial). / Fix: lower it to certainty: moderate (and word it with "probably"), or cite the systematic review or the second trial.',
			],
		],
		[
			'moderate certainty without any trial',
			{ ...backed, certainty: 'moderate', sources: ['cohort-a'] },
			[
				'claims[0].certainty: "c-one" is an evidence-backed benefit but cites no controlled trial, randomised controlled trial, systematic review or meta-analysis (its sources: cohort study). / Fix: make it status: unproven with reason: weak-studies (and remove certainty), or cite the trial or review that found the benefit.',
				'claims[0].certainty: "c-one" has certainty: moderate, which needs at least one randomised controlled trial, controlled trial, systematic review or meta-analysis (its sources: cohort study). / Fix: lower it to certainty: low (and word it with "may"), or cite the trial that supports it.',
			],
		],
		[
			'above low on case reports and case series only',
			{ ...backed, certainty: 'high', sources: ['case-a', 'series-a'] },
			[
				'claims[0].certainty: "c-one" is an evidence-backed benefit but cites no controlled trial, randomised controlled trial, systematic review or meta-analysis (its sources: case report, case series). / Fix: make it status: unproven with reason: weak-studies (and remove certainty), or cite the trial or review that found the benefit.',
				'claims[0].certainty: "c-one" has certainty: high, but its sources are only: case report, case series; a claim resting only on case reports, case series, reviews, guidelines, consensus, reference pages or news cannot be above low certainty. / Fix: set certainty: low (and word it with "may"), or cite the trial or systematic review that supports more.',
			],
		],
		[
			'an evidence-backed claim resting only on marketing pages',
			{ kind: 'fact', status: 'evidence-backed', sources: ['ads-a'] },
			[
				'claims[0].certainty: "c-one" is evidence-backed but cites only marketing pages, which are examples of a claim, not evidence. / Fix: cite the study, regulator or report that shows it, or make the claim status: unproven with a reason.',
			],
		],
	] as const)('refuses: %s', (_, claim, expected) => {
		expect(problemsFor(claim as unknown as Partial<ClaimData>)).toEqual(expected);
	});
});

describe('the uses pages’ headline claims', () => {
	const claims: ClaimData[] = [
		{ id: 'it-works', kind: 'benefit', statement: 'It helps.', status: 'unproven', reason: 'weak-studies', sources: [], seeds: [] },
		{ id: 'it-harms', kind: 'risk', statement: 'It can harm.', status: 'evidence-backed', sources: ['case-a'], seeds: [] },
		{
			id: 'other-works',
			kind: 'benefit',
			statement: 'Another option helps.',
			status: 'evidence-backed',
			certainty: 'low',
			sources: ['rct-a'],
			seeds: [],
		},
	];
	const uses = (headline?: ArticleData['headline']) => {
		try {
			buildGuide({ articles: [article({ claims, headline }, 'uses/goal')], references });
			return [];
		} catch (error) {
			return (error as GuideContentError).problems.map((problem) => `${problem.field}: ${problem.message}`);
		}
	};

	test('a uses page names its answer, main risk and better option', () => {
		expect(uses({ answer: 'it-works', risk: 'it-harms', better: 'other-works' })).toEqual([]);
		expect(uses({ answer: 'it-works', risk: 'it-harms' })).toEqual([]);
	});

	test('each headline claim must exist and be of the right kind', () => {
		expect(uses(undefined)).toEqual(['headline: a uses page needs headline claims: they make its row in the home page’s table of goals.']);
		expect(uses({ answer: 'it-harms', risk: 'it-works', better: 'it-works' })).toEqual([
			'headline.answer: "it-harms" is an evidence-backed risk, but headline.answer must be a benefit.',
			'headline.risk: "it-works" is an unproven benefit, but headline.risk must be a risk.',
			'headline.better: "it-works" is an unproven benefit, but headline.better must be an evidence-backed benefit.',
		]);
		expect(uses({ answer: 'it-work', risk: 'it-harms' })).toEqual(['headline.answer: "it-work" is not a claim any article declares.']);
	});
});
