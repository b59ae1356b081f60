/**
 * Builds the small valid fixture (tests/fixtures/valid/content) and checks what a reader and a re-user get:
 * article pages with labelled claims, a page per claim, the evidence index, the search index and claims.json.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, tmp } from '../helpers/build.ts';

const outDir = join(tmp, 'fixture-site');
const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

beforeAll(() => {
	const result = buildSite('tests/fixtures/valid/content', outDir);
	expect(result.ok, result.output).toBe(true);
});

describe('a valid content folder becomes a site', () => {
	test('article page shows its claims with worded labels linking to the claim pages', () => {
		const html = page('basics/what-it-is');
		expect(html).toContain('<h1 class="text-3xl font-bold sm:text-4xl">What the fixture says mesotherapy is</h1>');
		expect(html).toMatch(
			/<q>Mesotherapy melts fat anywhere on the body\.<\/q><\/span><a class="label" data-status="unproven" data-label="not-shown" data-tone="unknown" href="\/evidence\/fixture-melts-fat\/"/,
		);
		expect(text(html)).toContain('? Not shown · weak studies : see the evidence for this claim');
		expect(html).toMatch(/data-label="sourced-fact" data-tone="fact" href="\/evidence\/fixture-rejuvenation-unsupported\/"/);
		// A claim declared in another article is shown with its owner's label: a risk is a known risk, never ticked.
		expect(html).toMatch(
			/data-label="known-risk" data-tone="risk" href="\/evidence\/fixture-infections-documented\/"[^>]*><span class="label-mark" aria-hidden="true">⚠︎<\/span>/,
		);
		expect(text(html)).toContain(
			'⚠︎ Known risk · how we know: systematic review · how often is not known : see the evidence for this claim',
		);
		expect(text(html)).not.toMatch(/✓ [^:]*Known risk/);
	});

	test('article page has an evidence box, contents, numbered references, review dates and status', () => {
		const words = text(page('basics/what-it-is'));
		// Counted by kind, in one line: a count is not a verdict.
		expect(words).toContain('This page checks 3 claims: 1 claimed benefit, 1 risk and 1 fact. Each has its own label.');
		expect(words).toContain('Contents');
		expect(words).toContain('Page last reviewed: 21 November 2026');
		expect(words).toContain('Next review due: 21 November 2027');
		expect(words).toContain('Not yet reviewed by a clinician.');
		const html = page('basics/what-it-is');
		const references = [...html.matchAll(/<li id="cite-([^"]+)">/g)].map((match) => match[1]);
		expect(references).toEqual(['rotunda-2006-mesotherapy-pc-review', 'update-2021-facial-rejuvenation-review', 'singsing-2022-ntm-sr']);
		expect(html).toContain('<a href="https://pubmed.ncbi.nlm.nih.gov/16681654/">PubMed 16681654</a>');
		expect(html).toContain('<a href="https://doi.org/10.1097/SCS.0000000000007557">DOI 10.1097/SCS.0000000000007557</a>');
		expect(text(html)).toContain('Systematic review (with pooled effect summary).');
		expect(html).toContain('<a href="/side-effects/fixture-infections/">Fixture infections page</a>');
	});

	test('a glossary word links to the glossary and carries its definition for hover, focus and screen readers', () => {
		const html = page('basics/what-it-is');
		const term = html.match(
			/<span class="term"><a href="\/about\/glossary\/#term-dermis" aria-describedby="([^"]+)">dermis<\/a><span class="term-tip" role="tooltip" id="([^"]+)"[^>]*>([^<]+)<\/span><\/span>/,
		);
		expect(term).not.toBeNull();
		expect(term![1]).toBe(term![2]);
		expect(term![3]).toMatch(/^The thick middle layer of your skin/);
		expect(page('about/glossary')).toMatch(/<div id="term-dermis"><dt[^>]*>dermis<\/dt><dd>The thick middle layer/);
	});

	test('each claim has its own page with status, certainty or reason, sources and the articles using it', () => {
		const unproven = text(page('evidence/fixture-melts-fat'));
		expect(unproven).toContain('Mesotherapy melts fat anywhere on the body.');
		expect(unproven).toContain('Not shown · weak studies');
		expect(unproven).toContain('Why: the only studies are small');
		expect(unproven).toContain('Mesotherapy and phosphatidylcholine injections: historical clarification and review');
		const backed = page('evidence/fixture-infections-documented');
		expect(text(backed)).toContain('Known risk · how we know: systematic review · how often is not known');
		expect(text(backed)).toContain('How we know: systematic review.');
		expect(text(backed)).toContain('How often is not known.');
		expect(text(backed)).not.toContain('Certainty:');
		expect(backed).toContain('Clinical features of mesotherapy-associated non-tuberculous mycobacterial infections');
		// Owner first, then the article that borrows the claim.
		const used = [...backed.matchAll(/<li><a href="(\/(?:basics|side-effects)\/[^"]+)">/g)].map((match) => match[1]);
		expect(used).toEqual(['/side-effects/fixture-infections/', '/basics/what-it-is/']);
	});

	test('the evidence index counts the claims and links each topic with its counts, without JavaScript', () => {
		const html = page('evidence');
		expect(text(html)).toContain('The guide checks 3 claims: 1 claimed benefit, 1 risk and 1 fact.');
		expect(html).toContain(
			'<a href="/evidence/topic/basics/" class="font-bold">Basics</a>: 2 claims (1 claimed benefit, 0 risks, 1 fact).',
		);
		expect(html).toContain('>Side effects</a>: 1 claim (0 claimed benefits, 1 risk, 0 facts).');
		// Each label is explained and links each topic's claims with that label.
		expect(html).toMatch(/id="known-risk"[^>]*>.*?Known risk \(1\)/);
		expect(html).toMatch(/id="not-shown"[^>]*>.*?Not shown \(1\)/);
		const notShown = html.slice(html.indexOf('id="not-shown"'));
		expect(notShown).toContain('<li id="not-shown-basics"><a href="/evidence/topic/basics/#not-shown">Basics (1)</a>');
		expect(notShown).not.toContain('/evidence/topic/side-effects/'); // no such claims there
		// Old links to the former two labels still land on this page.
		expect(html).toContain('<span id="unproven-basics"></span>');
		expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
	});

	test("a topic's evidence page lists its claims under their label, in the labels' order", () => {
		const html = page('evidence/topic/basics');
		expect(text(html)).toContain('The guide checks 2 claims here: 1 claimed benefit, 0 risks and 1 fact.');
		const backed = html.slice(html.indexOf('id="sourced-fact"'), html.indexOf('id="not-shown"'));
		const unproven = html.slice(html.indexOf('id="not-shown"'));
		expect(html.indexOf('id="sourced-fact"')).toBeLessThan(html.indexOf('id="not-shown"'));
		// The former anchors still land on the first group of each status.
		expect(html.indexOf('id="evidence-backed"')).toBeLessThan(html.indexOf('id="sourced-fact"'));
		expect(backed).toContain('/evidence/fixture-rejuvenation-unsupported/');
		expect(unproven).toContain('/evidence/fixture-melts-fat/');
		expect(unproven).not.toContain('/evidence/fixture-rejuvenation-unsupported/');
		// A claim is listed under the topic of the article that declares it, once.
		expect(html).not.toContain('/evidence/fixture-infections-documented/');
		expect(page('evidence/topic/side-effects')).toContain('/evidence/fixture-infections-documented/');
	});

	test('claims.json lists every claim with status, certainty or reason, sources and its page', () => {
		const claims = JSON.parse(readFileSync(join(outDir, 'claims.json'), 'utf8'));
		expect(claims).toHaveLength(3);
		expect(claims.find((claim: { id: string }) => claim.id === 'fixture-melts-fat')).toEqual({
			id: 'fixture-melts-fat',
			statement: 'Mesotherapy melts fat anywhere on the body.',
			kind: 'benefit',
			status: 'unproven',
			label: { id: 'not-shown', text: 'Not shown · weak studies' },
			certainty: null,
			reason: 'weak-studies',
			howWeKnow: null,
			howOften: null,
			sources: [
				{
					id: 'rotunda-2006-mesotherapy-pc-review',
					title: 'Mesotherapy and phosphatidylcholine injections: historical clarification and review',
					pmid: '16681654',
					doi: '10.1111/j.1524-4725.2006.32100.x',
					url: 'https://pubmed.ncbi.nlm.nih.gov/16681654/',
				},
			],
			url: 'https://mesotherapy-guide.example/evidence/fixture-melts-fat/',
			article: 'https://mesotherapy-guide.example/basics/what-it-is/',
		});
		// A risk carries how we know (computed from its sources) and how often.
		expect(claims.find((claim: { id: string }) => claim.id === 'fixture-infections-documented')).toMatchObject({
			kind: 'risk',
			label: { id: 'known-risk', text: 'Known risk · how we know: systematic review · how often is not known' },
			certainty: null,
			howWeKnow: { id: 'systematic-review', text: 'systematic review' },
			howOften: { text: 'how often is not known', known: false, source: null },
		});
		const references = JSON.parse(readFileSync(join(outDir, 'references.json'), 'utf8'));
		expect(references.map((reference: { id: string }) => reference.id).sort()).toEqual([
			// The help routes' sources (English and Spanish editions), which the fixture holds for the worried pages.
			'aemps-ram-notification-page',
			'asps-asaps-fig-closure',
			'cofc-notificaram-citizens',
			'cofepris-ram-notification-page',
			'eu-112-emergency-number-page',
			'fda-medwatch-reporting',
			'gobmx-911-single-emergency-number',
			'noventagrados-2026-mexico-911',
			'rotunda-2006-mesotherapy-pc-review',
			'singsing-2022-ntm-sr',
			'swast-when-to-call-999',
			'update-2021-facial-rejuvenation-review',
			'us-911-when-to-call',
			'yellowcard-mhra-what-to-report',
		]);
		// The help routes' sources are cited by the worried pages, not by a claim (MedWatch: the English and the Spanish one).
		expect(references.find((reference: { id: string }) => reference.id === 'fda-medwatch-reporting')).toMatchObject({
			claims: [],
			usedBy: ['https://mesotherapy-guide.example/worried/', 'https://mesotherapy-guide.example/es/preocupado/'],
		});
		expect(references.find((reference: { id: string }) => reference.id === 'cofepris-ram-notification-page')).toMatchObject({
			claims: [],
			usedBy: ['https://mesotherapy-guide.example/es/preocupado/'],
		});
	});

	test('the search index covers articles and claims only, and navigation lists only sections with pages', () => {
		expect(existsSync(join(outDir, 'pagefind/pagefind.js'))).toBe(true);
		const indexed = readdirSync(join(outDir, 'pagefind/fragment')).length;
		expect(indexed).toBe(8); // 2 articles + 3 claims, and the 3 claims' Spanish pages (in the Spanish index)
		const nav = page('basics/what-it-is').match(/<nav aria-label="Sections".*?<\/nav>/s)![0];
		expect(nav).toContain('href="/side-effects/"');
		expect(nav).not.toContain('href="/ingredients/"');
	});
});
