/**
 * Answer first on a phone (390 × 844, real Chromium): on every side-effect and aftercare article the first
 * section of the body (the "In short" summary, or an aftercare page's opening section) starts within the first
 * screen, nothing bulky (the evidence box, an open contents list) sits between the title and that answer, and a link
 * to "When to get help" is visible without scrolling. The worried page is reachable from the header of every page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserSession } from '../helpers/browser.ts';
import { articleIds, siteDir } from '../helpers/site.ts';

const screen = { width: 390, height: 844 };
const articles = articleIds().filter((id) => /^(side-effects|aftercare)\//.test(id));
const session = browserSession(siteDir);

/** Where things sit on the first screen, in CSS pixels from the top of the page. */
const positions = (page: Page) =>
	page.evaluate(() => {
		const top = (element: Element | null | undefined) => (element ? element.getBoundingClientRect().top + window.scrollY : null);
		const bottom = (element: Element | null | undefined) => (element ? element.getBoundingClientRect().bottom + window.scrollY : null);
		const firstSection = document.querySelector('article .prose > h2');
		const helpLink = document.querySelector<HTMLAnchorElement>('[data-help-first] a[href="#when-to-get-help"]');
		const evidenceBox = document.querySelector('#evidence-box')?.closest('aside');
		const toc = document.querySelector('[data-toc] details');
		return {
			firstSection: firstSection?.textContent?.trim() ?? '',
			firstSectionTop: top(firstSection),
			helpLinkBottom: bottom(helpLink),
			helpTarget: helpLink ? Boolean(document.getElementById(helpLink.hash.slice(1))) : false,
			evidenceBoxTop: top(evidenceBox),
			tocOpen: toc ? (toc as HTMLDetailsElement).open : false,
			tocHeight: toc ? toc.getBoundingClientRect().height : 0,
			worriedInHeader: bottom(document.querySelector('header [data-worried-link]')),
		};
	});

describe('answer first on a phone (390 × 844)', () => {
	test('there are side-effect and aftercare articles to check', () => {
		expect(articles.filter((id) => id.startsWith('side-effects/')).length).toBeGreaterThan(0);
		expect(articles.filter((id) => id.startsWith('aftercare/')).length).toBeGreaterThan(0);
	});

	test.each(articles)('/%s/ puts the answer and the way to help on the first screen', async (id) => {
		const page = await session.browser.newPage({ viewport: screen });
		await page.goto(`${session.site.url}/${id}/`);
		const at = await positions(page);
		if (id.startsWith('side-effects/')) expect(at.firstSection, 'the body opens with its summary').toBe('In short');
		expect(at.firstSectionTop, 'the summary starts on the first screen').not.toBeNull();
		expect(at.firstSectionTop!, 'the summary starts on the first screen').toBeLessThan(screen.height - 60);
		expect(at.helpLinkBottom, '"When to get help" link is on the first screen').not.toBeNull();
		expect(at.helpLinkBottom!).toBeLessThanOrEqual(screen.height);
		expect(at.helpTarget, 'the link leads to the help cards').toBe(true);
		expect(at.tocOpen, 'the contents list starts collapsed').toBe(false);
		expect(at.tocHeight, 'the collapsed contents list is one line').toBeLessThan(60);
		if (at.evidenceBoxTop !== null)
			expect(at.evidenceBoxTop, 'the evidence box comes after the summary').toBeGreaterThan(at.firstSectionTop!);
		expect(at.worriedInHeader, 'the worried page is linked from the header').not.toBeNull();
		expect(at.worriedInHeader!).toBeLessThanOrEqual(screen.height);
		await page.close();
	});

	test('the worried page lists the emergency signs first and every symptom by time, without JavaScript', async () => {
		const context = await session.browser.newContext({ viewport: screen, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${session.site.url}/worried/`);
		const facts = await page.evaluate(() => ({
			emergencyTop: document.querySelector('[data-worried-emergency]')!.getBoundingClientRect().top,
			firstTimeGroup: document.querySelector('#by-time')!.getBoundingClientRect().top,
			groups: [...document.querySelectorAll('section[aria-labelledby^="after-"] h3')].map((h) => h.textContent?.trim()),
			redLump: document.querySelector('[data-symptom="red-tender-lump"]')?.textContent ?? '',
		}));
		expect(facts.emergencyTop).toBeLessThan(screen.height);
		expect(facts.emergencyTop).toBeLessThan(facts.firstTimeGroup);
		expect(facts.groups).toEqual(['In the first hours', 'In the first days', 'Weeks later', 'Months later']);
		expect(facts.redLump).toContain('Urgent: get help today');
		expect(facts.redLump).toContain('mycobacteria');
		await context.close();
	});
});
