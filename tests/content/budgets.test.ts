/**
 * Page weight budgets on the real site (gzip bytes, not timings): the longest article's HTML, all CSS, web
 * fonts, image dimensions. Each budget is first shown to catch a planted regression.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { budgets, checkBudgets, imagesWithoutSize } from '../../src/lint/budgets.ts';
import { tmp } from '../helpers/build.ts';
import { articleIds, siteDir } from '../helpers/site.ts';
import { sitemapPaths } from '../../src/utils/site-files.ts';

const articles = articleIds();

describe('page weight budgets', () => {
	test('a planted regression fails them: bloated CSS, a heavy article and a big web font', () => {
		const planted = join(tmp, 'planted-budgets');
		mkdirSync(join(planted, '_astro'), { recursive: true });
		cpSync(join(siteDir, articles[0]), join(planted, articles[0]), { recursive: true });
		// Incompressible bytes, as a careless change (an inlined image, a CSS framework) would add.
		const noise = (size: number) => Array.from({ length: size }, () => Math.random().toString(36)[2]).join('');
		writeFileSync(join(planted, '_astro/bloat.css'), `.x{content:"${noise(40_000)}"}`);
		writeFileSync(join(planted, articles[0], 'index.html'), `<p>${noise(60_000)}</p>`);
		writeFileSync(join(planted, '_astro/font.woff2'), noise(40_000));
		const report = checkBudgets(planted, [articles[0]]);
		expect(report.over.map((line) => line.split(' ')[0])).toEqual(['article', 'CSS:', 'fonts:']);
	});

	test(`every page is at most ${budgets.articleHtml / 1024} KB of HTML, all CSS at most ${budgets.css / 1024} KB (gzip)`, () => {
		// Every page in the sitemap, not only articles: a list that grows with the guide (references, claims) must paginate.
		const pages = sitemapPaths(siteDir).map((path) => path.replace(/^\/|\/$/g, ''));
		expect(pages.length).toBeGreaterThan(articles.length);
		const report = checkBudgets(siteDir, pages);
		expect(report.over).toEqual([]);
		expect(report.longestArticle.bytes).toBeGreaterThan(1000);
	});

	test('no web fonts are downloaded, and every image has explicit dimensions', () => {
		expect(checkBudgets(siteDir, articles).fonts).toBe(0);
		expect(imagesWithoutSize(siteDir)).toEqual([]);
	});
});
