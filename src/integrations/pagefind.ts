import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` when `astro build` is done, with the Pagefind
 * Node API. Any indexing error, or an index with no pages, fails the build.
 *
 * One index per language, from each page's <html lang> (Spanish pages under /es/ get their own).
 *
 * Pages opt in with `data-pagefind-body` (article and claim `<main>` only), so navigation, footers and
 * screen-reader-only text never reach the index.
 */
export default function pagefindIntegration(): AstroIntegration {
	return {
		name: 'guide:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const pagefind = await import('pagefind');
				const fail = (step: string, errors: string[]) => {
					throw new Error(`Pagefind could not ${step}:\n  ${errors.join('\n  ')}`);
				};
				const started = performance.now();
				try {
					const { index, errors } = await pagefind.createIndex();
					if (errors.length || !index) fail('start', errors);
					const site = fileURLToPath(dir);
					const added = await index!.addDirectory({ path: site });
					if (added.errors.length) fail(`index ${site}`, added.errors);
					if (added.page_count === 0) fail('index the site', [`no page in ${site} has data-pagefind-body`]);
					const written = await index!.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
					if (written.errors.length) fail('write the index', written.errors);
					logger.info(`Search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
