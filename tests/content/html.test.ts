/**
 * Every page of the built site is valid HTML (html-validate, recommended rules): Astro 7 no longer repairs
 * invalid nesting, so a <div> inside a <p> would reach readers as it is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../helpers/build.ts';
import { htmlErrors } from '../helpers/gates.ts';
import { siteDir } from '../helpers/site.ts';
import { htmlFiles } from '../../src/utils/site-files.ts';

const files = htmlFiles(siteDir);

describe('valid HTML', () => {
	test('the gate catches a planted defect', async () => {
		const planted = readFileSync(join(root, 'tests/fixtures/defects/invalid-html.html'), 'utf8');
		expect((await htmlErrors(planted, 'invalid-html.html')).join('\n')).toMatch(
			/no-implicit-close: Element <p> is implicitly closed by adjacent <div>/,
		);
	});

	test('the site has pages to check', () => {
		expect(files.length).toBeGreaterThan(20);
	});

	test.each(files)('%s', async (file) => {
		expect(await htmlErrors(readFileSync(join(siteDir, file), 'utf8'), file)).toEqual([]);
	});
});
