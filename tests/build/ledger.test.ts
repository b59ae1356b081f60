/**
 * Links clinics shared keep working: every address in the URL ledger resolves in the built site, directly or
 * through a redirect (an HTML redirect page for any host, and dist/_redirects for hosts that read it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { publicUrls, readLedger, unresolved } from '../../src/lint/ledger.ts';
import { buildSite, root, tmp } from '../helpers/build.ts';

const content = 'tests/fixtures/redirect/content';
const site = join(tmp, 'redirect-site');

beforeAll(() => {
	const result = buildSite(content, site);
	expect(result.ok, result.output).toBe(true);
});

describe('the URL ledger', () => {
	test('a renamed page keeps working through an HTML redirect page and a _redirects line', () => {
		const html = readFileSync(join(site, 'basics/old-name/index.html'), 'utf8');
		expect(html).toMatch(/<meta http-equiv="refresh" content="0;url=\/basics\/what-it-is\/"/);
		expect(readFileSync(join(site, '_redirects'), 'utf8')).toContain('/basics/old-name/ /basics/what-it-is/ 301\n');
	});

	test('every ledger address resolves, pages and anchors, also through a redirect', () => {
		const ledger = readLedger(join(root, content));
		expect(ledger).toHaveLength(4);
		expect(unresolved(ledger, site)).toEqual([]);
	});

	test('the check catches a page that disappeared and an anchor that was renamed', () => {
		expect(unresolved(['/basics/gone/', '/basics/what-it-is/#old-heading', '/basics/what-it-is/'], site)).toEqual([
			'/basics/gone/',
			'/basics/what-it-is/#old-heading',
		]);
	});

	test('public addresses include every page and the anchor of every article heading', () => {
		const urls = publicUrls(site);
		expect(urls).toContain('/basics/what-it-is/#what-people-are-told');
		expect(urls).toContain('/evidence/fixture-melts-fat/');
		expect(existsSync(join(site, 'basics/old-name/index.html'))).toBe(true);
	});
});
