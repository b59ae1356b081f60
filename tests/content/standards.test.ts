/**
 * The real guide against its content standards (../shared/CONTENT.md and the method page): wording that
 * matches certainty, unproven claims never asserted in the guide's voice, reading level, help cards, and
 * no reference left uncited.
 */
import { describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { bodyText, readingLevel } from '../../src/utils/readability.ts';
import { articleIds, claims, pageHtml, references } from '../helpers/site.ts';

const allClaims = claims();
const articles = articleIds();
const normal = (text: string) => text.toLowerCase().replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ').trim();

describe('claims', () => {
	test.each(allClaims.filter((claim) => claim.status === 'evidence-backed'))(
		'$id: the statement uses the verb its certainty ($certainty) allows',
		(claim) => {
			const hedged = /\b(may|might|probably|possibly|perhaps|appears? to|seems? to|likely)\b/i;
			if (claim.certainty === 'high') expect(claim.statement).not.toMatch(hedged);
			if (claim.certainty === 'moderate') expect(claim.statement).toMatch(/\b(probably|appears? to)\b/i);
			if (claim.certainty === 'low') expect(claim.statement).toMatch(/\bmay\b/i);
		},
	);

	test.each(articles)('%s never states an unproven claim in its own voice', (id) => {
		const root = parse(pageHtml(id));
		const prose = root.querySelector('.prose');
		expect(prose, 'the article body').not.toBeNull();
		for (const node of prose!.querySelectorAll('.claim')) node.remove();
		const text = normal(prose!.textContent);
		for (const claim of allClaims.filter((candidate) => candidate.status === 'unproven')) {
			expect(text, `"${claim.statement}" appears outside its quoted claim`).not.toContain(normal(claim.statement).replace(/\.$/, ''));
		}
	});

	test('every reference is cited by at least one claim', () => {
		expect(references().filter((reference) => reference.claims.length === 0).map((reference) => reference.id)).toEqual([]);
	});
});

describe('reading level (Flesch–Kincaid grade of body text)', () => {
	const grades = articles.map((id) => ({ id, ...readingLevel(bodyText(pageHtml(id))) }));

	test.each(grades)('$id is at most grade 9 ($grade)', ({ grade, words }) => {
		expect(words).toBeGreaterThan(100);
		expect(grade).toBeLessThanOrEqual(9);
	});

	test('the median article is at most grade 8', () => {
		const sorted = grades.map((g) => g.grade).sort((a, b) => a - b);
		const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
		expect(median).toBeLessThanOrEqual(8);
	});
});

describe('when to get help', () => {
	test.each(articles.filter((id) => /^(side-effects|aftercare)\//.test(id)))(
		'%s has non-urgent, urgent and emergency help cards',
		(id) => {
			const html = pageHtml(id);
			for (const level of ['non-urgent', 'urgent', 'emergency']) expect(html).toContain(`class="card card-${level}"`);
		},
	);
});
