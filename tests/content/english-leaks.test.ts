/**
 * No English leaks onto a Spanish page: on every built page under dist/es/, every element marked lang="en" is one
 * of the allowed kinds (tests/helpers/english-leaks.ts: the language switch, a link to the English page, a
 * source's title, the summary of a version newer than the translation). A failure names the page and the text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sectionSlugs } from '../../src/utils/urls.ts';
import { readFrontmatter } from '../../src/utils/frontmatter.ts';
import { englishLeaks } from '../helpers/english-leaks.ts';
import { contentDir, pageHtml, siteDir } from '../helpers/site.ts';

/** The Spanish pages' HTML files, as site paths. */
function spanishPages(dir = join(siteDir, 'es')): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return spanishPages(path);
		return entry.name.endsWith('.html') ? [`/${relative(siteDir, path)}`] : [];
	});
}

/** A translated article's Spanish address and its frontmatter. */
function spanishArticle(id: string) {
	const data = readFrontmatter<{ slug: string; changes?: Record<string, string> }>(
		readFileSync(join(contentDir, 'translations/es/articles', `${id}.mdx`), 'utf8'),
	);
	const section = id.split('/')[0] as keyof typeof sectionSlugs.es;
	return { path: `/es/${sectionSlugs.es[section]}/${data.slug}/`, data };
}

/** The text of each change-log entry on a page, by version. */
const changeLog = (html: string) =>
	Object.fromEntries(
		[...html.matchAll(/<li id="version-(\d+)">([\s\S]*?)<\/li>/g)].map((match) => [
			match[1],
			{ html: match[2]!, summary: match[2]!.replace(/^[\s\S]*?<\/time>:\s*/, '').replace(/<[^>]+>/g, '') },
		]),
	);

describe('no English on Spanish pages', () => {
	test('the scanner finds an English leak and passes the allowed kinds (it can fail)', () => {
		const sample = `<html lang="es"><body><li data-language-switch><a href="/" hreflang="en" lang="en">English</a></li>
			<p>Fuente: <cite lang="en">A study title</cite>. <a href="/x/" hreflang="en" lang="en">An English page</a></p>
			<li id="version-3"><span lang="en" data-english-allowed="newer-version">A newer English summary.</span></li>
			<p><span lang="en">First version of this <em>page</em>.</span> <span lang="en" data-english-allowed="made-up">Sneaky.</span></p></body></html>`;
		expect(englishLeaks(sample)).toEqual([
			{ tag: 'span', text: 'First version of this page.' },
			{ tag: 'span', text: 'Sneaky.' },
		]);
	});

	test('every element marked lang="en" on a Spanish page is an allowed kind', () => {
		const pages = spanishPages();
		expect(pages.length).toBeGreaterThan(200);
		const leaks = pages.flatMap((path) =>
			englishLeaks(readFileSync(join(siteDir, path), 'utf8')).map((leak) => `${path}: <${leak.tag} lang="en">${leak.text}`),
		);
		expect(leaks, 'English text on Spanish pages (translate it, or mark an allowed kind)').toEqual([]);
	});

	test("a Spanish page's changes list is in Spanish: the translation's summaries, and the Spanish first-version words", () => {
		const face = spanishArticle('aftercare/face');
		const logged = changeLog(pageHtml(face.path));
		expect(Object.keys(logged).sort()).toEqual(['1', '2']);
		for (const [version, entry] of Object.entries(logged)) {
			expect(entry.summary, `${face.path} version ${version}`).toBe(face.data.changes?.[version]);
			expect(entry.html).not.toContain('lang="en"');
			expect(entry.html).toMatch(/^Versión \d+, <time datetime="[\d-]+">\d+ de [a-z]+ de \d{4}<\/time>/);
		}
		const plain = spanishArticle('uses/body-fat');
		expect(plain.data.changes).toBeUndefined();
		expect(changeLog(pageHtml(plain.path))['1']?.summary).toBe('Primera versión de esta página.');
	});

	test("a Spanish article lists its related pages by their Spanish titles, each the linked page's own title", () => {
		const face = pageHtml(spanishArticle('aftercare/face').path);
		const nav = /<nav aria-labelledby="related"[\s\S]*?<\/nav>/.exec(face)?.[0] ?? '';
		const links = [...nav.matchAll(/<a href="([^"]+)"([^>]*)>([^<]+)<\/a>/g)];
		expect(links.length).toBeGreaterThan(0);
		for (const [, href, attrs, text] of links) {
			if (attrs!.includes('hreflang="en"')) continue;
			expect(href).toMatch(/^\/es\//);
			expect(pageHtml(href!), href).toMatch(new RegExp(`<h1[^>]*>${text!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h1>`));
		}
	});

	test('prices and risk frequencies are in Spanish words, with the English figures', () => {
		const cost = pageHtml(spanishArticle('procedure/cost-and-number-of-sessions').path);
		const prices = cost.slice(cost.indexOf('data-cost-ranges'));
		expect(prices).toContain('Precio que da la fuente:');
		expect(prices).not.toMatch(/Price the source gives|per treatment|Checked /);
		expect(prices).toContain('de $1,000 a $2,400 por tratamiento (una visita), en EE. UU.');
		expect(prices).toMatch(/Comprobado el <time datetime="2026-11-30">30 de noviembre de 2026<\/time>/);
		const claim = pageHtml('/es/evidencia/deoxycholic-acid-common-side-effects/');
		expect(claim).toContain('Frecuencia: en los ensayos, unas 7 de cada 10 personas tratadas tuvieron moratones.');
		expect(claim).not.toContain('about 7 in 10');
	});
});
