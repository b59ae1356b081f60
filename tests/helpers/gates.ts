/**
 * The trust gates, as functions the tests apply to the real site and to planted defects alike
 * (tests/fixtures/defects/): valid HTML, internal links and fragments, accessibility, privacy and CSP.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import { LinkChecker } from 'linkinator';
import type { Page } from 'playwright-core';
import { root } from './build.ts';

const validator = new HtmlValidate(JSON.parse(readFileSync(join(root, '.htmlvalidate.json'), 'utf8')));

/** html-validate errors, one line each ("line:column rule: message (selector)"). */
export async function htmlErrors(html: string, name: string): Promise<string[]> {
	const report = await validator.validateString(html, name);
	return report.results.flatMap((result) =>
		result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector})`),
	);
}

/** Broken internal links and fragments reachable from `start` (external links are not followed). */
export async function brokenLinks(start: string): Promise<string[]> {
	const origin = new URL(start).origin;
	const checker = new LinkChecker();
	const result = await checker.check({
		path: start,
		recurse: true,
		checkFragments: true,
		concurrency: 8,
		linksToSkip: async (link: string) => !link.startsWith(origin),
	});
	return result.links
		.filter((link) => link.state === 'BROKEN')
		.map((link) => `${link.url.replace(origin, '')} (status ${link.status}) linked from ${link.parent?.replace(origin, '') ?? '?'}`)
		.sort();
}

/** WCAG 2.0/2.1/2.2 A and AA plus best-practice violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	return results.violations.map(
		(violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
	);
}

/** Cookies and web storage a page has written. */
export async function storedData(page: Page): Promise<string[]> {
	const cookies = (await page.context().cookies()).map((cookie) => `cookie ${cookie.name}`);
	const storage = await page.evaluate(() => [
		...Object.keys(localStorage).map((key) => `localStorage ${key}`),
		...Object.keys(sessionStorage).map((key) => `sessionStorage ${key}`),
	]);
	return [...cookies, ...storage];
}

/** Starts recording Content Security Policy violations in every page of the context. */
export const recordCspViolations = `
	window.__cspViolations = [];
	document.addEventListener('securitypolicyviolation', (event) => {
		window.__cspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline'));
	});
`;

export const cspViolations = (page: Page): Promise<string[]> =>
	page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
