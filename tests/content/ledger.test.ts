/**
 * Clinics' links never break: every address in content/url-ledger.txt still resolves (page, redirect or
 * #anchor), and every public address of the site is in the ledger, so a future rename is caught.
 */
import { describe, expect, test } from 'vitest';
import { publicUrls, readLedger, unresolved } from '../../src/lint/ledger.ts';
import { contentDir, siteDir } from '../helpers/site.ts';

const ledger = readLedger(contentDir);

describe('the URL ledger of the guide', () => {
	test('lists the published addresses', () => {
		expect(ledger.length).toBeGreaterThan(100);
		expect(ledger).toContain('/aftercare/the-first-24-hours/');
	});

	test('every address in it still resolves, directly or through a redirect', () => {
		expect(unresolved(ledger, siteDir)).toEqual([]);
	});

	test('every public address is in it (run `npm run ledger` after adding pages)', () => {
		const known = new Set(ledger);
		expect(publicUrls(siteDir).filter((url) => !known.has(url))).toEqual([]);
	});
});
