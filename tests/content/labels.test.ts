/**
 * Labels a reader reads right, over the real built site: no page shows a tick or the benefit colour on a risk,
 * no false or failed claim reads "may still turn out to be true", the home page answers goal by goal, and
 * /claims.json carries each claim's kind and label (and, for a risk, how we know and how often).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { articleIds, claims, frontmatter, siteDir } from '../helpers/site.ts';

const all = claims();
const byPath = new Map(all.map((claim) => [new URL(claim.url).pathname, claim]));

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}
const pages = htmlFiles(siteDir).map((file) => ({ path: `/${relative(siteDir, file)}`, html: readFileSync(file, 'utf8') }));

describe('claims.json', () => {
	test('every claim carries its kind and its label’s id and words', () => {
		expect(all.length).toBeGreaterThan(100);
		for (const claim of all) {
			expect(['benefit', 'risk', 'fact'], claim.id).toContain(claim.kind);
			expect(['helps', 'known-risk', 'sourced-fact', 'not-true', 'does-not-work', 'not-shown'], claim.id).toContain(claim.label.id);
			expect(claim.label.text.length, claim.id).toBeGreaterThan(3);
		}
	});

	test('a known risk has how we know and how often, and no certainty; a fact has no certainty', () => {
		const risks = all.filter((claim) => claim.kind === 'risk' && claim.status === 'evidence-backed');
		expect(risks.length).toBeGreaterThan(5);
		for (const risk of risks) {
			expect(risk.label.id, risk.id).toBe('known-risk');
			expect(risk.certainty, risk.id).toBeNull();
			expect(risk.howWeKnow?.text, risk.id).toBeTruthy();
			expect(risk.howOften?.text, risk.id).toBeTruthy();
			expect(risk.label.text, risk.id).toContain(`how we know: ${risk.howWeKnow!.text}`);
		}
		for (const fact of all.filter((claim) => claim.kind === 'fact')) expect(fact.certainty, fact.id).toBeNull();
	});

	test('contradicted claims are “not true”; claims that failed in trials say so', () => {
		for (const claim of all.filter((c) => c.reason === 'contradicted'))
			expect(claim.label, claim.id).toEqual({ id: 'not-true', text: 'Not true' });
		for (const claim of all.filter((c) => c.reason === 'negative-trials')) expect(claim.label.id, claim.id).toBe('does-not-work');
	});
});

describe('every built page', () => {
	test('no page says a claim “may still turn out to be true”', () => {
		const offending = pages.filter((page) => /may still turn out to be true/i.test(page.html)).map((page) => page.path);
		expect(offending).toEqual([]);
	});

	test('no label on any page puts a tick or the benefit colour on a risk, a fact or an unproven claim', () => {
		let checked = 0;
		const wrong: string[] = [];
		for (const page of pages) {
			const root = parse(page.html);
			for (const label of root.querySelectorAll('.label')) {
				const href = label.getAttribute('href') ?? label.closest('[data-claim-id]')?.getAttribute('data-claim-id');
				const claim = href?.startsWith('/') ? byPath.get(href) : all.find((c) => c.id === href);
				const tone = label.getAttribute('data-tone');
				const ticked = label.textContent.includes('✓');
				const labelId = claim?.label.id ?? label.getAttribute('data-label');
				if (!labelId) continue;
				checked++;
				if (labelId !== 'helps' && (ticked || tone === 'benefit')) wrong.push(`${page.path}: ${label.textContent.trim()}`);
			}
		}
		expect(checked).toBeGreaterThan(300);
		expect(wrong).toEqual([]);
	});

	test('a risk’s own page shows how we know and how often, and never a tick', () => {
		for (const risk of all.filter((claim) => claim.label.id === 'known-risk')) {
			const page = pages.find((candidate) => candidate.path === `${new URL(risk.url).pathname}index.html`)!;
			const article = parse(page.html).querySelector('article')!;
			expect(article.textContent, risk.id).not.toContain('✓');
			expect(article.querySelector('[data-how-we-know]'), risk.id).toBeTruthy();
			expect(article.querySelector('[data-how-often]'), risk.id).toBeTruthy();
		}
	});
});

describe('the home page', () => {
	const root = parse(readFileSync(join(siteDir, 'index.html'), 'utf8'));
	const uses = articleIds().filter((id) => id.startsWith('uses/'));

	test('answers goal by goal in a table with a caption and row headers, one row per uses page', () => {
		const table = root.querySelector('table.goals-table')!;
		expect(table).toBeTruthy();
		expect(table.querySelector('caption')?.textContent).toMatch(/goal by goal/i);
		expect(table.querySelectorAll('thead th').map((th) => th.textContent.trim())).toEqual([
			'Goal',
			'Does it work?',
			'How sure',
			'Main risk',
			'What has better evidence',
		]);
		const rows = table.querySelectorAll('tbody tr');
		expect(rows).toHaveLength(uses.length);
		for (const row of rows) expect(row.querySelector('th[scope="row"] a')).toBeTruthy();
		for (const id of uses) {
			const headline = frontmatter(id).headline as { answer: string; risk: string };
			const row = rows.find((candidate) => candidate.querySelector('th a')?.getAttribute('href') === `/${id}/`)!;
			expect(row, id).toBeTruthy();
			const answer = all.find((claim) => claim.id === headline.answer)!;
			expect(row.querySelectorAll('td')[0].textContent, id).toContain(answer.label.text.split(' · ')[0]);
			expect(row.querySelectorAll('td')[2].innerHTML, id).toContain(new URL(all.find((claim) => claim.id === headline.risk)!.url).pathname);
		}
	});

	test('does not headline a count of evidence-backed claims', () => {
		expect(root.textContent).not.toMatch(/\d+ (are )?evidence-backed/);
		expect(root.textContent).toMatch(/claimed benefits?, \d+ risks? and \d+ facts?/);
	});
});
