/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser). Every page opened through
 * `watch` records console errors, page errors and any request that leaves the local server.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from '../../scripts/lib/chromium.ts';
import { serve, type StaticServer } from '../../scripts/lib/serve.ts';

export { launch };

export interface Watched {
	page: Page;
	/** Console errors and uncaught exceptions. */
	errors: string[];
	/** Requests to any origin other than the site's. */
	foreign: string[];
}

export async function watch(context: BrowserContext, origin: string): Promise<Watched> {
	const page = await context.newPage();
	const watched: Watched = { page, errors: [], foreign: [] };
	page.on('console', (message) => {
		if (message.type() === 'error') watched.errors.push(`${page.url()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => watched.errors.push(`${page.url()}: ${error.message}`));
	await page.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
		watched.foreign.push(url);
		return route.abort();
	});
	return watched;
}

/**
 * For a test file: serves the built site and launches Chromium before its tests, closes both after.
 * Read `session.site` and `session.browser` inside tests.
 */
export function browserSession(dir: string) {
	const session = {} as { site: StaticServer; browser: Browser };
	beforeAll(async () => {
		session.site = await serve(dir);
		session.browser = await launch();
	});
	afterAll(async () => {
		await session.browser?.close();
		await session.site?.close();
	});
	return session;
}
