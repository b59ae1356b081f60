/**
 * No per-page cost that grows with the size of the guide: the same synthetic corpus built at two sizes gives
 * article, claim, hub and evidence pages of the same weight (within 5%), because navigation lists sections, not
 * pages, and hubs and evidence topics paginate.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/corpus.ts';
import { gzipSize } from '../../src/lint/budgets.ts';
import { buildSite, root, tmp } from '../helpers/build.ts';

const sizes = [280, 560];
const sites: Record<number, string> = {};

beforeAll(() => {
	for (const size of sizes) {
		const content = join(tmp, `corpus-${size}`);
		generateCorpus(content, size, root);
		sites[size] = join(tmp, `corpus-${size}-site`);
		const result = buildSite(content, sites[size]);
		expect(result.ok, result.output).toBe(true);
	}
}, 300_000);

/** Mean gzip size of the pages in `dir` of a site (each page is <dir>/<name>/index.html), or of one page. */
function meanSize(site: string, dir: string, only?: (name: string) => boolean): number {
	const names = readdirSync(join(site, dir), { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && (!only || only(entry.name)))
		.map((entry) => entry.name);
	return names.reduce((sum, name) => sum + gzipSize(join(site, dir, name, 'index.html')), 0) / names.length;
}

const within5 = (small: number, large: number) => Math.abs(large - small) / small;

describe(`per-page weight at ${sizes[0]} and ${sizes[1]} articles`, () => {
	test('article pages', () => {
		const [small, large] = sizes.map((size) => meanSize(sites[size], 'basics', (name) => name.startsWith('topic-')));
		expect(within5(small, large)).toBeLessThan(0.05);
	});

	test('claim pages', () => {
		const [small, large] = sizes.map((size) => meanSize(sites[size], 'evidence', (name) => name.startsWith('claim-')));
		expect(within5(small, large)).toBeLessThan(0.05);
	});

	test('the first page of a section hub (hubs paginate)', () => {
		const [small, large] = sizes.map((size) => gzipSize(join(sites[size], 'basics', 'index.html')));
		expect(within5(small, large)).toBeLessThan(0.05);
		expect(readdirSync(join(sites[sizes[1]], 'basics'))).toContain('2');
	});

	test('the evidence index and the first page of a topic (claims are listed topic by topic, paginated)', () => {
		for (const page of [['evidence'], ['evidence', 'topic', 'basics']]) {
			const [small, large] = sizes.map((size) => gzipSize(join(sites[size], ...page, 'index.html')));
			expect(within5(small, large), page.join('/')).toBeLessThan(0.05);
		}
		expect(readdirSync(join(sites[sizes[1]], 'evidence', 'topic', 'basics'))).toContain('2');
	});

	test("the evidence index links straight to the topic page where a label's claims begin", () => {
		const site = sites[sizes[1]];
		const index = readFileSync(join(site, 'evidence', 'index.html'), 'utf8');
		const [, page] = /href="\/evidence\/topic\/basics\/(\d+)\/#not-shown"/.exec(index) ?? [];
		expect(Number(page)).toBeGreaterThan(1);
		const html = (n: number) => readFileSync(join(site, 'evidence', 'topic', 'basics', n === 1 ? '' : String(n), 'index.html'), 'utf8');
		expect(html(Number(page))).toContain('id="not-shown"');
		expect(html(Number(page) - 1)).not.toContain('id="not-shown"');
	});
});
