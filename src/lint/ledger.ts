/**
 * The URL ledger (content/url-ledger.txt): every public address the guide has published, pages and the
 * #anchors of article headings, so links that clinics shared keep working. Lines are only ever added
 * (`npm run ledger`); a renamed page needs a redirect (content/redirects.yaml), a renamed heading an
 * <Anchor id="old-anchor" /> where the old heading was.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';

export const ledgerFile = (contentDir: string) => join(contentDir, 'url-ledger.txt');

export function readLedger(contentDir: string): string[] {
	const file = ledgerFile(contentDir);
	if (!existsSync(file)) return [];
	return readFileSync(file, 'utf8')
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line && !line.startsWith('#'));
}

const pageFile = (siteDir: string, path: string) => join(siteDir, path, 'index.html');

/** The page a path serves, following the HTML redirect pages Astro writes for content/redirects.yaml. */
function resolvePage(siteDir: string, path: string, hops = 0): { path: string; html: string } | undefined {
	const file = pageFile(siteDir, path);
	if (!existsSync(file)) return undefined;
	const html = readFileSync(file, 'utf8');
	const refresh = /<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"/i.exec(html);
	// A chain longer than a few hops is a loop (a→b→a): it leads nowhere.
	if (refresh) return hops < 5 ? resolvePage(siteDir, new URL(refresh[1], 'https://x').pathname, hops + 1) : undefined;
	return { path, html };
}

/** Ledger lines that no longer lead anywhere in the built site. */
export function unresolved(ledger: string[], siteDir: string): string[] {
	return ledger.filter((line) => {
		const [path, anchor] = line.split('#');
		const page = resolvePage(siteDir, path);
		if (!page) return true;
		return anchor !== undefined && !page.html.includes(`id="${anchor}"`);
	});
}

/** Every public address of a built site: the sitemap's pages and the anchors of article headings. */
export function publicUrls(siteDir: string): string[] {
	const sitemap = readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8');
	const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
	return paths.flatMap((path) => {
		const prose = parse(readFileSync(pageFile(siteDir, path), 'utf8')).querySelector('.prose');
		const anchors = prose?.querySelectorAll('h2[id], h3[id]').map((heading) => `${path}#${heading.id}`) ?? [];
		return [path, ...anchors];
	});
}
