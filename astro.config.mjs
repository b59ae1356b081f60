// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind.ts';
import redirectsFile from './src/integrations/redirects.ts';
import sitemapAlternates from './src/integrations/sitemap-alternates.ts';
import { readRedirects } from './src/utils/redirects.ts';
import { siteUrl } from './src/config.ts';
import { contentDir } from './src/config.ts';
import { reviewDates } from './src/utils/review-dates.ts';

// <lastmod> in the sitemap is the page's review date (claim pages: their article's).
const lastmods = reviewDates(contentDir);
const redirects = readRedirects(contentDir);

// Environment variables used by the tests and the benchmark (README, "Building other content"):
// GUIDE_CONTENT_DIR (src/config.ts), GUIDE_OUT_DIR and GUIDE_CACHE_DIR.
export default defineConfig({
	site: siteUrl,
	trailingSlash: 'always',
	outDir: process.env.GUIDE_OUT_DIR ?? './dist',
	cacheDir: process.env.GUIDE_CACHE_DIR ?? './node_modules/.astro',
	build: { format: 'directory' },
	redirects: Object.fromEntries(redirects.map(({ from, to }) => [from, to])),
	// No code blocks in the guide, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
	markdown: { syntaxHighlight: false },
	integrations: [
		mdx(),
		sitemap({
			// The Spanish 404 page is not a page to list (the English one is /404.html, which the sitemap leaves out).
			filter: (page) => !page.endsWith('/es/404/'),
			serialize(item) {
				const date = lastmods.get(new URL(item.url).pathname);
				return date ? { ...item, lastmod: date.toISOString() } : item;
			},
		}),
		// Language alternates (hreflang) of each page, read from the pages themselves.
		sitemapAlternates(),
		pagefind(),
		redirectsFile(redirects, siteUrl),
	],
	devToolbar: { enabled: false },
	// Content Security Policy as a <meta> tag on every page: Astro hashes its own scripts and styles.
	// Search adds 'wasm-unsafe-eval' on the search page only (src/pages/search.astro). Headers that a
	// <meta> cannot carry (frame-ancestors, HSTS, …) are in public/_headers.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"font-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
	vite: {
		plugins: [tailwindcss()],
		build: {
			rolldownOptions: {
				// Astro's MDX modules carry a "use astro:head-inject" directive that Rolldown warns about on every
				// article; the warning is expected and not actionable.
				onwarn(warning, warn) {
					if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
				},
			},
		},
	},
});
