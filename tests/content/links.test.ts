/** Every internal link and #fragment on the built site resolves (linkinator, internal links only). */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { root } from '../helpers/build.ts';
import { brokenLinks } from '../helpers/gates.ts';
import { serve, type StaticServer } from '../../scripts/lib/serve.ts';
import { siteDir } from '../helpers/site.ts';

let site: StaticServer;
let planted: StaticServer;
beforeAll(async () => {
	site = await serve(siteDir);
	planted = await serve(join(root, 'tests/fixtures/defects/broken-links'));
});
afterAll(async () => {
	await site?.close();
	await planted?.close();
});

describe('links', () => {
	test('the gate catches a planted missing page and a missing fragment, and passes good ones', async () => {
		const broken = await brokenLinks(`${planted.url}/`);
		expect(broken.map((line) => line.split(' ')[0])).toEqual(['/no-such-page/', '/page/#missing-anchor']);
	});

	test('no internal link or fragment on the site is broken', async () => {
		expect(await brokenLinks(`${site.url}/`)).toEqual([]);
	}, 180_000);
});
