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
