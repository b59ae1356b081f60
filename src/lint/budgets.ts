/**
 * Byte budgets for the built site, measured as a browser downloads it (gzip): checked by tests, reported by
 * the benchmark. Sizes, not timings, so they are the same on every machine.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const budgets = {
	/** The longest article page's HTML. */
	articleHtml: 20 * 1024,
	/** All the CSS of the site together. */
	css: 12 * 1024,
	/** Self-hosted web fonts, if any are ever added. */
	fonts: 30 * 1024,
};

export const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

export function files(dir: string, test: (file: string) => boolean = () => true): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return files(path, test);
		return test(path) ? [path] : [];
	});
}

export interface BudgetReport {
	longestArticle: { page: string; bytes: number };
	css: number;
	fonts: number;
	/** Over-budget lines; empty when everything fits. */
	over: string[];
}

/** Checks a built site against the budgets; `articleDirs` are the sections whose pages are articles. */
export function checkBudgets(siteDir: string, articlePages: string[]): BudgetReport {
	const longest = articlePages
		.map((page) => ({ page, bytes: gzipSize(join(siteDir, page, 'index.html')) }))
		.sort((a, b) => b.bytes - a.bytes)[0] ?? { page: '(none)', bytes: 0 };
	// CSS the pages load (Pagefind's own UI stylesheets sit unused in pagefind/).
	const linked = new Set(
		files(siteDir, (file) => file.endsWith('.html')).flatMap((file) =>
			[...readFileSync(file, 'utf8').matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((match) => join(siteDir, match[1])),
		),
	);
	const css = files(siteDir, (file) => extname(file) === '.css' && (linked.has(file) || !file.includes('/pagefind/'))).reduce(
		(sum, file) => sum + gzipSize(file),
		0,
	);
	const fontFiles = files(siteDir, (file) => /\.(woff2?|ttf|otf|eot)$/.test(file));
	const fonts = fontFiles.reduce((sum, file) => sum + statSync(file).size, 0);
	const over: string[] = [];
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
	if (longest.bytes > budgets.articleHtml)
		over.push(`article HTML ${longest.page}: ${kb(longest.bytes)} gzip > ${kb(budgets.articleHtml)}`);
	if (css > budgets.css) over.push(`CSS: ${kb(css)} gzip > ${kb(budgets.css)}`);
	if (fonts > budgets.fonts)
		over.push(`fonts: ${kb(fonts)} > ${kb(budgets.fonts)} (${fontFiles.map((f) => relative(siteDir, f)).join(', ')})`);
	return { longestArticle: longest, css, fonts, over };
}

/** Images without explicit width and height (they make the page jump while loading). */
export function imagesWithoutSize(siteDir: string): string[] {
	return files(siteDir, (file) => file.endsWith('.html')).flatMap((file) =>
		[...readFileSync(file, 'utf8').matchAll(/<img\b[^>]*>/g)]
			.filter((match) => !/\bwidth="\d+"/.test(match[0]) || !/\bheight="\d+"/.test(match[0]))
			.map((match) => `${relative(siteDir, file)}: ${match[0].slice(0, 80)}`),
	);
}
