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
		// Glossary, kit, symptom, product and price translations are paired by file name the same way.
		const stray = printed(
			planted('no-english-entry', {
				[spanishFile]: translation(),
				'translations/es/glossary/not-in-english.yaml': 'term: palabra\ndefinition: Una definición de ejemplo sin entrada en inglés.\n',
			}),
		);
		expect(stray).toContain(
			'translations/es/glossary/not-in-english.yaml\n  (file name): no English file content/glossary/not-in-english.yaml to translate.',
		);
		expect(stray).toContain('Fix: name the file after the English one, or delete it.');
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

	test('a kit translation needs a slug of its own: its Spanish address', () => {
		// The redirect fixture holds an English kit (and the uses article it belongs to).
		const kit = (slug: string) =>
			`title: Objetivo de ejemplo\ndescription: Una guía de consulta de ejemplo, traducida, que solo sirve para comprobar las reglas de la edición.\n${slug}alternatives:\n  - Pregunte a un médico por opciones mejor estudiadas.\ntranslatedFrom:\n  version: 1\n  lastReviewed: 2026-11-21\ntranslated: 2026-11-21\n`;
		const withKit = (name: string, slug: string) => {
			const dir = planted(name, { [spanishFile]: translation(), 'translations/es/consultation/fixture-goal.yaml': kit(slug) });
			for (const path of ['consultation/_common.yaml', 'consultation/fixture-goal.yaml', 'articles/uses/fixture-goal.mdx']) {
				mkdirSync(dirname(join(root, dir, path)), { recursive: true });
				cpSync(join(root, 'tests/fixtures/redirect/content', path), join(root, dir, path));
			}
			return dir;
		};
		expect(printed(withKit('kit-slug', 'slug: objetivo\n'))).toBe('');
		expect(printed(withKit('kit-no-slug', ''))).toMatch(
			/fixture-goal\.yaml\n {2}slug: every translation needs a slug: the address segment, e\.g\. grasa-corporal/,
		);
		expect(printed(withKit('kit-bad-slug', 'slug: Objetivo Ñ\n'))).toContain(
			'slug must be lower case letters, digits and hyphens, without accents',
		);
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

describe('the words around the evidence: change summaries, frequencies and prices', () => {
	const englishFile = 'articles/basics/what-it-is.mdx';
	/** The English fixture page with a changes log of two versions (version 2 of its lastReviewed). */
	const withLog = (text: string) =>
		text.replace(
			'reviewStatus: not-clinically-reviewed\n',
			'reviewStatus: not-clinically-reviewed\nchanges:\n  - version: 2\n    date: 2026-11-21\n    summary: The claims now say whether each is a benefit, a risk or a fact.\n  - version: 1\n    date: 2026-11-01\n    summary: First version of this page.\n',
		);
	const from2 = 'version: 2\n  lastReviewed: 2026-11-21';
	const spanishChanges =
		'changes:\n  2: "Las afirmaciones dicen ahora si cada una es un beneficio, un riesgo o un dato."\n  1: "Primera versión de esta página."\n';

	test('an up-to-date translation with Spanish words for every English change passes', () => {
		const dir = planted('changes-ok', { [spanishFile]: translation({ from: from2, front: spanishChanges }) }, { [englishFile]: withLog });
		expect(check(dir).problems).toEqual([]);
	});

	test.each([
		[
			'a version the English log does not have',
			{ [englishFile]: withLog },
			`${spanishChanges}`.replace('  1:', '  3:'),
			'changes.3: the English page /basics/what-it-is/ has no version 3 in its changes log (its versions: 2, 1).\n    Fix: remove changes.3, or use one of the English versions: 2, 1.',
		],
		[
			'a summary for a page that keeps no changes log',
			{},
			'changes:\n  1: "Primera versión de esta página."\n',
			'changes.1: the English page /basics/what-it-is/ keeps no changes log, so there is no summary to translate (its version 1 is summarised by the interface string changes.firstVersion).\n    Fix: remove changes.',
		],
		[
			'an English change left without Spanish words',
			{ [englishFile]: withLog },
			'changes:\n  2: "Las afirmaciones dicen ahora si cada una es un beneficio, un riesgo o un dato."\n',
			`changes.1: the English page's version 1 has a change summary ("First version of this page."), but the translation gives no Spanish words for it.\n    Fix: add under changes: 1: "<the summary in Spanish>".`,
		],
		[
			'a change log written the English way',
			{ [englishFile]: withLog },
			'changes:\n  - version: 2\n    date: 2026-11-21\n    summary: "Las afirmaciones dicen ahora si cada una es un beneficio."\n',
			'changes: changes is a map of version number → Spanish summary, e.g. changes: { 2: "…" }',
		],
	])('%s is refused, naming the file, the field and the fix', (name, english, front, expected) => {
		const from = name.includes('no changes log') ? undefined : from2;
		const dir = planted(`changes-${name.replaceAll(' ', '-')}`, { [spanishFile]: translation({ from, front }) }, english);
		const out = printed(dir);
		expect(out).toContain(`${dir}/${spanishFile}\n`);
		expect(out).toContain(expected);
	});

	test('an out-of-date translation needs words only up to its translatedFrom.version: the newer summary stays English', () => {
		const dir = planted(
			'changes-out-of-date',
			{
				[spanishFile]: translation({
					front: 'changes:\n  1: "Primera versión de esta página."\n',
					from: 'version: 1\n  lastReviewed: 2026-11-01',
				}),
			},
			{ [englishFile]: withLog },
		);
		const report = check(dir);
		expect(report.problems).toEqual([]);
		expect(formatWarnings(report.warnings)).toContain('is now version 2 of 2026-11-21, and this translation is of version 1');
	});

	const infectionsEnglish = 'articles/side-effects/fixture-infections.mdx';
	const infectionsSpanish = 'translations/es/articles/side-effects/fixture-infections.mdx';
	const counted = (text: string) =>
		text.replace(
			'    status: evidence-backed\n    sources:\n      - singsing-2022-ntm-sr',
			'    status: evidence-backed\n    frequency: { text: "about 1 in 20 people in one review", source: singsing-2022-ntm-sr }\n    sources:\n      - singsing-2022-ntm-sr',
		);
	const infections = (howOften: string) => `---
title: Infecciones del ejemplo
description: Una segunda página de ejemplo, traducida, que solo sirve para comprobar la frecuencia de un riesgo.
slug: infecciones
translatedFrom:
  version: 1
  lastReviewed: 2026-11-21
translated: 2026-11-21
claims:
  fixture-infections-documented: "La mesoterapia puede causar infecciones de la piel por bacterias de crecimiento lento."
${howOften}---

## Infecciones tardías

<Claim id="fixture-infections-documented" />

<CareCard level="urgent" symptoms={["fixture-growing-lump"]} />
`;

	test.each([
		['the Spanish words, same numbers', 'howOften:\n  fixture-infections-documented: "unas 1 de cada 20 personas en una revisión"\n', ''],
		[
			'no Spanish words',
			'',
			'howOften.fixture-infections-documented: the English claim fixture-infections-documented says how often it happens ("about 1 in 20 people in one review"), but the translation gives no Spanish words for it.\n    Fix: add under howOften:',
		],
		[
			'another number',
			'howOften:\n  fixture-infections-documented: "unas 1 de cada 10 personas en una revisión"\n',
			'howOften.fixture-infections-documented: the numbers differ from the English frequency',
		],
	])('a risk frequency with %s', (name, howOften, expected) => {
		const dir = planted(
			`how-often-${name.replaceAll(' ', '-')}`,
			{ [infectionsSpanish]: infections(howOften) },
			{ [infectionsEnglish]: counted },
		);
		const out = printed(dir);
		if (expected) expect(out).toContain(`${dir}/${infectionsSpanish}\n  ${expected}`);
		else expect(out).toBe('');
	});

	test('a price translated with another figure is refused: prices never change in translation', () => {
		const cost =
			'treatment: A fixture treatment\ncountry: UK\nrange: about £100 to £350\nper: treatment\ndated: not shown on the page\nsource: singsing-2022-ntm-sr\nchecked: 2026-11-21\n';
		const spanish = (range: string) => `treatment: Un tratamiento de ejemplo\nrange: ${range}\ndated: no aparece en la página\n`;
		const good = planted('cost-ok', { 'costs/fixture.yaml': cost, 'translations/es/costs/fixture.yaml': spanish('entre £100 y £350') });
		expect(printed(good)).toBe('');
		const bad = planted('cost-changed', {
			'costs/fixture.yaml': cost,
			'translations/es/costs/fixture.yaml': spanish('entre 100 € y 350 €'),
		});
		expect(printed(bad)).toContain(
			`${bad}/translations/es/costs/fixture.yaml\n  range: the numbers or currency signs differ from the English range: English "about £100 to £350", translation "entre 100 € y 350 €". A price is never changed in translation.\n    Fix: write the same numbers and currency signs, in the same order, as the English file.`,
		);
	});
});
