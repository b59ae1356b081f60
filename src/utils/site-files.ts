/**
 * The one reader of a built site's page list: the sitemap's paths, and every HTML file. Tests, the ledger and
 * the benchmark all read pages through here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every page the sitemap lists, as a path ("/uses/body-fat/"). */
export function sitemapPaths(siteDir: string): string[] {
	const sitemap = readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8');
	return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
}

/** Every HTML file of the built site (Pagefind's own folder left out), relative to siteDir. */
export function htmlFiles(siteDir: string, dir = siteDir): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(siteDir, path);
		return entry.name.endsWith('.html') ? [relative(siteDir, path)] : [];
	});
}

/** The HTML file that serves a path ("/uses/body-fat/" → "uses/body-fat/index.html"). */
export const fileOfPath = (path: string) => (path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1));
