/**
 * A worried reader at night finds help from anywhere: the worried page lists every symptom once with its level and a
 * link to the page that explains it; every page's header links it; side-effect and aftercare pages, their hubs and the
 * home page point to it; clinics get a feed of aftercare changes only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { articleIds, contentDir, pageHtml, siteDir } from '../helpers/site.ts';

const symptoms = readdirSync(join(contentDir, 'symptoms'))
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => ({
		id: file.replace(/\.yaml$/, ''),
		...(parse(readFileSync(join(contentDir, 'symptoms', file), 'utf8')) as { level: string; explainedIn: string }),
	}));
const worried = pageHtml('worried');
const sitemap = readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);

describe('the worried page', () => {
	test('lists every symptom exactly once, linking to the page that explains it', () => {
		expect(symptoms.length).toBeGreaterThan(20);
		for (const symptom of symptoms) {
			const items = [...worried.matchAll(new RegExp(`<li[^>]*data-symptom="${symptom.id}"[^>]*>([\\s\\S]*?)</li>`, 'g'))];
			expect(items.length, symptom.id).toBe(1);
			expect(items[0][1], symptom.id).toContain(`href="/${symptom.explainedIn}/#when-to-get-help"`);
		}
	});

	test('puts the emergency signs first, and the other signs under their level', () => {
		const emergency = worried.indexOf('data-worried-emergency');
		expect(emergency).toBeGreaterThan(-1);
		for (const symptom of symptoms) {
			const at = worried.indexOf(`data-symptom="${symptom.id}"`);
			if (symptom.level === 'emergency') expect(at, symptom.id).toBeLessThan(worried.indexOf('id="by-time"'));
			else expect(worried.slice(at - 200, at + 200), symptom.id).toContain(`data-level="${symptom.level}"`);
		}
	});

	test('names the help routes and reporting schemes by place', () => {
		for (const text of [
			'In the UK',
			'NHS 111',
			'In Ireland',
			'In the US',
			'Anywhere else',
			'Yellow Card',
			'MedWatch',
			'your national medicines regulator',
			'Call your local emergency number now',
		])
			expect(worried).toContain(text);
	});
});

describe('ways to the worried page', () => {
	test('the header of every page links it', () => {
		expect(paths.length).toBeGreaterThan(100);
		for (const path of paths) {
			const html = readFileSync(join(siteDir, path, 'index.html'), 'utf8');
			// Spanish pages link the Spanish worried page.
			const target = path.startsWith('/es/') ? '\\/es\\/preocupado\\/' : '\\/worried\\/';
			expect(html, path).toMatch(
				new RegExp(`<header data-site-header[\\s\\S]*?href="${target}"[^>]*data-worried-link[\\s\\S]*?<\\/header>`),
			);
		}
	});

	test.each(articleIds().filter((id) => /^(side-effects|aftercare)\//.test(id)))(
		'%s points to it and to its own help cards at the top',
		(id) => {
			const html = pageHtml(id);
			const top = html.slice(html.indexOf('<h1'), html.indexOf('<div class="prose">'));
			expect(top).toContain('href="#when-to-get-help"');
			expect(top).toContain('href="/worried/"');
		},
	);

	test('the home page and the side-effect and aftercare hubs point to it near the top', () => {
		const home = pageHtml('');
		expect(home.indexOf('data-worried-entry')).toBeGreaterThan(-1);
		expect(home.indexOf('data-worried-entry')).toBeLessThan(home.indexOf('id="at-a-glance"'));
		for (const hub of ['side-effects', 'aftercare']) expect(pageHtml(hub)).toMatch(/data-help-first[^>]*>[\s\S]*?href="\/worried\/"/);
	});
});

test('clinics get a feed of aftercare changes only, with every aftercare version', () => {
	const feed = readFileSync(join(siteDir, 'aftercare/changes.xml'), 'utf8');
	const links = [...feed.matchAll(/<entry>[\s\S]*?<link rel="alternate" href="[^"]+?(\/[^"]*)"\/>/g)].map(
		(match) => new URL(match[1], 'https://x').pathname,
	);
	expect(links.length).toBeGreaterThanOrEqual(articleIds().filter((id) => id.startsWith('aftercare/')).length);
	expect(links.filter((path) => !path.startsWith('/aftercare/'))).toEqual([]);
	expect(feed).toContain('<link rel="self" href="https://mesotherapy-guide.example/aftercare/changes.xml"/>');
});
