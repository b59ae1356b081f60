/**
 * A page past its nextReview date still builds, but the build warns with every overdue page and readers see
 * a "review overdue" notice. The clock is fixed with GUIDE_TODAY.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, tmp } from '../helpers/build.ts';

const fixture = 'tests/fixtures/valid/content';
const notice = 'data-review-overdue';

describe('review freshness', () => {
	test('on 2028-01-01 both fixture pages are overdue: the build warns and the pages say so', () => {
		const outDir = join(tmp, 'overdue');
		const result = buildSite(fixture, outDir, { GUIDE_TODAY: '2028-01-01' });
		expect(result.ok, result.output).toBe(true);
		expect(result.output).toContain('Review overdue: 2 pages are past the next review date.');
		expect(result.output).toContain('tests/fixtures/valid/content/articles/side-effects/fixture-infections.mdx (next review was due 2027-05-21)');
		expect(result.output).toContain('tests/fixtures/valid/content/articles/basics/what-it-is.mdx (next review was due 2027-11-21)');
		const html = readFileSync(join(outDir, 'side-effects/fixture-infections/index.html'), 'utf8');
		expect(html).toContain(notice);
		expect(html.replace(/<[^>]+>/g, '')).toContain('Review overdue: this page was due to be checked against new evidence on 21 May 2027.');
	});

	test('on 2027-06-01 only the page due in May is overdue', () => {
		const outDir = join(tmp, 'half-overdue');
		const result = buildSite(fixture, outDir, { GUIDE_TODAY: '2027-06-01' });
		expect(result.ok, result.output).toBe(true);
		expect(result.output).toContain('Review overdue: 1 page is past the next review date.');
		expect(readFileSync(join(outDir, 'side-effects/fixture-infections/index.html'), 'utf8')).toContain(notice);
		expect(readFileSync(join(outDir, 'basics/what-it-is/index.html'), 'utf8')).not.toContain(notice);
	});

	test('before any due date there is no warning and no notice', () => {
		const outDir = join(tmp, 'fresh');
		const result = buildSite(fixture, outDir, { GUIDE_TODAY: '2026-12-01' });
		expect(result.ok, result.output).toBe(true);
		expect(result.output).not.toContain('Review overdue');
		expect(readFileSync(join(outDir, 'basics/what-it-is/index.html'), 'utf8')).not.toContain(notice);
	});
});
