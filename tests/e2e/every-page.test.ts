/**
 * Trust gates over every page of the built site (the sitemap is the list), in real Chromium:
 * accessibility (axe, WCAG 2.0–2.2 A/AA and best practice) in light and dark schemes, reflow at 320 px and
 * at 200% zoom, no request to another host, no cookies or storage, no CSP violation or console error, and
 * readable without JavaScript. Each gate is first shown to catch a planted defect.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { root } from '../helpers/build.ts';
import { launch, watch } from '../helpers/browser.ts';
import { axeViolations, cspViolations, recordCspViolations, storedData } from '../helpers/gates.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { siteDir } from '../helpers/site.ts';

const sitemap = readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);

let site: StaticServer;
let defects: StaticServer;
let browser: Browser;
beforeAll(async () => {
	site = await serve(siteDir);
	defects = await serve(join(root, 'tests/fixtures/defects'));
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
	await defects?.close();
});

/** Overflow beyond the viewport's width, in CSS pixels (0 when the page reflows). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

interface Audit {
	path: string;
	problems: string[];
}

/** Opens a page in a context and returns every gate's problems for it. */
async function audit(context: BrowserContext, origin: string, path: string, checks: { axe: boolean }): Promise<Audit> {
	const watched = await watch(context, origin);
	const { page } = watched;
	const problems: string[] = [];
	try {
		const response = await page.goto(origin + path);
		if (!response?.ok()) problems.push(`status ${response?.status()}`);
		if (checks.axe) problems.push(...(await axeViolations(page)).map((v) => `axe ${v}`));
		const wide = await overflow(page);
		if (wide > 0) problems.push(`scrolls sideways by ${wide}px at ${page.viewportSize()?.width}px`);
		problems.push(...(await cspViolations(page)).map((v) => `CSP ${v}`));
		problems.push(...(await storedData(page)).map((v) => `stores ${v}`));
		problems.push(...watched.foreign.map((url) => `requests ${url}`));
		problems.push(...watched.errors.map((error) => `console ${error}`));
	} finally {
		await page.close();
	}
	return { path, problems };
}

async function contextFor(options: Parameters<Browser['newContext']>[0]) {
	const context = await browser.newContext(options);
	await context.addInitScript(recordCspViolations);
	return context;
}

/** Runs audits two pages at a time (the machines have two cores). */
async function auditAll(context: BrowserContext, checks: { axe: boolean }): Promise<string[]> {
	const results: Audit[] = [];
	const queue = [...paths];
	await Promise.all(
		[0, 1].map(async () => {
			for (let path = queue.shift(); path; path = queue.shift()) results.push(await audit(context, site.url, path, checks));
		}),
	);
	return results.filter((result) => result.problems.length > 0).map((result) => `${result.path}: ${result.problems.join('; ')}`);
}

describe('the gates catch planted defects', () => {
	test('accessibility: faint text, an unlabelled field and an image without alt text', async () => {
		const context = await contextFor({});
		const { problems } = await audit(context, defects.url, '/inaccessible.html', { axe: true });
		await context.close();
		const rules = problems.filter((p) => p.startsWith('axe')).map((p) => p.split(':')[0]);
		expect(rules).toEqual(expect.arrayContaining(['axe color-contrast', 'axe image-alt', 'axe label']));
	});

	test('privacy: a tracking pixel, a cookie and local storage', async () => {
		const context = await contextFor({});
		const { problems } = await audit(context, defects.url, '/leaky.html', { axe: false });
		await context.close();
		expect(problems).toEqual(
			expect.arrayContaining(['requests https://tracker.example/pixel.gif', 'stores cookie tracked', 'stores localStorage seen']),
		);
	});

	test('CSP: an inline script the policy does not allow', async () => {
		const context = await contextFor({});
		const { problems } = await audit(context, defects.url, '/csp-violation.html', { axe: false });
		await context.close();
		expect(problems).toContain('CSP script-src-elem blocked inline');
	});

	test('reflow: a page wider than a phone', async () => {
		const context = await contextFor({ viewport: { width: 320, height: 640 } });
		const page = await context.newPage();
		await page.setContent('<main><p style="width: 500px">Too wide</p></main>');
		expect(await overflow(page)).toBeGreaterThan(0);
		await context.close();
	});
});

describe(`every page of the site (${paths.length} in the sitemap)`, () => {
	test('the sitemap lists the site', () => {
		expect(paths.length).toBeGreaterThan(20);
		expect(paths).toContain('/');
	});

	test('light scheme on a 320 px phone: no accessibility, reflow, privacy, CSP or console problems', async () => {
		const context = await contextFor({ viewport: { width: 320, height: 640 }, colorScheme: 'light' });
		expect(await auditAll(context, { axe: true })).toEqual([]);
		await context.close();
	}, 900_000);

	test('dark scheme at 200% zoom (640 CSS px on a 1280 px screen): no accessibility or reflow problems', async () => {
		const context = await contextFor({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2, colorScheme: 'dark' });
		expect(await auditAll(context, { axe: true })).toEqual([]);
		await context.close();
	}, 900_000);

	test('without JavaScript every page shows its heading and content', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const unreadable: string[] = [];
		for (const path of paths) {
			await page.goto(site.url + path);
			const heading = await page.locator('main h1').first().isVisible();
			const words = (await page.locator('main').innerText()).split(/\s+/).length;
			if (!heading || words < 20) unreadable.push(`${path}: heading ${heading}, ${words} words`);
		}
		await context.close();
		expect(unreadable).toEqual([]);
	}, 300_000);

	test('reduced motion is respected: nothing animates or transitions', async () => {
		const context = await browser.newContext({ reducedMotion: 'reduce' });
		const page = await context.newPage();
		const moving: string[] = [];
		for (const path of ['/', '/search/?q=fat', paths.find((p) => /^\/evidence\/[a-z0-9-]+\/$/.test(p))!]) {
			await page.goto(site.url + path);
			const found = await page.evaluate(() =>
				[...document.querySelectorAll('*')].filter((element) => {
					const style = getComputedStyle(element);
					return style.animationName !== 'none' || parseFloat(style.transitionDuration) > 0;
				}).length,
			);
			if (found) moving.push(`${path}: ${found} moving elements`);
		}
		await context.close();
		expect(moving).toEqual([]);
	});
});
