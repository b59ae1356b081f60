/**
 * The Spanish edition's rules, each planted as one defect in a copy of the valid fixture and run through the same
 * content gate as `npm run build` (src/validation/content.ts → src/validation/translations.ts and
 * src/data/edition.ts), so every message a translator sees is pinned without a build per case.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/validation/content.ts';
import { formatProblems, formatWarnings } from '../../src/utils/errors.ts';
import { root, tmp } from '../helpers/build.ts';

const day = new Date('2026-11-21T00:00:00Z');
const spanishFile = 'translations/es/articles/basics/what-it-is.mdx';

/** A copy of the valid fixture with Spanish files written in. */
function planted(name: string, files: Record<string, string>, english: Record<string, (text: string) => string> = {}): string {
	const dir = join(tmp, 'planted-es', name, 'content');
	rmSync(join(tmp, 'planted-es', name), { recursive: true, force: true });
	cpSync(join(root, 'tests/fixtures/valid/content'), dir, { recursive: true });
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	for (const [path, edit] of Object.entries(english)) {
		const file = join(dir, path);
		writeFileSync(file, edit(readFileSync(file, 'utf8')));
	}
	return `tests/.tmp/planted-es/${name}/content`;
}

const body = `
## Lo que le dicen

Algunas clínicas dicen esto:

<Claim id="fixture-melts-fat" />

## Lo que encontraron las revisiones

<Claim id="fixture-rejuvenation-unsupported" />

## Riesgos

Las infecciones de la <Term id="dermis">dermis</Term> son el riesgo principal. <Claim id="fixture-infections-documented" />
`;

const translation = ({ front = '', claims = '', text = body, from = 'version: 1\n  lastReviewed: 2026-11-21' } = {}) => `---
title: Qué dice el ejemplo que es la mesoterapia
description: Un artículo de ejemplo, traducido, que solo sirve para comprobar las reglas de la edición en español.
slug: que-es
translatedFrom:
  ${from}
translated: 2026-11-21
claims:
  fixture-melts-fat: "La mesoterapia derrite la grasa en cualquier parte del cuerpo."
  fixture-rejuvenation-unsupported: "Puede que la mesoterapia para rejuvenecer la piel no ayude."
${claims}${front}---
${text}`;

const check = (dir: string) => checkContent(dir, { today: day });
const printed = (dir: string) => {
	const report = check(dir);
	return report.problems.length ? formatProblems(report.problems) : '';
};

describe('Spanish translations in the content gate', () => {
	test('a faithful translation passes, with no warning', () => {
		const report = check(planted('valid', { [spanishFile]: translation() }));
		expect(report.problems).toEqual([]);
		expect(report.warnings).toEqual([]);
	});

	test('a translation restating status is refused, naming the file, the field and the fix', () => {
		const dir = planted('restated-status', { [spanishFile]: translation({ front: 'status: evidence-backed\n' }) });
		expect(printed(dir)).toBe(
			`The guide's content has 1 problem; the site was not built.\n\n${dir}/${spanishFile}\n  status: a translation supplies only words: labels and sources come from the English declaration, so status cannot be restated here.\n    Fix: remove status.\n`,
		);
	});

	test.each([
		[
			'a claim with its own status',
			'  fixture-infections-documented:\n    statement: "Hay infecciones documentadas."\n    status: evidence-backed\n',
			'claims.fixture-infections-documented.status',
		],
		[
			'a claim with its own sources',
			'  fixture-infections-documented:\n    statement: "Hay infecciones documentadas."\n    sources: [rotunda-2006-mesotherapy-pc-review]\n',
			'claims.fixture-infections-documented.sources',
		],
	])('%s is refused', (_, claims, field) => {
		const out = printed(planted(`restated-${field}`, { [spanishFile]: translation({ claims }) }));
		expect(out).toContain(`${field}: a translation supplies only words: labels and sources come from the English declaration`);
	});

	test.each([
		['certainty', 'certainty: low\n'],
		['kind', 'kind: fact\n'],
		['reason', 'reason: no-trials\n'],
		['sources', 'sources: [rotunda-2006-mesotherapy-pc-review]\n'],
		['level', 'level: urgent\n'],
	])('restating %s is refused', (field, front) => {
		expect(printed(planted(`restated-${field}`, { [spanishFile]: translation({ front }) }))).toContain(`Fix: remove ${field}.`);
	});

	test('a missing claim statement, an unknown claim id, changed components and a translation of nothing are each named', () => {
		const missing = translation().replace(/ {2}fixture-rejuvenation-unsupported: .*\n/, '');
		expect(printed(planted('missing-claim', { [spanishFile]: missing }))).toContain(
			'claims.fixture-rejuvenation-unsupported: the English article declares claim fixture-rejuvenation-unsupported, but the translation gives no Spanish statement for it.',
		);
		expect(
			printed(planted('unknown-claim', { [spanishFile]: translation({ claims: '  fixture-made-up: "Una afirmación inventada."\n' }) })),
		).toContain('claims.fixture-made-up: the English article basics/what-it-is declares no claim fixture-made-up.');
		expect(
			printed(
				planted('dropped-claim', {
					[spanishFile]: translation({ text: body.replace('<Claim id="fixture-infections-documented" />', '') }),
				}),
			),
		).toContain(
			"the body's components differ from the English body at component 4: English has Claim#fixture-infections-documented, the translation has (nothing more).",
		);
		expect(printed(planted('no-english', { 'translations/es/articles/basics/not-in-english.mdx': translation() }))).toContain(
			'no English article',
		);
	});

	test('a link in a Spanish body to a page that does not exist fails the build', () => {
		const out = printed(
			planted('dead-link', { [spanishFile]: translation({ text: `${body}\nVea [otra página](/uses/no-such-page/).\n` }) }),
		);
		expect(out).toContain('(link): the link to /uses/no-such-page/ leads to no page of the guide.');
	});

	test('two translations with the same slug in a section are refused', () => {
		const english = 'articles/basics/other.mdx';
		const dir = planted('same-slug', { [spanishFile]: translation() }, {});
		writeFileSync(
			join(root, dir, english),
			'---\ntitle: Another page\ndescription: A second fixture page that only exists to check that two Spanish slugs cannot clash.\nsection: basics\nlastReviewed: 2026-11-21\nnextReview: 2027-11-21\nreviewStatus: not-clinically-reviewed\n---\nSome words for the body of this page, enough to make a page of it.\n',
		);
		const other = translation({ text: 'Unas palabras para el cuerpo de esta página.\n' }).replace(/claims:\n(?: {2}.*\n)*/, '');
		mkdirSync(join(root, dir, 'translations/es/articles/basics'), { recursive: true });
		writeFileSync(join(root, dir, 'translations/es/articles/basics/other.mdx'), other);
		expect(printed(dir)).toContain('slug: slug "que-es" is already the slug of');
	});

	test('a slug of digits is refused: it is the address of a numbered hub page', () => {
		const dir = planted('digit-slug', { [spanishFile]: translation().replace('slug: que-es', 'slug: "2"') });
		expect(printed(dir)).toContain(
			'slug: slug "2" is the address of page 2 of the hub /es/conceptos-basicos/, so one page would hide the other.',
		);
	});

	test('a planted English change marks the translation out of date: a warning with the file and the fix', () => {
		const dir = planted('out-of-date', { [spanishFile]: translation({ from: 'version: 1\n  lastReviewed: 2026-11-01' }) });
		const report = check(dir);
		expect(report.problems).toEqual([]);
		expect(formatWarnings(report.warnings)).toContain(
			`${dir}/${spanishFile}\n  translatedFrom: out of date: the English page /basics/what-it-is/ is now version 1 of 2026-11-21, and this translation is of version 1 of 2026-11-01. Readers see an "out of date" notice.\n    Fix: update the translation from the English page's changes, then set translatedFrom to { version: 1, lastReviewed: 2026-11-21 } and translated to today.`,
		);
	});
});
