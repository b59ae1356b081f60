/**
 * The real site (content/ built by global-setup.ts) in real Chromium: search finds claims by their words,
 * filters narrow results, labels lead to claim pages, nothing errors and nothing leaves the machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, watch, type Watched } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../../scripts/lib/serve.ts';
import { siteDir } from '../helpers/site.ts';

interface ExportedClaim {
	id: string;
	statement: string;
	status: string;
	label: { id: string; text: string };
	url: string;
}

const claims: ExportedClaim[] = JSON.parse(readFileSync(join(siteDir, 'claims.json'), 'utf8'));
const path = (url: string) => new URL(url).pathname;

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
const watchedPages: Watched[] = [];

async function open(url: string) {
	const watched = await watch(context, server.url);
	watchedPages.push(watched);
	await watched.page.goto(server.url + url);
	return watched.page;
}

beforeAll(async () => {
	server = await serve(siteDir);
	browser = await launch();
	context = await browser.newContext();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('search', () => {
	test('typing a claim in the header search box finds its claim page', async () => {
		const claim = claims.find((candidate) => candidate.status === 'unproven')!;
		const page = await open('/');
		await page.getByRole('searchbox', { name: 'Search the guide' }).fill(claim.statement);
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		await page.waitForURL(/\/search\/\?q=/);
		const results = page.locator('[data-search-results] a');
		await results.first().waitFor();
		const hrefs = await results.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
		// Results come as "Pages" then "Claims": the claim page leads the claims.
		expect(hrefs.filter((href) => href.startsWith('/evidence/')).slice(0, 3)).toContain(path(claim.url));
	});

	test('the status filter narrows results to claims with that label', async () => {
		const page = await open('/search/?q=mesotherapy');
		const status = page.locator('[data-search-status]');
		await expect.poll(() => status.textContent()).toMatch(/\d+ results? for/);
		const all = Number((await status.textContent())!.match(/(\d+) result/)![1]);
		expect(all).toBeGreaterThan(claims.filter((claim) => claim.label.id === 'not-shown').length);
		await page.getByLabel('Evidence label').selectOption({ label: 'Not shown claims' });
		// The URL carries the id, not the label, so a shared link survives a change of wording.
		await expect.poll(() => page.url()).toContain('status=not-shown');
		const filteredCount = async () => Number((await status.textContent())?.match(/^(\d+) results? for/)?.[1] ?? Infinity);
		await expect.poll(filteredCount).toBeLessThan(all);
		const unprovenIds = new Set(claims.filter((claim) => claim.label.id === 'not-shown').map((claim) => path(claim.url)));
		const hrefs = await page
			.locator('[data-search-results] a')
			.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of hrefs) expect(unprovenIds).toContain(href);
	});

	test('the search page downloads Pagefind only when a search runs', async () => {
		const watched = await watch(context, server.url);
		watchedPages.push(watched);
		const { page } = watched;
		const pagefind: string[] = [];
		page.on('request', (request) => {
			if (new URL(request.url()).pathname.startsWith('/pagefind/')) pagefind.push(new URL(request.url()).pathname);
		});
		await page.goto(`${server.url}/search/`);
		await page.waitForLoadState('networkidle');
		expect(pagefind).toEqual([]);
		await page.getByRole('searchbox', { name: 'What do you want to know?' }).fill('bruising');
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		await page.locator('[data-search-results] a').first().waitFor();
		expect(pagefind).toContain('/pagefind/pagefind.js');
	});

	test('without JavaScript the header form still reaches the search page, which says so and links the evidence index', async () => {
		const noScript = await browser.newContext({ javaScriptEnabled: false });
		try {
			const page = await noScript.newPage();
			await page.goto(`${server.url}/`);
			await page.getByRole('searchbox', { name: 'Search the guide' }).fill('fat');
			await page.getByRole('button', { name: 'Search', exact: true }).click();
			await page.waitForURL(/\/search\/\?q=fat/);
			await expect.poll(() => page.getByText('Search needs JavaScript').isVisible()).toBe(true);
			expect(await page.getByRole('link', { name: 'every claim and its evidence' }).getAttribute('href')).toBe('/evidence/');
		} finally {
			await noScript.close();
		}
	});
});

describe('a reader with a specific worry finds the answer in one search', () => {
	test.each([
		['a lump six weeks later', /^\/(side-effects\/(lumps-and-nodules|delayed-infections)|aftercare\/warning-signs|faq\/[a-z-]+)\/$/],
		['blood thinners', /^\/(procedure\/who-should-not-have-it|side-effects\/bruising-swelling-and-redness|faq\/[a-z-]+)\/$/],
		['pregnant', /^\/(procedure\/who-should-not-have-it|faq\/[a-z-]+)\/$/],
	])('“%s” brings up a page that answers it among the first five results', async (query, answer) => {
		const page = await open(`/search/?q=${encodeURIComponent(query)}`);
		await page.locator('[data-search-results] a').first().waitFor();
		const hrefs = await page
			.locator('[data-search-results] a')
			.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
		expect(
			hrefs.slice(0, 5).some((href) => answer.test(href)),
			hrefs.slice(0, 5).join(', '),
		).toBe(true);
	});
});

describe('claims', () => {
	test('a claim label in an article links to the claim page', async () => {
		const page = await open('/');
		// Follow the site's own links to an article: the first section, then its first article.
		await page.locator('nav[aria-label="Sections"] a').first().click();
		await page.locator('main h2 a').first().click();
		const label = page.locator('.claim a.label').first();
		const claimId = await label.evaluate((link) => link.closest('.claim')!.getAttribute('data-claim-id'));
		await label.click();
		await page.waitForURL(`**/evidence/${claimId}/`);
		const claim = claims.find((candidate) => candidate.id === claimId)!;
		expect((await page.locator('h1').textContent())?.replace(/[“”]/g, '')).toBe(claim.statement);
	});

	test('every claim in claims.json has a working page', async () => {
		expect(claims.length).toBeGreaterThan(10);
		for (const claim of claims) {
			const response = await fetch(server.url + path(claim.url));
			expect(response.status, claim.url).toBe(200);
		}
	});
});

describe('pages visited above', () => {
	test('logged no console errors and requested nothing beyond the local server', () => {
		expect(watchedPages.length).toBeGreaterThan(0);
		expect(watchedPages.flatMap((watched) => watched.errors)).toEqual([]);
		expect(watchedPages.flatMap((watched) => watched.foreign)).toEqual([]);
	});
});
