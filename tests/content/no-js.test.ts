/**
 * Readable without JavaScript, checked in the HTML every page ships: the page's heading is in <main> and not
 * hidden, and <main> holds the content (at least 20 words) rather than waiting for a script to fill it.
 * Real Chromium with JavaScript off confirms it on every template (tests/e2e/every-page.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { fileOfPath, sitemapPaths } from '../../src/utils/site-files.ts';
import { siteDir } from '../helpers/site.ts';

const hiddenClass = /(^|\s)(hidden|sr-only|invisible)(\s|$)/;

/** Why a page would not read without JavaScript, or undefined. */
function unreadable(html: string): string | undefined {
	const main = parse(html).querySelector('main');
	if (!main) return 'no <main>';
	const hides = (element: HTMLElement | null): boolean => {
		for (let node = element; node?.tagName; node = node.parentNode) {
			if (
				node.hasAttribute('hidden') ||
				hiddenClass.test(node.getAttribute('class') ?? '') ||
				/display:\s*none/.test(node.getAttribute('style') ?? '')
			)
				return true;
		}
		return false;
	};
	if (hides(main)) return '<main> is hidden';
	const heading = main.querySelector('h1');
	if (!heading || heading.textContent.trim() === '') return 'no heading in <main>';
	if (hides(heading)) return 'its heading is hidden';
	for (const element of main.querySelectorAll('script, template, [hidden], noscript')) element.remove();
	const words = main.textContent.split(/\s+/).filter(Boolean).length;
	if (words < 20) return `only ${words} words in <main>`;
	return undefined;
}

describe('readable without JavaScript', () => {
	test('the check catches a page that waits for a script, and one with a hidden heading', () => {
		const words = 'word '.repeat(30);
		expect(unreadable(`<main><h1>Title</h1><div id="app"></div><script>fill()</script></main>`)).toBe('only 1 words in <main>');
		expect(unreadable(`<main hidden><h1>Title</h1><p>${words}</p></main>`)).toBe('<main> is hidden');
		expect(unreadable(`<main><h1 class="sr-only">Title</h1><p>${words}</p></main>`)).toBe('its heading is hidden');
		expect(unreadable(`<main><h1>Title</h1><p>${words}</p></main>`)).toBeUndefined();
	});

	test('every page in the sitemap shows its heading and content in its HTML', () => {
		const paths = sitemapPaths(siteDir);
		expect(paths.length).toBeGreaterThan(20);
		const problems = paths
			.map((path) => [path, unreadable(readFileSync(join(siteDir, fileOfPath(path)), 'utf8'))])
			.filter(([, problem]) => problem)
			.map(([path, problem]) => `${path}: ${problem}`);
		expect(problems).toEqual([]);
	});
});
