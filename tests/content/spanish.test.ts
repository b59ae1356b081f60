/**
 * The Spanish edition of the real guide: one evidence base (every Spanish claim page and /es/claims.json carry
 * exactly the English label and sources), pages paired both ways, honest about translation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { claims, pageHtml, readJson, siteDir, type ExportedClaim } from '../helpers/site.ts';

const sitemap = () =>
	[...readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
const spanishPaths = () => sitemap().filter((path) => path.startsWith('/es/'));
/** The label id and the source ids a claim page shows. */
const evidenceOf = (html: string) => ({
	label: /<article data-claim-page="[^"]+" data-label="([^"]+)"/.exec(html)?.[1],
	sources: [...html.matchAll(/<li data-source="([^"]+)"/g)].map((match) => match[1]),
});

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

	test('the sitemap lists the alternates of each pair', () => {
		const xml = readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8');
		expect(xml).toMatch(
			/<loc>[^<]*\/uses\/body-fat\/<\/loc>(?:<lastmod>[^<]*<\/lastmod>)?<xhtml:link rel="alternate" hreflang="en" href="[^"]*\/uses\/body-fat\/"\/><xhtml:link rel="alternate" hreflang="es" href="[^"]*\/es\/usos\/grasa-corporal\/"\/>/,
		);
	});
});

describe('honest about translation', () => {
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
