/** The frontmatter schemas: what an author may write, and the message they get when they get it wrong. */
import { describe, expect, test } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { claimSchema } from '../../src/schemas/claim.ts';
import { referenceSchema } from '../../src/schemas/reference.ts';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
	result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

const backed = {
	id: 'ha-hydration',
	kind: 'benefit',
	statement: 'Hyaluronic acid injections may make skin hold more water for a few months.',
	status: 'evidence-backed',
	certainty: 'low',
	sources: ['some-source'],
};
const unproven = { id: 'melts-fat', kind: 'benefit', statement: 'Mesotherapy melts fat.', status: 'unproven', reason: 'weak-studies' };

describe('claims', () => {
	test('an evidence-backed claim keeps its certainty and sources; an unproven one its reason', () => {
		expect(claimSchema.parse(backed)).toEqual({ ...backed, seeds: [] });
		expect(claimSchema.parse(unproven)).toEqual({ ...unproven, sources: [], seeds: [] });
	});

	test('each variant requires its own fields', () => {
		expect(messages(claimSchema.safeParse({ ...backed, certainty: undefined }))).toEqual([
			'certainty: an evidence-backed benefit needs certainty: high, moderate or low (very low certainty means status: unproven)',
		]);
		expect(messages(claimSchema.safeParse({ ...backed, sources: [] }))).toEqual([
			'sources: an evidence-backed claim needs at least one source; without one, make it unproven with a reason',
		]);
		expect(messages(claimSchema.safeParse({ ...unproven, reason: 'seems-dodgy' }))).toEqual([
			'reason: an unproven claim needs a reason: one of no-trials, weak-studies, conflicting, negative-trials, contradicted',
		]);
		expect(messages(claimSchema.safeParse({ ...backed, certainty: 'very-low' }))[0]).toMatch(/^certainty: /);
	});

	test('status is one of two words; fields of the other variant are refused', () => {
		expect(messages(claimSchema.safeParse({ ...backed, status: 'proven' }))).toEqual([
			'status: status must be "evidence-backed" or "unproven"',
		]);
		expect(claimSchema.safeParse({ ...unproven, certainty: 'high' }).success).toBe(false);
	});

	test('every claim has a kind: benefit, risk or fact', () => {
		expect(messages(claimSchema.safeParse({ ...backed, kind: undefined }))).toEqual([
			'kind: every claim needs a kind: benefit (a treatment does something good, including "it is safe"), risk (it can cause harm) or fact (what something is, how it is done, regulation, what the research contains)',
		]);
		expect(messages(claimSchema.safeParse({ ...unproven, kind: 'harm' }))[0]).toMatch(/^kind: every claim needs a kind: benefit/);
	});

	test('certainty belongs to benefits only: a risk or a fact with one is refused, with the reason', () => {
		const risk = { ...backed, kind: 'risk', certainty: undefined };
		const fact = { ...backed, kind: 'fact', certainty: undefined };
		expect(claimSchema.safeParse(risk).success).toBe(true);
		expect(claimSchema.safeParse(fact).success).toBe(true);
		expect(messages(claimSchema.safeParse({ ...risk, certainty: 'high' }))).toEqual([
			'certainty: a risk has no certainty: remove it. Readers see "how we know", computed from the study types of its sources, and "how often" (add frequency where a cited source counts it).',
		]);
		expect(messages(claimSchema.safeParse({ ...fact, certainty: 'low' }))).toEqual([
			'certainty: a fact has no certainty: remove it. A fact is shown as a sourced fact, checked against its sources.',
		]);
	});

	test('a frequency belongs to a risk and names one of its own sources', () => {
		const risk = {
			...backed,
			kind: 'risk',
			certainty: undefined,
			frequency: { text: 'about 1 in 20 people treated', source: 'some-source' },
		};
		expect(claimSchema.safeParse(risk).success).toBe(true);
		expect(messages(claimSchema.safeParse({ ...risk, frequency: { ...risk.frequency, source: 'other-source' } }))).toEqual([
			'frequency.source: frequency.source "other-source" is not one of the claim\'s sources: name the cited source that counts how often it happens (one of: some-source).',
		]);
		expect(messages(claimSchema.safeParse({ ...backed, frequency: risk.frequency }))).toEqual([
			'frequency: only a risk has a frequency: remove it, or set kind: risk if the claim is about a harm.',
		]);
		expect(claimSchema.safeParse({ ...unproven, kind: 'risk', frequency: risk.frequency }).success).toBe(false);
	});

	test('ids are kebab-case', () => {
		expect(messages(claimSchema.safeParse({ ...backed, id: 'HA_hydration' }))[0]).toMatch(/^id: a claim id must be kebab-case/);
	});
});

describe('articles', () => {
	const article = {
		title: 'Bruising after mesotherapy',
		description: 'What bruising after mesotherapy looks like, how long it lasts and when to get help.',
		section: 'side-effects',
		lastReviewed: new Date('2026-11-21'),
		nextReview: new Date('2027-05-21'),
		reviewStatus: 'not-clinically-reviewed',
		claims: [backed],
	};

	test('a complete article parses, with defaults for order, claims and related', () => {
		const parsed = articleSchema.parse({ ...article, claims: undefined });
		expect(parsed).toMatchObject({ order: 100, claims: [], related: [] });
	});

	test('dates must be real YAML dates and in order', () => {
		expect(messages(articleSchema.safeParse({ ...article, lastReviewed: '21/11/2026' }))).toEqual([
			'lastReviewed: lastReviewed must be a date written YYYY-MM-DD (without quotes), e.g. lastReviewed: 2026-11-21',
		]);
		expect(messages(articleSchema.safeParse({ ...article, nextReview: new Date('2026-11-21') }))).toEqual([
			'nextReview: nextReview must be after lastReviewed: set the date the next review is due, e.g. a year later',
		]);
	});

	test('review status cannot claim a clinical review the guide has not had', () => {
		expect(messages(articleSchema.safeParse({ ...article, reviewStatus: 'clinically-reviewed' }))[0]).toMatch(
			/^reviewStatus: reviewStatus must be "not-clinically-reviewed"/,
		);
	});

	test('unknown sections and fields are refused', () => {
		expect(messages(articleSchema.safeParse({ ...article, section: 'blog' }))[0]).toMatch(
			/^section: section must be one of: basics, uses, procedure/,
		);
		expect(articleSchema.safeParse({ ...article, reviewer: 'Dr Someone' }).success).toBe(false);
	});
});

describe('references', () => {
	const reference = { title: 'A review', studyType: 'review', url: 'https://pubmed.ncbi.nlm.nih.gov/16681654/' };
	test('identifiers must look like a PubMed id and a bare DOI', () => {
		expect(referenceSchema.safeParse({ ...reference, pmid: '16681654', doi: '10.1111/j.1524-4725.2006.32100.x' }).success).toBe(true);
		expect(messages(referenceSchema.safeParse({ ...reference, pmid: 'PMID16681654' }))[0]).toMatch(/^pmid: /);
		expect(messages(referenceSchema.safeParse({ ...reference, doi: 'https://doi.org/10.1111/x' }))[0]).toMatch(/^doi: /);
	});
});
