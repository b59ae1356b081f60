/**
 * The full accessibility sweep (`npm run test:a11y`, run by CI after `npm test`): axe (WCAG 2.0–2.2 A/AA and
 * best practice) on every page of the sitemap and the 404 page, in the light scheme on a 320 px phone and in the
 * dark scheme at 200% zoom, with the other browser gates (reflow, other hosts, storage, CSP, console) alongside.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch } from '../helpers/browser.ts';
import { auditAll, auditContext, sitemapPaths } from '../helpers/audit.ts';
import { serve, type StaticServer } from '../../scripts/lib/serve.ts';
import { siteDir } from '../helpers/site.ts';

const paths = [...sitemapPaths(), '/404.html'];

let site: StaticServer;
let browser: Browser;
beforeAll(async () => {
	site = await serve(siteDir);
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

describe(`axe on every page (${paths.length})`, () => {
	test('light scheme on a 320 px phone', async () => {
		expect(paths.length).toBeGreaterThan(100);
		const context = await auditContext(browser, { viewport: { width: 320, height: 640 }, colorScheme: 'light' });
		expect(await auditAll(context, site.url, paths, { axe: true })).toEqual([]);
		await context.close();
	});

	test('dark scheme at 200% zoom (640 CSS px on a 1280 px screen)', async () => {
		const context = await auditContext(browser, { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2, colorScheme: 'dark' });
		expect(await auditAll(context, site.url, paths, { axe: true })).toEqual([]);
		await context.close();
	});
});
