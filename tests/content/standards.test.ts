/**
 * The real guide against its content standards (../shared/CONTENT.md and the method page), through the same
 * lint `npm run check:content` prints: wording that matches certainty, unproven claims never asserted in the
 * guide's voice, reading level, help cards, no uncited reference.
 */
import { describe, expect, test } from 'vitest';
import { assertedUnproven, lintSite, maxGrade, maxMedianGrade, wordingProblem } from '../../src/lint/content-lint.ts';
import { articleIds, claims, contentDir, pageHtml, siteDir } from '../helpers/site.ts';

const allClaims = claims();
const articles = articleIds();
const report = lintSite(siteDir, contentDir, new Date('2026-11-21'));

describe('claims', () => {
	test.each(allClaims.filter((claim) => claim.status === 'evidence-backed'))(
		'$id: the statement uses the verb its certainty ($certainty) allows',
		(claim) => {
			expect(wordingProblem(claim)).toBeUndefined();
		},
	);

	test.each(articles)('%s never states an unproven claim in its own voice', (id) => {
		expect(assertedUnproven(pageHtml(id), allClaims)).toEqual([]);
	});

	test('every reference is cited by at least one claim', () => {
		expect(report.errors.filter((error) => error.startsWith('reference '))).toEqual([]);
	});
});

describe('reading level (Flesch–Kincaid grade of body text)', () => {
	test.each(report.articles)(`$id is at most grade ${maxGrade} ($grade)`, ({ grade, words }) => {
		expect(words).toBeGreaterThan(100);
		expect(grade).toBeLessThanOrEqual(maxGrade);
	});

	test(`the median article is at most grade ${maxMedianGrade}`, () => {
		expect(report.medianGrade).toBeLessThanOrEqual(maxMedianGrade);
	});
});

describe('when to get help', () => {
	test.each(articles.filter((id) => /^(side-effects|aftercare)\//.test(id)))('%s has soon, urgent and emergency help cards', (id) => {
		const html = pageHtml(id);
		for (const level of ['soon', 'urgent', 'emergency']) expect(html).toContain(`class="card card-${level}"`);
	});
});

test('the content lint finds no errors on the guide', () => {
	expect(report.errors).toEqual([]);
});
