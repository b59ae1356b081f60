/**
 * Products, regulatory status and prices on the real built guide: one status per product and country everywhere
 * it is shown, the products page lists every product with its source and the page to read, and no price appears
 * that is not a dated, sourced entry of content/costs/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { articleIds, contentDir, pageHtml } from '../helpers/site.ts';

const products = readdirSync(join(contentDir, 'products'))
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => ({ id: file.replace(/\.yaml$/, ''), ...parse(readFileSync(join(contentDir, 'products', file), 'utf8')) }));
const declared = new Map(
	products.flatMap((product) =>
		product.status.map((entry: { country: string; status: string }) => [`${product.id} ${entry.country}`, entry.status]),
	),
);
const pages = ['/products/', ...articleIds().map((id) => `/${id}/`)];

/** Every status shown on a page: "product country" → status. */
function shownStatuses(html: string): [string, string][] {
	const shown: [string, string][] = [];
	for (const list of html.matchAll(/<ul[^>]*data-product-status="([^"]+)"[^>]*>([\s\S]*?)<\/ul>/g)) {
		for (const item of list[2].matchAll(/<li data-country="([^"]+)" data-status="([^"]+)"/g))
			shown.push([`${list[1]} ${item[1]}`, item[2]]);
	}
	return shown;
}

describe('regulatory status', () => {
	test('every page shows a product’s status in a country exactly as content/products declares it, so no two pages disagree', () => {
		const disagreements: string[] = [];
		let count = 0;
		for (const path of pages) {
			for (const [key, status] of shownStatuses(pageHtml(path))) {
				count++;
				if (declared.get(key) !== status) disagreements.push(`${path}: ${key} shown as ${status}, declared ${declared.get(key)}`);
			}
		}
		expect(disagreements).toEqual([]);
		expect(count).toBeGreaterThan(products.length);
	});

	test('the page on phosphatidylcholine and deoxycholate states UK status from the data, not "could not confirm"', () => {
		const html = pageHtml('/ingredients/phosphatidylcholine-and-deoxycholate/');
		expect(html).not.toMatch(/could not confirm the status/i);
		expect(shownStatuses(html).map(([key]) => key)).toEqual(expect.arrayContaining(['lipostabil UK', 'lipo-lab-ppc UK']));
	});

	test('the products page lists every product with what is in it, each status, a source and a page to read', () => {
		const html = pageHtml('/products/');
		for (const product of products) {
			const section = html.match(new RegExp(`<section[^>]*data-product="${product.id}"[\\s\\S]*?</section>`))?.[0] ?? '';
			expect(section, product.id).toContain(product.name);
			expect(section, product.id).toMatch(/Source: /);
			expect(shownStatuses(section).length, product.id).toBe(product.status.length);
			expect(section, product.id).toMatch(/Checked <time datetime="\d{4}-\d{2}-\d{2}">/);
			if (product.articles?.length) expect(section, product.id).toContain(`href="/${product.articles[0]}/"`);
		}
	});

	test('an article a product lists names it under "Sold as" with a link to its source', () => {
		const html = pageHtml('/ingredients/deoxycholic-acid/');
		const line = html.match(/<p[^>]*data-sold-as>[\s\S]*?<\/p>/)?.[0] ?? '';
		expect(line).toContain('Sold as, for example:');
		expect(line).toMatch(/>Kybella<\/a> \(<a href="\/references\/#ref-[a-z0-9-]+"/);
	});
});

describe('prices', () => {
	test('the cost page shows each sourced price with its country and date', () => {
		const html = pageHtml('/procedure/cost-and-number-of-sessions/');
		const costs = readdirSync(join(contentDir, 'costs')).filter((file) => file.endsWith('.yaml'));
		expect(costs.length).toBeGreaterThan(0);
		for (const file of costs) {
			const cost = parse(readFileSync(join(contentDir, 'costs', file), 'utf8'));
			const card = html.match(new RegExp(`<section[^>]*data-cost="${file.replace(/\.yaml$/, '')}"[\\s\\S]*?</section>`))?.[0] ?? '';
			expect(card, file).toContain(cost.range);
			expect(card, file).toContain(String(cost.dated));
			expect(card, file).toMatch(/Checked <time/);
		}
	});

	test('no page shows a price outside the sourced price cards', () => {
		const priced: string[] = [];
		for (const path of pages) {
			const main = pageHtml(path).match(/<main[\s\S]*<\/main>/)?.[0] ?? '';
			const outside = main.replace(/<div class="space-y-4" data-cost-ranges>[\s\S]*?<\/div>(?=\s*<p)/g, '');
			for (const match of outside.replace(/<[^>]+>/g, ' ').matchAll(/[£$€]\s?\d[\d,.]*/g)) priced.push(`${path}: ${match[0]}`);
		}
		expect(priced).toEqual([]);
	});
});
