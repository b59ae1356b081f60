import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Adds each page's language alternates to the sitemap (<xhtml:link rel="alternate" hreflang="…">), read from the
 * hreflang links the page itself carries in <head> (BaseLayout, from src/data/edition.ts), so the sitemap and the
 * pages can never disagree. Runs after @astrojs/sitemap has written sitemap-*.xml.
 */
export default function sitemapAlternates(): AstroIntegration {
	return {
		name: 'guide:sitemap-alternates',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const site = fileURLToPath(dir);
				for (const file of readdirSync(site).filter((name) => /^sitemap-\d+\.xml$/.test(name))) {
					const path = join(site, file);
					const xml = readFileSync(path, 'utf8').replace(/<url><loc>([^<]*)<\/loc>(.*?)<\/url>/g, (whole, loc: string, rest: string) => {
						const html = join(site, new URL(loc).pathname, 'index.html');
						if (!existsSync(html)) return whole;
						const links = [...readFileSync(html, 'utf8').matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)]
							.map(([, lang, href]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${href}"/>`)
							.join('');
						return `<url><loc>${loc}</loc>${rest}${links}</url>`;
					});
					writeFileSync(path, xml);
				}
			},
		},
	};
}
