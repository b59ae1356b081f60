/**
 * The Spanish references, for-clinics page and aftercare feed of the real guide: each Spanish page pairs with its
 * English page; every link to a source on a Spanish page stays in Spanish and lands on an anchor that exists;
 * titles keep their own language; clinics get the Spanish handouts and a valid Atom feed of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { SaxesParser } from 'saxes';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { contentDir, pageHtml, readJson, references, siteDir } from '../helpers/site.ts';
import { studyTypeLabels, studyTypeLabelsEs } from '../../src/schemas/reference.ts';

const sitemap = () =>
	[...readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
const englishReferencePages = () => sitemap().filter((path) => /^\/references\/(sources\/(\d+\/)?)?$/.test(path));
const spanishOf = (path: string) =>
	path.replace(/^\/references\/sources\//, '/es/referencias/fuentes/').replace(/^\/references\//, '/es/referencias/');
const anchors = (html: string) => [...html.matchAll(/<li id="(ref-[^"]+)"/g)].map((match) => match[1]);
const alternate = (html: string, lang: string) =>
	new RegExp(`<link rel="alternate" hreflang="${lang}" href="https?://[^/"]+(/[^"]*)">`).exec(html)?.[1];
const main = (html: string) => parseHtml(html).querySelector('main')!;
/** Every Spanish aftercare handout: /es/cuidados-posteriores/<slug>/. */
const spanishHandouts = () => sitemap().filter((path) => /^\/es\/cuidados-posteriores\/[^/]+\/$/.test(path) && !/\/\d+\/$/.test(path));
/** The language a reference file gives its title (English when it gives none). */
const titleLanguage = (key: string) =>
	(parseYaml(readFileSync(join(contentDir, 'references', `${key}.yaml`), 'utf8')) as { language?: string }).language ?? 'en';

describe('Spanish references pages', () => {
	test('every English references page has a Spanish page, lang="es", paired both ways, with the same sources and anchors', () => {
		const english = englishReferencePages();
		expect(english).toContain('/references/');
		expect(english.length).toBe(1 + Math.ceil(references().length / 30));
		for (const path of english) {
			const spanish = spanishOf(path);
			const [en, es] = [pageHtml(path), pageHtml(spanish)];
			expect(es, spanish).toMatch(/^<!DOCTYPE html><html lang="es">/);
			expect(alternate(es, 'en'), spanish).toBe(path);
			expect(alternate(en, 'es'), path).toBe(spanish);
			expect(es, spanish).toContain(`<a href="${path}" hreflang="en" lang="en">English</a>`);
			expect(en, path).toContain(`<a href="${spanish}" hreflang="es" lang="es">Español</a>`);
			expect(anchors(es), spanish).toEqual(anchors(en));
			expect(anchors(es).length, spanish).toBeGreaterThan(0);
		}
		expect(main(pageHtml('/es/referencias/')).querySelector('h1')?.text).toBe('Fuentes');
		expect(main(pageHtml('/es/referencias/fuentes/2/')).querySelector('h1')?.text).toBe('Las fuentes en detalle, página 2');
	});

	test('study types are named in Spanish, and each title, author and journal is marked with its own language', () => {
		const englishOnly = Object.values(studyTypeLabels).filter((label) => !Object.values(studyTypeLabelsEs).includes(label));
		let marked = 0;
		let spanishTitles = 0;
		for (const path of englishReferencePages().filter((path) => path.includes('/sources/'))) {
			const page = main(pageHtml(spanishOf(path)));
			for (const item of page.querySelectorAll('li[id^="ref-"]')) {
				const key = item.id.replace(/^ref-/, '');
				const studyType = item.querySelector('span.font-semibold')!.text;
				expect(
					Object.values(studyTypeLabelsEs).some((label) => studyType.startsWith(label)),
					`${key}: ${studyType}`,
				).toBe(true);
				expect(
					englishOnly.filter((label) => studyType.startsWith(label)),
					key,
				).toEqual([]);
				const cite = item.querySelector('cite');
				if (!cite) continue;
				const language = titleLanguage(key);
				expect(cite.getAttribute('lang'), key).toBe(language === 'es' ? undefined : language);
				if (language === 'es') spanishTitles++;
				else marked++;
			}
		}
		expect(marked).toBeGreaterThan(100);
		expect(spanishTitles).toBeGreaterThan(3);
	});

	test('a reference whose title has Spanish, French or German letters says which language it is in', () => {
		const files = readdirSync(join(contentDir, 'references')).filter((file) => file.endsWith('.yaml'));
		const foreign = files
			.map((file) => file.replace(/\.yaml$/, ''))
			.filter((key) => {
				const { title } = parseYaml(readFileSync(join(contentDir, 'references', `${key}.yaml`), 'utf8')) as { title: string };
				return /[¿¡ñáéíóúàèçâêôûäöüß]/i.test(title.replace(/®|™/g, ''));
			});
		expect(foreign.length).toBeGreaterThan(10);
		for (const key of foreign) expect(titleLanguage(key), `content/references/${key}.yaml: add language`).not.toBe('en');
	});

	test('"cited for" shows each claim in Spanish words and links its Spanish claim page', () => {
		const spanish = new Map(
			readJson<{ id: string; statement: string; statementLanguage: string }[]>('es/claims.json').map((claim) => [claim.id, claim]),
		);
		let links = 0;
		for (const path of englishReferencePages().filter((path) => path.includes('/sources/'))) {
			const en = main(pageHtml(path)).querySelectorAll('a[href^="/evidence/"]');
			const es = main(pageHtml(spanishOf(path))).querySelectorAll('a[href^="/es/evidencia/"]');
			expect(es.map((link) => link.getAttribute('href')!.replace('/es/evidencia/', '/evidence/'))).toEqual(
				en.map((link) => link.getAttribute('href')),
			);
			for (const link of es) {
				const claim = spanish.get(link.getAttribute('href')!.split('/')[3]!)!;
				expect(link.text, claim.id).toBe(claim.statement);
				expect(link.getAttribute('lang'), claim.id).toBe(claim.statementLanguage === 'es' ? undefined : 'en');
				links++;
			}
			expect(main(pageHtml(spanishOf(path))).text).not.toMatch(/Cited for|products and names you may hear/);
		}
		expect(links).toBeGreaterThan(150);
	});

	test('every link to a source on a Spanish page leads to the Spanish references, to an anchor that exists there', () => {
		const ids = new Map<string, Set<string>>();
		const idsOn = (path: string) => {
			if (!ids.has(path)) ids.set(path, new Set([...pageHtml(path).matchAll(/\sid="([^"]+)"/g)].map((match) => match[1])));
			return ids.get(path)!;
		};
		let withFragment = 0;
		for (const page of sitemap().filter((path) => path.startsWith('/es/'))) {
			for (const link of parseHtml(pageHtml(page)).querySelectorAll('a[href]')) {
				const href = link.getAttribute('href')!;
				const [path, fragment] = href.split('#') as [string, string | undefined];
				if (/^\/(references|for-clinics)\//.test(path)) {
					// Only the language switch and the translation notice lead to the English page, and say so.
					expect(link.getAttribute('hreflang'), `${page}: ${href}`).toBe('en');
					expect(fragment, `${page}: ${href}`).toBeUndefined();
					continue;
				}
				if (!path.startsWith('/es/referencias/')) continue;
				if (fragment) {
					expect(idsOn(path).has(fragment), `${page}: ${href}`).toBe(true);
					withFragment++;
				}
			}
			expect(pageHtml(page), page).not.toContain('href="/aftercare/changes.xml"');
		}
		expect(withFragment).toBeGreaterThan(200);
		// The footer of every Spanish page links the Spanish references and the Spanish page for clinics.
		expect(pageHtml('/es/')).toContain('<a href="/es/referencias/">Fuentes</a>');
		expect(pageHtml('/es/')).toContain('<a href="/es/para-clinicas/">Para clínicas</a>');
	});

	test('old #ref- anchors keep working on the English page', () => {
		const en = new Set(anchors(pageHtml('/references/')));
		for (const reference of references()) expect(en.has(`ref-${reference.id}`), reference.id).toBe(true);
		expect(pageHtml('/worried/')).toMatch(/<a href="\/references\/#ref-[^"]+">/);
	});
});

/** The Spanish aftercare feed, parsed by a conforming XML parser: the root and each entry's fields. */
function parseFeed(xml: string) {
	const parser = new SaxesParser({ xmlns: true });
	const feed = { root: '', ns: '', lang: '', self: '', entries: [] as Record<string, string>[] };
	const stack: string[] = [];
	let entry: Record<string, string> | undefined;
	parser.on('opentag', (tag) => {
		stack.push(tag.local);
		if (stack.length === 1) {
			feed.root = tag.local;
			feed.ns = tag.uri;
			feed.lang = String(tag.attributes['xml:lang']?.value ?? '');
		}
		if (tag.local === 'entry') entry = {};
		if (tag.local === 'link' && tag.attributes.rel?.value === 'self' && stack.length === 2) feed.self = tag.attributes.href!.value;
		if (tag.local === 'link' && entry) entry.link = tag.attributes.href!.value;
	});
	parser.on('text', (text) => {
		const name = stack.at(-1)!;
		if (entry && ['title', 'id', 'updated', 'summary'].includes(name)) entry[name] = (entry[name] ?? '') + text;
	});
	parser.on('closetag', (tag) => {
		stack.pop();
		if (tag.local === 'entry' && entry) {
			feed.entries.push(entry);
			entry = undefined;
		}
	});
	parser.write(xml).close();
	return feed;
}

describe('the Spanish aftercare feed and the page for clinics', () => {
	test('/es/cuidados-posteriores/changes.xml is valid Atom listing every Spanish handout with its Spanish title and address', () => {
		const feed = parseFeed(readFileSync(join(siteDir, 'es/cuidados-posteriores/changes.xml'), 'utf8'));
		expect(feed.root).toBe('feed');
		expect(feed.ns).toBe('http://www.w3.org/2005/Atom');
		expect(feed.lang).toBe('es');
		expect(new URL(feed.self).pathname).toBe('/es/cuidados-posteriores/changes.xml');
		const handouts = spanishHandouts();
		expect(handouts.length).toBe(readdirSync(join(contentDir, 'translations/es/articles/aftercare')).length);
		for (const entry of feed.entries) {
			expect(entry.title && entry.id && entry.summary, JSON.stringify(entry)).toBeTruthy();
			expect(Number.isNaN(Date.parse(entry.updated!))).toBe(false);
			expect(new URL(entry.link!).pathname).toMatch(/^\/(es\/cuidados-posteriores|aftercare)\/[^/]+\/$/);
		}
		for (const path of handouts) {
			const title = main(pageHtml(path)).querySelector('h1')!.text.trim();
			const english = alternate(pageHtml(path), 'en')!;
			const englishTitle = main(pageHtml(english)).querySelector('h1')!.text.trim();
			expect(title, path).not.toBe(englishTitle);
			const listed = feed.entries.find((entry) => new URL(entry.link!).pathname === path);
			expect(listed, path).toBeDefined();
			expect(listed!.title.startsWith(title), path).toBe(true);
		}
	});

	test('/es/para-clinicas/ pairs with /for-clinics/ and links every Spanish handout, the Spanish feeds and the Spanish pages', () => {
		const html = pageHtml('/es/para-clinicas/');
		expect(html).toMatch(/^<!DOCTYPE html><html lang="es">/);
		expect(alternate(html, 'en')).toBe('/for-clinics/');
		expect(alternate(pageHtml('/for-clinics/'), 'es')).toBe('/es/para-clinicas/');
		const page = main(html);
		const links = page.querySelectorAll('a').map((link) => link.getAttribute('href'));
		for (const path of spanishHandouts()) expect(links, path).toContain(path);
		for (const path of ['/es/cuidados-posteriores/changes.xml', '/es/changes.xml', '/es/preocupado/', '/es/consulta/'])
			expect(links, path).toContain(path);
		expect(links.filter((href) => href?.startsWith('/aftercare/'))).toEqual([]);
		expect(page.querySelector('h1')?.text).toBe('Para clínicas');
		// The example of a section address names a heading that exists on that Spanish handout.
		const example = page.querySelectorAll('code').find((code) => code.text.includes('://') && code.text.includes('#'));
		const [address, fragment] = example!.text.split('#') as [string, string];
		expect(pageHtml(new URL(address).pathname)).toContain(`id="${fragment}"`);
		// English keeps its own feed.
		expect(pageHtml('/for-clinics/')).toContain('<a href="/aftercare/changes.xml">aftercare feed</a>');
	});
});
