/**
 * Sources shown to readers are sources: PubMed and DOI first, a mirror (document-sharing site, forum, clinic
 * site) never presented as the source, and research notes never printed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { referenceDisplay, secondaryHostKindsEs, secondaryHosts, withoutNotes } from '../../src/utils/source-links.ts';
import type { ReferenceData } from '../../src/schemas/reference.ts';

const base: ReferenceData = { title: 'A trial', studyType: 'rct', url: 'https://pubmed.ncbi.nlm.nih.gov/12345678/' };

describe('research notes are never printed', () => {
	test.each([
		['not shown (Wiley abstract page; topical arnica vs vehicle)', undefined],
		['not confirmed in seen records', undefined],
		['Pak et al. (initials not shown)', 'Pak et al.'],
		[
			'Journal of the Pan Arab League of Dermatologists (20:137-145, per citing reference lists); also presented as poster P843',
			'Journal of the Pan Arab League of Dermatologists; also presented as poster P843',
		],
		[
			'Clinical, Cosmetic and Investigational Dermatology 2023;16:861-867',
			'Clinical, Cosmetic and Investigational Dermatology 2023;16:861-867',
		],
	])('%s', (raw, shown) => {
		expect(withoutNotes(raw)).toBe(shown);
	});
});

describe('links', () => {
	test('PubMed and DOI come first; a PubMed address for the same PMID is not repeated', () => {
		expect(referenceDisplay({ ...base, pmid: '12345678', doi: '10.1000/x' }).links.map((link) => link.text)).toEqual([
			'PubMed 12345678',
			'DOI 10.1000/x',
		]);
	});

	test('a mirror is left out when there is a PubMed id or DOI', () => {
		const shown = referenceDisplay({ ...base, doi: '10.1000/x', url: 'https://www.scribd.com/document/1/' });
		expect(shown.links.map((link) => link.text)).toEqual(['DOI 10.1000/x']);
		expect(shown.seenAt).toBeUndefined();
	});

	test.each([
		['https://www.scribd.com/document/1/', 'scribd.com', 'a document-sharing site'],
		['https://docslib.org/doc/1', 'docslib.org', 'a document-sharing site'],
		['https://tressless.com/threads/1', 'tressless.com', 'a forum'],
		['https://www.drsplinck.nl/mesotherapie-studieresultaten/', 'drsplinck.nl', 'a clinic’s website'],
		['https://unknown-host.example/article', 'unknown-host.example', 'a site that is not the publisher'],
	])('without an identifier, a study seen on %s is "seen as cited", never a link', (url, host, kind) => {
		const shown = referenceDisplay({ ...base, url });
		expect(shown.links).toEqual([]);
		expect(shown.seenAt).toEqual({ host, kind });
	});

	test('a publisher’s or regulator’s own page is the source; a news site only reports a regulator', () => {
		expect(referenceDisplay({ ...base, url: 'https://journals.lww.com/x' }).links).toEqual([
			{ href: 'https://journals.lww.com/x', text: 'Read it at journals.lww.com', at: { host: 'journals.lww.com', reported: false } },
		]);
		expect(referenceDisplay({ ...base, studyType: 'regulatory', url: 'https://www.gov.uk/x' }).links[0].text).toBe('Read it at gov.uk');
		expect(referenceDisplay({ ...base, studyType: 'regulatory', url: 'https://www.skininc.com/x' }).links[0].text).toBe(
			'Reported at skininc.com',
		);
		expect(referenceDisplay({ ...base, studyType: 'news-report', url: 'https://www.webmd.com/x' }).links[0].text).toBe(
			'Read it at webmd.com',
		);
		expect(referenceDisplay({ ...base, studyType: 'regulatory', url: 'https://ro.scribd.com/x' }).seenAt?.kind).toBe(
			'a document-sharing site',
		);
	});
});

test('every kind of site that is not a source has its Spanish words', () => {
	const kinds = new Set([...Object.values(secondaryHosts), referenceDisplay({ ...base, url: 'https://unknown.example/x' }).seenAt!.kind]);
	for (const kind of kinds) expect(secondaryHostKindsEs[kind], kind).toMatch(/^(un|una|el|la) /);
});

test('no reference in the guide shows a research note or presents a mirror as its source', () => {
	const dir = join(import.meta.dirname, '../../content/references');
	const notes = /not shown|not confirmed|not printed|per citing|per DOI|seen records|not visible|\bn\/a\b/i;
	for (const file of readdirSync(dir).filter((name) => name.endsWith('.yaml'))) {
		const shown = referenceDisplay(parse(readFileSync(join(dir, file), 'utf8')));
		expect(`${shown.title ?? ''} ${shown.authors ?? ''} ${shown.journal ?? ''}`, file).not.toMatch(notes);
		for (const link of shown.links)
			expect(link.href, file).not.toMatch(/scribd|docslib|tressless|drsplinck|studyres|123dok|pdfslide|pdffox|researchgate/);
	}
});
