/**
 * What search engines and link previews read: unique titles and descriptions, canonical URLs, Open Graph
 * and Twitter tags, JSON-LD (typed against schema.org by schema-dts at `astro check`), the sitemap's
 * lastmod from review dates, robots.txt and the Atom feed of changes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { absoluteUrl } from '../../src/utils/urls.ts';
import { sitemapPaths } from '../../src/utils/site-files.ts';
import { articleIds, frontmatter, siteDir } from '../helpers/site.ts';

const sitemap = readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8');
const paths = sitemapPaths(siteDir);
const pages = paths.map((path) => {
	const root = parse(readFileSync(join(siteDir, path, 'index.html'), 'utf8'));
	const meta = (selector: string) => root.querySelector(selector)?.getAttribute('content') ?? '';
	return {
		path,
		title: root.querySelector('title')?.textContent ?? '',
		description: meta('meta[name="description"]'),
		canonical: root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
		og: ['og:title', 'og:description', 'og:url', 'og:image', 'og:type'].map((p) => meta(`meta[property="${p}"]`)),
		twitter: meta('meta[name="twitter:card"]'),
		jsonLd: root.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent) as Record<string, unknown>),
	};
});
const byType = (page: (typeof pages)[number], type: string) => page.jsonLd.filter((data) => data['@type'] === type);

describe('every page in the sitemap', () => {
	test('has a unique title and a unique description', () => {
		expect(pages.length).toBeGreaterThan(20);
		const duplicates = (key: 'title' | 'description') =>
			pages
				.filter((page, index) => pages.findIndex((other) => other[key] === page[key]) !== index)
				.map((page) => `${page.path}: ${page[key]}`);
		expect(duplicates('title')).toEqual([]);
		expect(duplicates('description')).toEqual([]);
		for (const page of pages) expect(page.description.length, page.path).toBeGreaterThan(40);
	});

	test('has its canonical URL, Open Graph and Twitter tags with the share image', () => {
		for (const page of pages) {
			expect(page.canonical, page.path).toBe(absoluteUrl(page.path));
			expect(page.og.every(Boolean), `${page.path} Open Graph`).toBe(true);
			expect(page.og[3]).toBe(absoluteUrl('/share.png'));
			expect(page.twitter).toBe('summary_large_image');
		}
	});

	test('has MedicalWebPage (patient audience) and BreadcrumbList structured data', () => {
		for (const page of pages) {
			expect(
				page.jsonLd.every((data) => data['@context'] === 'https://schema.org'),
				page.path,
			).toBe(true);
			const [web] = byType(page, 'MedicalWebPage');
			expect(web, page.path).toBeDefined();
			expect(web.medicalAudience).toEqual({ '@type': 'Patient' });
			expect(web.url).toBe(absoluteUrl(page.path));
			expect((web.about as { name: string }).name).toBe('Mesotherapy');
			const [crumbs] = byType(page, 'BreadcrumbList');
			const items = crumbs.itemListElement as { position: number; item: string }[];
			expect(items[0].item).toBe(absoluteUrl(page.path.startsWith('/es/') ? '/es/' : '/'));
			expect(items.at(-1)!.item).toBe(absoluteUrl(page.path));
		}
	});
});

describe('articles', () => {
	const articles = articleIds();

	test.each(articles)('%s: lastReviewed and citations in MedicalWebPage; lastmod in the sitemap', (id) => {
		const page = pages.find((candidate) => candidate.path === `/${id}/`)!;
		const reviewed = new Date(frontmatter(id).lastReviewed as string).toISOString().slice(0, 10);
		const [web] = byType(page, 'MedicalWebPage');
		expect(web.lastReviewed).toBe(reviewed);
		const citedInPage = readFileSync(join(siteDir, id, 'index.html'), 'utf8').match(/<li id="cite-/g)?.length ?? 0;
		expect(((web.citation as unknown[]) ?? []).length).toBe(citedInPage);
		expect(sitemap).toContain(`<loc>${absoluteUrl(`/${id}/`)}</loc><lastmod>${reviewed}T00:00:00.000Z</lastmod>`);
	});

	test('FAQ pages carry FAQPage with every question and an answer', () => {
		const faqs = pages.filter((page) => page.path.startsWith('/faq/') && page.path !== '/faq/');
		expect(faqs.length).toBeGreaterThan(0);
		for (const page of faqs) {
			const [faq] = byType(page, 'FAQPage');
			const questions = faq.mainEntity as { name: string; acceptedAnswer: { text: string } }[];
			const headings = parse(readFileSync(join(siteDir, page.path, 'index.html'), 'utf8'))
				.querySelectorAll('.prose h2')
				.map((h) => h.textContent.trim())
				.filter((text) => text.endsWith('?'));
			expect(questions.map((q) => q.name)).toEqual(headings);
			for (const question of questions) expect(question.acceptedAnswer.text.length, question.name).toBeGreaterThan(20);
		}
	});

	test('procedure pages describe the procedure as MedicalProcedure', () => {
		const procedure = pages.filter((page) => page.path.startsWith('/procedure/') && page.path !== '/procedure/');
		expect(procedure.length).toBeGreaterThan(0);
		for (const page of procedure) expect(byType(page, 'MedicalProcedure').length, page.path).toBe(1);
	});
});

describe('crawling and feeds', () => {
	test('robots.txt allows crawling and names the sitemap', () => {
		expect(readFileSync(join(siteDir, 'robots.txt'), 'utf8')).toBe(
			`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`,
		);
	});

	test('the Atom feed has an entry for every version of every article', () => {
		const feed = readFileSync(join(siteDir, 'changes.xml'), 'utf8');
		expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
		for (const id of articleIds()) expect(feed, id).toContain(`<id>${absoluteUrl(`/${id}/`)}#version-1</id>`);
	});
});

describe('the evidence at a glance', () => {
	test('/evidence/ has a table of claims by topic and label, built without JavaScript, matching claims.json', () => {
		const root = parse(readFileSync(join(siteDir, 'evidence', 'index.html'), 'utf8'));
		const table = root.querySelector('table.evidence-table');
		expect(table).toBeTruthy();
		const claims = JSON.parse(readFileSync(join(siteDir, 'claims.json'), 'utf8')) as { label: { id: string } }[];
		const columns = table!.querySelectorAll('thead th').length - 1;
		const rows = table!.querySelectorAll('tbody tr').map((row) => row.querySelectorAll('td').map((cell) => Number(cell.textContent)));
		expect(rows.flat().reduce((a, b) => a + b, 0)).toBe(claims.length);
		expect(rows.every((row) => row.length === columns)).toBe(true);
		expect(root.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
	});
});
