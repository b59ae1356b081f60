/**
 * The guide answers what the seed articles raise (../shared/evidence/seed-claims.yaml): every marketing claim is
 * answered by a typed claim (claims' `seeds`) or, where no source allows one, in a page's words (`answers`); every
 * open question and contradiction by a page (`answers`),
 * with at least 150 claims and 30 FAQ questions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { root } from '../helpers/build.ts';
import { articleIds, claims, frontmatter, pageHtml } from '../helpers/site.ts';

const seedFile = parse(readFileSync(join(root, '../shared/evidence/seed-claims.yaml'), 'utf8')) as {
	claims: { id: string }[];
	contradictions: { id: string }[];
	questions_left_unanswered: { id: string }[];
};
const articles = articleIds();
const front = articles.map((id) => frontmatter(id) as { claims?: { seeds?: string[] }[]; answers?: string[] });
const seedsAnswered = new Set(front.flatMap((data) => (data.claims ?? []).flatMap((claim) => claim.seeds ?? [])));
const pagesAnswer = new Set(front.flatMap((data) => data.answers ?? []));

describe('coverage of the seed articles', () => {
	test('every marketing claim in seed-claims.yaml is answered, nearly all by a typed claim', () => {
		expect(seedFile.claims.length).toBeGreaterThan(100);
		expect(seedFile.claims.map((claim) => claim.id).filter((id) => !seedsAnswered.has(id) && !pagesAnswer.has(id))).toEqual([]);
		// Answering in prose is for the few claims no source lets us label.
		expect(seedFile.claims.filter((claim) => !seedsAnswered.has(claim.id)).length).toBeLessThanOrEqual(5);
	});

	test('every open question is answered by a page', () => {
		expect(seedFile.questions_left_unanswered.map((q) => q.id).filter((id) => !pagesAnswer.has(id))).toEqual([]);
	});

	test('every contradiction between the seeds is explained by a page', () => {
		expect(seedFile.contradictions.map((c) => c.id).filter((id) => !pagesAnswer.has(id))).toEqual([]);
	});

	test('seeds and answers name only ids that seed-claims.yaml has', () => {
		const known = new Set([...seedFile.claims, ...seedFile.contradictions, ...seedFile.questions_left_unanswered].map((item) => item.id));
		expect([...seedsAnswered, ...pagesAnswer].filter((id) => !known.has(id))).toEqual([]);
	});
});

describe('size of the guide', () => {
	test('at least 150 typed claims, both labels well represented', () => {
		const all = claims();
		expect(all.length).toBeGreaterThanOrEqual(150);
		expect(all.filter((claim) => claim.status === 'evidence-backed').length).toBeGreaterThan(40);
		expect(all.filter((claim) => claim.status === 'unproven').length).toBeGreaterThan(40);
	});

	test('at least 30 questions on the FAQ pages', () => {
		const questions = articles
			.filter((id) => id.startsWith('faq/'))
			.flatMap((id) =>
				parseHtml(pageHtml(id))
					.querySelectorAll('.prose h2')
					.map((h) => h.textContent.trim()),
			)
			.filter((text) => text.endsWith('?'));
		expect(questions.length).toBeGreaterThanOrEqual(30);
	});

	test('one page for each use, ingredient, side effect and aftercare topic the guide promises', () => {
		const required = [
			...[
				'face-and-skin-quality',
				'skin-boosters-and-hydration',
				'melasma-and-pigmentation',
				'dark-circles',
				'acne-scars',
				'hair-loss',
				'fat-under-the-chin',
				'body-fat',
				'cellulite',
				'pain',
			].map((slug) => `uses/${slug}`),
			...[
				'hyaluronic-acid',
				'vitamin-and-amino-acid-cocktails',
				'deoxycholic-acid',
				'phosphatidylcholine-and-deoxycholate',
				'caffeine-and-l-carnitine',
				'collagenase-and-enzymes',
				'botulinum-toxin-micro-doses',
				'dutasteride-and-finasteride',
				'minoxidil',
				'tranexamic-acid',
				'glutathione-and-vitamin-c',
				'polynucleotides',
				'homeopathic-and-plant-mixtures',
				'local-anaesthetics',
			].map((slug) => `ingredients/${slug}`),
			...[
				'bruising-swelling-and-redness',
				'pain-and-itching',
				'lumps-and-nodules',
				'delayed-infections',
				'allergic-reactions',
				'skin-damage',
				'hair-loss-after-scalp-injections',
				'nerve-injury',
			].map((slug) => `side-effects/${slug}`),
			...['the-first-24-hours', 'the-first-week', 'face', 'scalp', 'body', 'warning-signs'].map((slug) => `aftercare/${slug}`),
		];
		expect(required.filter((id) => !articles.includes(id))).toEqual([]);
	});
});
