/**
 * The browser trust gates applied to built pages (the default loop and the full sweep share this): which
 * pages to open, and one audit per page — accessibility (axe), reflow, requests to other hosts, cookies and
 * storage, CSP violations and console errors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { watch, type Watched } from './browser.ts';
import { axeViolations, cspViolations, recordCspViolations, storedData } from './gates.ts';
import { sitemapPaths as readSitemap } from '../../src/utils/site-files.ts';
import { root } from './build.ts';
import { articleIds, claims, contentDir, siteDir } from './site.ts';

/** The author components' names, as src/user-components/index.ts registers them for MDX. */
export function componentNames(): string[] {
	const index = readFileSync(join(root, 'src/user-components/index.ts'), 'utf8');
	const registered = /mdxComponents\s*=\s*\{([^}]*)\}/.exec(index);
	if (!registered) throw new Error('src/user-components/index.ts no longer declares `mdxComponents = { … }`: update componentNames().');
	return registered[1]
		.split(',')
		.map((name) => name.trim())
		.filter(Boolean);
}

/** Every page in the built sitemap of the real site, as paths. */
export const sitemapPaths = (dir = siteDir) => readSitemap(dir);

/** The template of a Spanish page (/es/…): "es " and the template, e.g. "es article", "es claim". */
function spanishTemplateOf(parts: string[]): string {
	const [first, second] = parts;
	if (!first) return 'es home';
	if (first === 'evidencia') return !second ? 'es evidence index' : second === 'tema' ? 'es evidence topic' : 'es claim';
	if (first === 'consulta') return second ? 'es consultation kit' : 'es consultation index';
	if (first === 'referencias') return second ? 'es sources in full' : 'es references';
	if (parts.length === 2 && first !== 'acerca-de') return 'es article';
	if (parts.length === 2 && first === 'acerca-de') return second === 'glosario' ? 'es glossary' : 'es article';
	return `es /${parts.join('/')}/`;
}

/** The template a path is drawn by: pages of one template share their structure. */
export function templateOf(path: string, articles: Set<string>): string {
	const parts = path.split('/').filter(Boolean);
	if (parts[0] === 'es') return spanishTemplateOf(parts.slice(1));
	if (parts.length === 0) return 'home';
	if (parts[0] === 'evidence') {
		if (parts.length === 1) return 'evidence index';
		return parts[1] === 'topic' ? 'evidence topic' : 'claim';
	}
	if (parts[0] === 'consultation') return parts.length === 1 ? 'consultation index' : 'consultation kit';
	if (articles.has(parts.join('/'))) return 'article';
	if (parts.length === 1 || (parts.length === 2 && /^\d+$/.test(parts[1]))) {
		if ([...articles].some((id) => id.startsWith(`${parts[0]}/`))) return 'section hub';
	}
	return path;
}

/** One claim page for each label variant (kind × status × reason or certainty): the claim template's cases. */
export function claimVariants(): string[] {
	const seen = new Map<string, string>();
	for (const claim of claims()) {
		const record = claim as unknown as Record<string, unknown>;
		const key = [record.kind, claim.status, record.reason ?? record.certainty].join(' ');
		if (!seen.has(key)) seen.set(key, new URL(claim.url).pathname);
	}
	return [...seen.values()];
}

/**
 * The fewest articles that together show every author component that any article uses (greedy cover over the
 * MDX sources; a component no article uses, such as the invisible <Anchor>, has nothing to show).
 */
export function componentShowcase(): string[] {
	const names = componentNames();
	const uses = articleIds().map((id) => {
		const text = readFileSync(join(contentDir, 'articles', `${id}.mdx`), 'utf8');
		return { path: `/${id}/`, components: new Set(names.filter((name) => new RegExp(`<${name}\\b`).test(text))) };
	});
	const missing = new Set(names.filter((name) => uses.some((use) => use.components.has(name))));
	const chosen: string[] = [];
	while (missing.size > 0) {
		const best = uses.toSorted(
			(a, b) => [...b.components].filter((n) => missing.has(n)).length - [...a.components].filter((n) => missing.has(n)).length,
		)[0];
		const added = [...best.components].filter((name) => missing.has(name));
		for (const name of added) missing.delete(name);
		chosen.push(best.path);
	}
	return chosen;
}

/**
 * The pages the default loop runs axe on: every English page that is not a claim page (every template, every
 * article, hub and fixed page), one claim page per label variant, the 404 page, and one Spanish page per template
 * (Starlight samples other languages the same way; `npm run test:a11y` sweeps every Spanish page).
 */
export function axeSample(paths = sitemapPaths()): string[] {
	const articles = new Set(articleIds());
	const english = paths.filter((path) => !path.startsWith('/es/'));
	return [...english.filter((path) => templateOf(path, articles) !== 'claim'), ...claimVariants(), '/404.html', ...spanishSample(paths)];
}

/** One Spanish page per template. */
export function spanishSample(paths = sitemapPaths()): string[] {
	const articles = new Set(articleIds());
	const first = new Map<string, string>();
	for (const path of paths.filter((candidate) => candidate.startsWith('/es/'))) {
		const template = templateOf(path, articles);
		if (!first.has(template)) first.set(template, path);
	}
	return [...first.values()];
}

/** One page per template, plus the articles that together show every component (for the dark scheme). */
export function templateSample(paths = sitemapPaths()): string[] {
	const articles = new Set(articleIds());
	const first = new Map<string, string>();
	for (const path of paths) {
		const template = templateOf(path, articles);
		if (!first.has(template)) first.set(template, path);
	}
	return [...new Set([...first.values(), ...componentShowcase(), '/404.html'])];
}

/** Overflow beyond the viewport's width, in CSS pixels (0 when the page reflows). */
export const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** A browser context that records CSP violations in every page. */
export async function auditContext(browser: Browser, options: Parameters<Browser['newContext']>[0]): Promise<BrowserContext> {
	const context = await browser.newContext(options);
	await context.addInitScript(recordCspViolations);
	return context;
}

/** Opens `path` in a watched page (reused between audits) and returns every gate's problems for it. */
export async function audit(watched: Watched, origin: string, path: string, checks: { axe: boolean }): Promise<string[]> {
	const { page } = watched;
	watched.errors.length = 0;
	watched.foreign.length = 0;
	const problems: string[] = [];
	const response = await page.goto(origin + path);
	// The 404 page is served with its status; every other page must load.
	if (!response?.ok() && !path.endsWith('404.html')) problems.push(`status ${response?.status()}`);
	if (checks.axe) problems.push(...(await axeViolations(page)).map((v) => `axe ${v}`));
	const wide = await overflow(page);
	if (wide > 0) problems.push(`scrolls sideways by ${wide}px at ${page.viewportSize()?.width}px`);
	problems.push(...(await cspViolations(page)).map((v) => `CSP ${v}`));
	problems.push(...(await storedData(page)).map((v) => `stores ${v}`));
	problems.push(...watched.foreign.map((url) => `requests ${url}`));
	problems.push(...watched.errors.map((error) => `console ${error}`));
	return problems;
}

/** Audits `paths` two at a time (the machines have two cores), reusing one page per lane; lists the failures. */
export async function auditAll(context: BrowserContext, origin: string, paths: string[], checks: { axe: boolean }): Promise<string[]> {
	const failures: string[] = [];
	const queue = [...paths];
	await Promise.all(
		[0, 1].map(async () => {
			const watched = await watch(context, origin);
			for (let path = queue.shift(); path; path = queue.shift()) {
				const problems = await audit(watched, origin, path, checks);
				if (problems.length > 0) failures.push(`${path}: ${problems.join('; ')}`);
			}
			await watched.page.close();
		}),
	);
	return failures.sort();
}

/** Pages that show no heading or fewer than 20 words in <main> with JavaScript off. */
export async function unreadableWithoutJs(browser: Browser, origin: string, paths: string[]): Promise<string[]> {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const unreadable: string[] = [];
	for (const path of paths) {
		await page.goto(origin + path);
		const heading = await page.locator('main h1').first().isVisible();
		// biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the text a reader sees, which is the point.
		const words = (await page.locator('main').innerText()).split(/\s+/).length;
		if (!heading || words < 20) unreadable.push(`${path}: heading ${heading}, ${words} words`);
	}
	await context.close();
	return unreadable;
}
