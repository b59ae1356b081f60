/**
 * Clinics print aftercare pages, and clients consultation kits, as handouts: each must fit one A4 and one US
 * Letter page, in black and white,
 * without navigation, with the page's URL, version, review date, a QR code pointing to the live page and the address
 * of the warning signs page; aftercare sheets keep a blank area for the clinic's own instructions. A build without
 * SITE_URL marks every sheet as a preview copy (tests/build/publish.test.ts builds one with SITE_URL).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { absoluteUrl } from '../../src/utils/urls.ts';
import { browserSession } from '../helpers/browser.ts';
import { contentDir, siteDir } from '../helpers/site.ts';
import { readRedirects } from '../../src/utils/redirects.ts';

/** Handouts: every aftercare page and every consultation kit, in English and in Spanish (not the old addresses). */
const moved = new Set(readRedirects(contentDir).map((redirect) => redirect.from));
const handouts = ['aftercare', 'consultation', 'es/cuidados-posteriores', 'es/consulta'].flatMap((section) =>
	readdirSync(join(siteDir, section), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => `/${section}/${entry.name}/`)
		.filter((path) => !moved.has(path)),
);
const spanish = (path: string) => path.startsWith('/es/');

const session = browserSession(siteDir);

/** Pages in a PDF: its page objects (/Type /Page, not /Pages). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/** What a printed page shows: visible navigation, coloured text, the footer's facts. */
const printed = (page: Page) =>
	page.evaluate(() => {
		const visible = (element: Element) => {
			const box = element.getBoundingClientRect();
			return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
		};
		const colourful = [...document.querySelectorAll('main *')]
			.filter(
				(element) =>
					visible(element) && element.childNodes.length && [...element.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()),
			)
			.map((element) => ({
				element,
				rgb: getComputedStyle(element)
					.color.match(/\d+(\.\d+)?/g)!
					.slice(0, 3)
					.map(Number),
			}))
			.filter(({ rgb }) => Math.max(...rgb) - Math.min(...rgb) > 10)
			.map(({ element, rgb }) => `${element.tagName.toLowerCase()}.${element.className} rgb(${rgb.join(',')})`);
		const footer = document.querySelector('[data-printed-head]');
		return {
			navigation: [...document.querySelectorAll('nav, header[data-site-header], footer')].filter(visible).length,
			colourful,
			footerVisible: footer ? visible(footer) : false,
			url: document.querySelector('[data-handout-url]')?.textContent ?? '',
			version: document.querySelector('[data-handout-version]')?.textContent ?? '',
			worried: document.querySelector('[data-printed-worried]')?.textContent ?? '',
			preview: (() => {
				const mark = document.querySelector('[data-preview-copy]');
				return mark && visible(mark) ? (mark.textContent ?? '') : '';
			})(),
			clinicNotes: (() => {
				const notes = document.querySelector('[data-clinic-notes]');
				return notes && visible(notes) ? notes.getBoundingClientRect().height : 0;
			})(),
			reviewed:
				footer?.textContent?.match(
					/(?:Page last reviewed|Última revisión de la página en inglés:) (\d+ (?:de )?\p{L}+ (?:de )?\d{4})/u,
				)?.[1] ?? '',
			qr: (() => {
				const qr = document.querySelector('[data-printed-head] svg.qr');
				return qr && visible(qr) ? qr.getBoundingClientRect().width : 0;
			})(),
		};
	});

describe('handouts', () => {
	test('there are aftercare pages and consultation kits to print', () => {
		expect(handouts.filter((path) => path.startsWith('/aftercare/')).length).toBeGreaterThanOrEqual(1);
		expect(handouts.filter((path) => path.startsWith('/consultation/')).length).toBe(7);
	});

	test.each(handouts)('%s prints on one A4 and one Letter page with URL, version, review date and QR code', async (path) => {
		const page = await session.browser.newPage();
		await page.goto(session.site.url + path);
		await page.emulateMedia({ media: 'print', colorScheme: 'light' });
		const facts = await printed(page);
		expect(facts.navigation, 'navigation is hidden').toBe(0);
		expect(facts.colourful, 'black and white').toEqual([]);
		expect(facts.footerVisible).toBe(true);
		expect(facts.url).toBe(absoluteUrl(path));
		expect(facts.version).toMatch(spanish(path) ? /^Versión \d+$/ : /^Version \d+$/);
		expect(facts.reviewed).toMatch(/^\d{1,2} (?:de )?\p{L}+ (?:de )?\d{4}$/u);
		expect(facts.qr, 'QR code at least 2 cm wide').toBeGreaterThan(70);
		expect(facts.worried, 'every sheet says where the warning signs are').toContain(
			absoluteUrl(spanish(path) ? '/es/preocupado/' : '/worried/'),
		);
		// The test site is built without SITE_URL: a preview, which every sheet must admit to.
		expect(facts.preview, 'a preview build marks the sheet').toContain(
			spanish(path) ? 'Copia de prueba, no para entregar' : 'Preview copy, not for handing out',
		);
		if (path.startsWith('/aftercare/') || path.startsWith('/es/cuidados-posteriores/'))
			expect(facts.clinicNotes, 'a blank area for the clinic, about 2 cm').toBeGreaterThan(60);
		for (const format of ['A4', 'Letter'] as const) {
			const pdf = await page.pdf({ format, printBackground: false });
			expect(pdfPages(pdf), `${format} pages`).toBe(1);
		}
		await page.close();
	});
});
