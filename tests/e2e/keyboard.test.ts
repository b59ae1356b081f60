/**
 * A keyboard-only journey from the home page: Tab reaches the skip link, the search box, a search result and
 * a claim label, each with a visible focus ring, and Enter follows them.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { browserSession } from '../helpers/browser.ts';
import { siteDir } from '../helpers/site.ts';

const session = browserSession(siteDir);

/** The focused element's description and whether its focus indicator can be seen. */
const focused = (page: Page) =>
	page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		if (!element || element === document.body) return { text: '', href: '', tag: '', ring: false };
		const style = getComputedStyle(element);
		const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
		return {
			text: element.textContent?.trim() ?? '',
			href: element.getAttribute('href') ?? '',
			tag: element.tagName.toLowerCase() + (element.getAttribute('type') ? `[${element.getAttribute('type')}]` : ''),
			ring: outline || style.boxShadow !== 'none',
			inResults: Boolean(element.closest('[data-search-results]')),
			isLabel: element.matches('.claim a.label'),
		};
	});

/** Presses Tab until `match` holds for the focused element (at most `limit` times). */
async function tabTo(page: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 80) {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		const now = await focused(page);
		if (match(now)) return now;
	}
	throw new Error(`Tab never reached the element on ${page.url()} (last: ${JSON.stringify(await focused(page))})`);
}

test('Tab reaches the skip link, the search box, a result and a claim label, with a visible focus ring each time', async () => {
	const page = await session.browser.newPage();
	await page.goto(`${session.site.url}/`);

	await page.keyboard.press('Tab');
	const skip = await focused(page);
	expect(skip.text).toBe('Skip to main content');
	expect(skip.ring).toBe(true);
	expect(await page.getByText('Skip to main content').isVisible()).toBe(true);

	const box = await tabTo(page, (f) => f.tag === 'input[search]', 10);
	expect(box.ring).toBe(true);
	await page.keyboard.type('injections');
	await page.keyboard.press('Enter');
	await page.waitForURL(/\/search\/\?q=injections/);
	await page.locator('[data-search-results] a').first().waitFor();

	const result = await tabTo(page, (f) => Boolean(f.inResults) && !f.href.startsWith('/evidence/'));
	expect(result.ring).toBe(true);
	await page.keyboard.press('Enter');
	await page.waitForURL((url) => url.pathname === result.href);

	const label = await tabTo(page, (f) => Boolean(f.isLabel), 200);
	expect(label.ring).toBe(true);
	expect(label.text).toMatch(
		/^(✓ Shown to help · (high|moderate|low) certainty|⚠\uFE0E Known risk · how we know: [a-z ]+ · how often(: .+| is not known)|ℹ\uFE0E Sourced fact|✗ Not true|✗ Trials found it does not work|✗ Trials did not find this harm|\? Not shown · [a-z ]+): see the evidence for this claim$/u,
	);
	await page.keyboard.press('Enter');
	await page.waitForURL((url) => url.pathname === label.href);
	expect(label.href).toMatch(/^\/evidence\/[a-z0-9-]+\/$/);
	await page.close();
});
