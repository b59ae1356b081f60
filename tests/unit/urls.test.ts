import { describe, expect, test } from 'vitest';
import { absoluteUrl, urls } from '../../src/utils/urls.ts';

describe('the URL helper', () => {
	test('builds every kind of internal URL with a trailing slash', () => {
		expect(urls.home()).toBe('/');
		expect(urls.section('side-effects')).toBe('/side-effects/');
		expect(urls.article('aftercare/the-first-24-hours')).toBe('/aftercare/the-first-24-hours/');
		expect(urls.claim('mesotherapy-melts-fat')).toBe('/evidence/mesotherapy-melts-fat/');
		expect(urls.evidence()).toBe('/evidence/');
		expect(urls.reference('singsing-2022-ntm-sr')).toBe('/references/#ref-singsing-2022-ntm-sr');
		expect(urls.worried()).toBe('/worried/');
		expect(urls.aftercareFeed()).toBe('/aftercare/changes.xml');
	});

	test('search links carry the query, encoded', () => {
		expect(urls.search()).toBe('/search/');
		expect(urls.search('does mesotherapy melt fat?')).toBe('/search/?q=does%20mesotherapy%20melt%20fat%3F');
	});

	test('external identifiers become PubMed and DOI links; paths become absolute on the site', () => {
		expect(urls.pubmed('34516073')).toBe('https://pubmed.ncbi.nlm.nih.gov/34516073/');
		expect(urls.doi('10.1097/SCS.0000000000007557')).toBe('https://doi.org/10.1097/SCS.0000000000007557');
		expect(absoluteUrl('/evidence/x/')).toBe('https://mesotherapy-guide.example/evidence/x/');
	});
});

import { shorten } from '../../src/utils/text.ts';

describe('shortening titles', () => {
	test('keeps short text and cuts long text at a word with an ellipsis', () => {
		expect(shorten('Mesotherapy melts fat.', 40)).toBe('Mesotherapy melts fat.');
		expect(shorten('Small injections of hyaluronic acid may make your skin hold more water', 40)).toBe(
			'Small injections of hyaluronic acid may…',
		);
	});
});

import { registerSlugs, urlsFor } from '../../src/utils/urls.ts';
import { langOf } from '../../src/i18n/languages.ts';

describe('Spanish addresses (urlsFor)', () => {
	test('English keeps its addresses; Spanish ones live under /es/ with Spanish section slugs', () => {
		expect(urlsFor('en').section('side-effects')).toBe('/side-effects/');
		expect(urlsFor('es').section('side-effects')).toBe('/es/efectos-secundarios/');
		expect(urlsFor('es').claim('bruising-is-common')).toBe('/es/evidencia/bruising-is-common/');
		expect(urlsFor('es').evidenceTopic('uses')).toBe('/es/evidencia/tema/usos/');
		// Hubs and topics paginate alike in both languages: page n pairs with page n.
		expect(urlsFor('en').section('uses', 2)).toBe('/uses/2/');
		expect(urlsFor('es').section('uses', 2)).toBe('/es/usos/2/');
		expect(urlsFor('es').section('uses', 1)).toBe('/es/usos/');
		expect(urlsFor('es').evidenceTopic('ingredients', 2)).toBe('/es/evidencia/tema/ingredientes/2/');
		expect(urlsFor('es').term('dermis')).toBe('/es/acerca-de/glosario/#term-dermis');
		expect(urlsFor('es').search('grasa')).toBe('/es/buscar/?q=grasa');
		expect(urlsFor('es').reference('singsing-2022-ntm-sr')).toBe('/es/referencias/#ref-singsing-2022-ntm-sr');
		expect(urlsFor('es').referenceDetails(2, 'singsing-2022-ntm-sr')).toBe('/es/referencias/fuentes/2/#ref-singsing-2022-ntm-sr');
		expect(urlsFor('es').referenceDetails(1)).toBe('/es/referencias/fuentes/');
		expect(urlsFor('es').forClinics()).toBe('/es/para-clinicas/');
		expect(urlsFor('es').aftercareFeed()).toBe('/es/cuidados-posteriores/changes.xml');
		expect(langOf('/es/usos/')).toBe('es');
		expect(langOf('/uses/')).toBe('en');
	});

	test('a translated article has its Spanish slug; an untranslated one links its English page', () => {
		registerSlugs('es', new Map([['uses/body-fat', 'grasa-corporal']]));
		expect(urlsFor('es').article('uses/body-fat')).toBe('/es/usos/grasa-corporal/');
		expect(urlsFor('es').article('uses/pain')).toBe('/uses/pain/');
	});
});
