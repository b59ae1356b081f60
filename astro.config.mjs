// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind.ts';
import { siteUrl } from './src/data/site.ts';

// Environment variables used by the tests and the benchmark (README, "Building other content"):
// GUIDE_CONTENT_DIR (src/utils/content-dir.ts), GUIDE_OUT_DIR and GUIDE_CACHE_DIR.
export default defineConfig({
	site: siteUrl,
	trailingSlash: 'always',
	outDir: process.env.GUIDE_OUT_DIR ?? './dist',
	cacheDir: process.env.GUIDE_CACHE_DIR ?? './node_modules/.astro',
	build: { format: 'directory' },
	integrations: [mdx(), sitemap(), pagefind()],
	devToolbar: { enabled: false },
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
