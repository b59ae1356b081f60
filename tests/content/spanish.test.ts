/**
 * The Spanish edition of the real guide: one evidence base (every Spanish claim page and /es/claims.json carry
 * exactly the English label and sources), pages paired both ways, honest about translation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { serve } from '../../scripts/lib/serve.ts';
import { readRedirects } from '../../src/utils/redirects.ts';
import { claims, contentDir, pageHtml, readJson, siteDir, type ExportedClaim } from '../helpers/site.ts';

const sitemap = () =>
	[...readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
const spanishPaths = () => sitemap().filter((path) => path.startsWith('/es/'));
/** The label id and the source ids a claim page shows. */
const evidenceOf = (html: string) => ({
	label: /<article data-claim-page="[^"]+" data-label="([^"]+)"/.exec(html)?.[1],
	sources: [...html.matchAll(/<li data-source="([^"]+)"/g)].map((match) => match[1]),
});

/** The path a page's hreflang alternate in `lang` points to, if it has one. */
const alternate = (html: string, lang: string) =>
	new RegExp(`<link rel="alternate" hreflang="${lang}" href="https?://[^/"]+(/[^"]*)">`).exec(html)?.[1];

/** Why an English page lacks a proper Spanish pair, or undefined when it has one. */
function pairProblem(english: string): string | undefined {
	const spanish = alternate(pageHtml(english), 'es');
	if (!spanish) return 'no <link rel="alternate" hreflang="es">';
	if (!existsSync(join(siteDir, spanish, 'index.html'))) return `its Spanish pair ${spanish} was not built`;
	const html = pageHtml(spanish);
	if (!html.startsWith('<!DOCTYPE html><html lang="es">')) return `its Spanish pair ${spanish} is not <html lang="es">`;
	if (alternate(html, 'en') !== english) return `its Spanish pair ${spanish} does not link back with hreflang="en"`;
	return undefined;
}

type SpanishClaim = ExportedClaim & { language: string; statementLanguage: string; english: string };

describe('one evidence base', () => {
	test('every Spanish claim page carries exactly the English label and sources', () => {
		for (const claim of claims()) {
			const english = evidenceOf(pageHtml(`/evidence/${claim.id}/`));
			const spanish = evidenceOf(pageHtml(`/es/evidencia/${claim.id}/`));
			expect(english.label, claim.id).toBe(claim.label.id);
			expect(spanish, claim.id).toEqual(english);
			expect(spanish.sources, claim.id).toEqual(claim.sources.map((source) => source.id));
		}
	});

	test('/es/claims.json has the same claims, labels and sources as /claims.json, in Spanish words', () => {
		const english = claims();
		const spanish = readJson<SpanishClaim[]>('es/claims.json');
		expect(spanish.map((claim) => claim.id)).toEqual(english.map((claim) => claim.id));
		spanish.forEach((claim, index) => {
			const original = english[index]!;
			expect(claim.language).toBe('es');
			expect({
				kind: claim.kind,
				status: claim.status,
				label: claim.label.id,
				certainty: claim.certainty,
				reason: claim.reason,
				sources: claim.sources,
			}).toEqual({
				kind: original.kind,
				status: original.status,
				label: original.label.id,
				certainty: original.certainty,
				reason: original.reason,
				sources: original.sources,
			});
			expect(claim.url).toContain('/es/evidencia/');
		});
		// Translated owners give Spanish statements.
		expect(spanish.filter((claim) => claim.statementLanguage === 'es').length).toBeGreaterThan(english.length / 2);
	});
});

describe('pages paired both ways', () => {
	test('every Spanish page is <html lang="es">, and every pair links each other with hreflang and the language switch', () => {
		const paths = spanishPaths();
		expect(paths.length).toBeGreaterThan(250);
		for (const path of paths) {
			const html = pageHtml(path);
			expect(html, path).toMatch(/^<!DOCTYPE html><html lang="es">/);
			const english = /<link rel="alternate" hreflang="en" href="https?:\/\/[^/"]+(\/[^"]*)">/.exec(html)?.[1];
			if (!english) continue; // e.g. the translation status page has no English pair
			expect(html, path).toContain(`<a href="${english}" hreflang="en" lang="en">English</a>`);
			const back = pageHtml(english);
			expect(back, english).toMatch(
				new RegExp(`<link rel="alternate" hreflang="es" href="[^"]*${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">`),
			);
			expect(back, english).toContain(`<a href="${path}" hreflang="es" lang="es">Español</a>`);
		}
	});

	test('every English page in the sitemap has its Spanish pair, lang="es", and both link each other with hreflang', () => {
		const moved = new Set(readRedirects(contentDir).map((redirect) => redirect.from));
		const english = sitemap().filter((path) => !path.startsWith('/es/') && !moved.has(path) && !/^\/404(\.html|\/)$/.test(path));
		expect(english).toContain('/evidence/topic/ingredients/2/');
		expect(english).toContain('/references/sources/2/');
		const lacking = english.flatMap((path) => {
			const problem = pairProblem(path);
			return problem ? [`${path}: ${problem}`] : [];
		});
		expect(lacking, 'English pages without a Spanish pair').toEqual([]);
		// The check can fail: a page with no pair (the translation status page has none) is named with its reason.
		expect(pairProblem('/es/estado-de-la-traduccion/')).toBe('no <link rel="alternate" hreflang="es">');
	});

	test('paginated hubs and topics pair page by page', () => {
		expect(alternate(pageHtml('/evidence/topic/ingredients/2/'), 'es')).toBe('/es/evidencia/tema/ingredientes/2/');
		const spanish = pageHtml('/es/evidencia/tema/ingredientes/2/');
		expect(spanish).toContain(
			'<nav aria-label="Páginas" class="mt-8 flex flex-wrap items-center gap-4"><a href="/es/evidencia/tema/ingredientes/">Página anterior</a><span>Página 2 de 2</span></nav>',
		);
		// The same claims on the same page in both languages.
		const claimIds = (html: string) =>
			[...html.matchAll(/<a href="(?:\/es)?\/evid[a-z]+\/([^/"]+)\/" class="claim-statement"/g)].map((match) => match[1]);
		expect(claimIds(spanish)).toEqual(claimIds(pageHtml('/evidence/topic/ingredients/2/')));
		expect(claimIds(spanish).length).toBeGreaterThan(0);
	});

	test('the sitemap lists the alternates of each pair', () => {
		const xml = readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8');
		expect(xml).toMatch(
			/<loc>[^<]*\/uses\/body-fat\/<\/loc>(?:<lastmod>[^<]*<\/lastmod>)?<xhtml:link rel="alternate" hreflang="en" href="[^"]*\/uses\/body-fat\/"\/><xhtml:link rel="alternate" hreflang="es" href="[^"]*\/es\/usos\/grasa-corporal\/"\/>/,
		);
	});
});

describe('Spanish addresses', () => {
	test('a kit lives at its Spanish slug, paired with the English kit, and its first address redirects there in Spanish', () => {
		expect(alternate(pageHtml('/consultation/body-fat/'), 'es')).toBe('/es/consulta/grasa-corporal/');
		expect(pageHtml('/es/consulta/grasa-corporal/')).toMatch(/^<!DOCTYPE html><html lang="es">/);
		const old = pageHtml('/es/consulta/body-fat/');
		expect(old).toContain('<html lang="es">');
		expect(old).toContain('<h1>Esta página ha cambiado de dirección</h1>');
		expect(old).toContain('<meta http-equiv="refresh" content="0; url=/es/consulta/grasa-corporal/">');
		expect(readFileSync(join(siteDir, '_redirects'), 'utf8')).toContain('/es/consulta/body-fat/ /es/consulta/grasa-corporal/ 301');
		// The kits index links the Spanish addresses.
		expect(pageHtml('/es/consulta/')).toContain('href="/es/consulta/grasa-corporal/"');
		expect(pageHtml('/es/consulta/')).not.toContain('href="/es/consulta/body-fat/"');
	});
});

describe('honest about translation', () => {
	test('every Spanish page says it is a translation of the English edition, from which date, and that no clinician reviewed it', () => {
		const pages = [...spanishPaths(), '/es/404/'];
		expect(pages.length).toBeGreaterThan(290);
		const silent = pages.filter((path) => {
			const notice =
				/<aside aria-label="Sobre esta traducción"[^>]*data-translation-notice[\s\S]*?<\/aside>/.exec(pageHtml(path))?.[0] ?? '';
			return !/Traducido de la edición en inglés el \d{1,2} de [a-z]+ de \d{4}\. Ningún médico ha revisado esta traducción\./.test(notice);
		});
		expect(silent, 'Spanish pages that do not say they are a translation').toEqual([]);
		// A page translated in the interface text only (a hub) links its English page from the notice.
		expect(pageHtml('/es/usos/')).toMatch(
			/data-translation-notice[^>]*>[\s\S]*?<a href="\/uses\/" hreflang="en">Leer la página original en inglés<\/a>/,
		);
		expect(pageHtml('/uses/')).not.toContain('data-translation-notice');
	});

	test('every translated article says when it was translated, that no clinician reviewed it, and links the English page', () => {
		const html = pageHtml('/es/usos/grasa-corporal/');
		expect(html).toContain(
			'<aside aria-label="Sobre esta traducción" class="card mb-4" data-translation-notice data-pagefind-ignore><p>Traducido de la edición en inglés el 30 de noviembre de 2026. Ningún médico ha revisado esta traducción. <a href="/uses/body-fat/" hreflang="en">Leer la página original en inglés</a>.</p></aside>',
		);
		expect(html).toContain('data-pagefind-body');
	});

	test('the status page lists every English article and kit with its state', () => {
		const html = pageHtml('/es/estado-de-la-traduccion/');
		const rows = [...html.matchAll(/<tr data-state="([^"]+)" data-english="([^"]+)">/g)];
		const englishArticles = sitemap().filter(
			(path) =>
				!path.startsWith('/es/') &&
				/^\/(basics|uses|procedure|ingredients|side-effects|aftercare|faq|about)\/[^/]+\/$/.test(path) &&
				!/\/\d+\/$/.test(path),
		);
		for (const path of englishArticles.filter((path) => path !== '/about/glossary/'))
			expect(
				rows.map((row) => row[2]),
				path,
			).toContain(path);
		expect(rows.filter((row) => row[1] === 'up-to-date').length).toBeGreaterThan(30);
	});

	test('links in Spanish bodies lead to the Spanish page where there is one', () => {
		const html = pageHtml('/es/usos/grasa-corporal/');
		expect(html).not.toMatch(/href="\/uses\/fat-under-the-chin\/"/);
	});
});

describe('the Spanish "page not found" on hosts', () => {
	test('_redirects sends a missing /es/ address to the Spanish 404, after the renamed pages', () => {
		const rules = readFileSync(join(siteDir, '_redirects'), 'utf8')
			.split('\n')
			.filter((line) => line && !line.startsWith('#'));
		expect(rules.at(-1)).toBe('/es/*  /es/404/  404');
		expect(rules.slice(0, -1).every((line) => line.endsWith(' 301'))).toBe(true);
	});

	test('a copy at /es/404.html, for hosts that serve the nearest 404.html', () => {
		const copy = readFileSync(join(siteDir, 'es/404.html'), 'utf8');
		expect(copy).toBe(pageHtml('/es/404/'));
		expect(copy).toMatch(/^<!DOCTYPE html><html lang="es">/);
		expect(copy).toContain('No encontramos la página');
	});

	test('the preview server answers a missing /es/ address with the Spanish 404, any other with the English one', async () => {
		const server = await serve(siteDir);
		try {
			const spanish = await fetch(`${server.url}/es/usos/no-existe/`);
			expect(spanish.status).toBe(404);
			expect(await spanish.text()).toMatch(/^<!DOCTYPE html><html lang="es">[\s\S]*No encontramos la página/);
			const english = await fetch(`${server.url}/uses/no-such-page/`);
			expect(english.status).toBe(404);
			expect(await english.text()).toMatch(/^<!DOCTYPE html><html lang="en-GB">[\s\S]*Page not found/);
		} finally {
			await server.close();
		}
	});
});
