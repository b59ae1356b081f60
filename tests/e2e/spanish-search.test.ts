/**
 * Search in Spanish: /es/buscar/ runs against the Spanish Pagefind index (its own, from <html lang="es">), speaks
 * Spanish, corrects from the Spanish vocabulary (/es/search-words.json) and never returns an English page.
 */
import { describe, expect, test } from 'vitest';
import { browserSession } from '../helpers/browser.ts';
import { siteDir } from '../helpers/site.ts';

const session = browserSession(siteDir);

async function searchFor(query: string) {
	const page = await session.browser.newPage();
	await page.goto(`${session.site.url}/es/buscar/?q=${encodeURIComponent(query)}`);
	await page.locator('[data-search-results][data-done]').waitFor();
	const result = {
		status: (await page.locator('[data-search-status]').textContent()) ?? '',
		note: (await page.locator('[data-search-note]').textContent()) ?? '',
		paths: await page
			.locator('[data-search-results] h3 a')
			.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname)),
	};
	await page.close();
	return result;
}

describe('Spanish search', () => {
	test('Spanish words find Spanish pages, and only Spanish pages', async () => {
		const result = await searchFor('grasa de la papada');
		expect(result.status).toMatch(/resultados? para/);
		expect(result.paths.length).toBeGreaterThan(0);
		expect(result.paths.every((path) => path.startsWith('/es/'))).toBe(true);
		expect(result.paths.slice(0, 3)).toContain('/es/usos/papada/');
	});

	test('a Spanish alias finds its page', async () => {
		const result = await searchFor('lipopapada');
		expect(
			result.paths
				.slice(0, 3)
				.some((path) => ['/es/usos/papada/', '/es/usos/grasa-corporal/', '/es/ingredientes/acido-desoxicolico/'].includes(path)),
		).toBe(true);
	});

	test('nothing found still leaves a way on, in Spanish, to the Spanish evidence index', async () => {
		const result = await searchFor('qqqqzz');
		expect(result.status).toMatch(/^No hay resultados/);
		expect(result.note).toContain('También puede ver todas las afirmaciones y sus pruebas');
	});

	test('"did you mean" draws on a Spanish vocabulary of its own', async () => {
		const response = await fetch(`${session.site.url}/es/search-words.json`);
		const words = (await response.json()) as string[];
		expect(words).toContain('mesoterapia');
		expect(words).toContain('inyecciones');
		expect(words).not.toContain('injections');
	});
});
