/**
 * Trust gates over the built site in real Chromium, in the default test loop. On every page of the sitemap:
 * reflow at 320 px, no request to another host, no cookies or storage, no CSP violation or console error.
 * Readable without JavaScript: every template here, every page in its HTML (tests/content/no-js.test.ts). Accessibility (axe, WCAG 2.0–2.2 A/AA and best practice): light scheme on every
 * template, article, hub and fixed page and on one claim page per label variant; dark scheme at 200% zoom on
 * every template and on the articles that show every component. Each gate is first shown to catch a planted
 * defect. The every-page axe sweep in both schemes is `npm run test:a11y` (tests/sweep/).
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { root } from '../helpers/build.ts';
import { launch, watch } from '../helpers/browser.ts';
import { audit, auditAll, auditContext, axeSample, overflow, sitemapPaths, templateSample, unreadableWithoutJs } from '../helpers/audit.ts';
import { serve, type StaticServer } from '../../scripts/lib/serve.ts';
import { siteDir } from '../helpers/site.ts';

const paths = sitemapPaths();

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

/** One audit in a fresh context (the planted defects must not share cookies with each other). */
async function auditOne(origin: string, path: string, checks: { axe: boolean }): Promise<string[]> {
	const context = await auditContext(browser, {});
	const problems = await audit(await watch(context, origin), origin, path, checks);
	await context.close();
	return problems;
}

describe('the gates catch planted defects', () => {
	test('accessibility: faint text, an unlabelled field and an image without alt text', async () => {
		const problems = await auditOne(defects.url, '/inaccessible.html', { axe: true });
		const rules = problems.filter((p) => p.startsWith('axe')).map((p) => p.split(':')[0]);
		expect(rules).toEqual(expect.arrayContaining(['axe color-contrast', 'axe image-alt', 'axe label']));
	});

	test('privacy: a tracking pixel, a cookie and local storage', async () => {
		const problems = await auditOne(defects.url, '/leaky.html', { axe: false });
		expect(problems).toEqual(
			expect.arrayContaining(['requests https://tracker.example/pixel.gif', 'stores cookie tracked', 'stores localStorage seen']),
		);
	});

	test('CSP: an inline script the policy does not allow', async () => {
		const problems = await auditOne(defects.url, '/csp-violation.html', { axe: false });
		expect(problems).toContain('CSP script-src-elem blocked inline');
	});

	test('reflow: a page wider than a phone', async () => {
		const context = await auditContext(browser, { viewport: { width: 320, height: 640 } });
		const page = await context.newPage();
		await page.setContent('<main><p style="width: 500px">Too wide</p></main>');
		expect(await overflow(page)).toBeGreaterThan(0);
		await context.close();
	});
});

describe(`every page of the site (${paths.length} in the sitemap)`, () => {
	test('the sitemap lists the site, and the samples cover every template and every label variant', () => {
		expect(paths.length).toBeGreaterThan(20);
		expect(paths).toContain('/');
		const sample = axeSample(paths);
		expect(
			sample.filter((path) => path.startsWith('/evidence/') && !path.startsWith('/evidence/topic/') && path !== '/evidence/').length,
		).toBeGreaterThan(2);
		expect(templateSample(paths).length).toBeGreaterThan(8);
	});

	test('on a 320 px phone, every page reflows, requests nothing from another host, stores nothing, and has no CSP or console error', async () => {
		const context = await auditContext(browser, { viewport: { width: 320, height: 640 }, colorScheme: 'light' });
		expect(await auditAll(context, site.url, paths, { axe: false })).toEqual([]);
		await context.close();
	}, 600_000);

	test('light scheme: no accessibility problems on every template, article, hub and claim-page variant', async () => {
		const context = await auditContext(browser, { viewport: { width: 320, height: 640 }, colorScheme: 'light' });
		expect(await auditAll(context, site.url, axeSample(paths), { axe: true })).toEqual([]);
		await context.close();
	}, 600_000);

	test('dark scheme at 200% zoom (640 CSS px on a 1280 px screen): no accessibility or reflow problems on every template', async () => {
		const context = await auditContext(browser, { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2, colorScheme: 'dark' });
		expect(await auditAll(context, site.url, templateSample(paths), { axe: true })).toEqual([]);
		await context.close();
	}, 600_000);

	test('without JavaScript every template shows its heading and content (every page: tests/content/no-js.test.ts)', async () => {
		expect(await unreadableWithoutJs(browser, site.url, templateSample(paths))).toEqual([]);
	}, 300_000);

	test('reduced motion is respected: nothing animates or transitions', async () => {
		const context = await browser.newContext({ reducedMotion: 'reduce' });
		const page = await context.newPage();
		const moving: string[] = [];
		for (const path of ['/', '/search/?q=fat', paths.find((p) => /^\/evidence\/[a-z0-9-]+\/$/.test(p))!]) {
			await page.goto(site.url + path);
			const found = await page.evaluate(
				() =>
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
