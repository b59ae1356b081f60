/**
 * One real build of the valid fixture with a Spanish translation whose English page has since changed (a planted
 * change): the build warns with the file and the fix, the Spanish page tells the reader and links the English
 * page, and the translation status page lists it as out of date.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, root, tmp, type BuildResult } from '../helpers/build.ts';

const outDir = join(tmp, 'spanish-fixture-site');
const content = join(tmp, 'spanish-fixture', 'content');
const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
let result: BuildResult;

beforeAll(() => {
	rmSync(join(tmp, 'spanish-fixture'), { recursive: true, force: true });
	cpSync(join(root, 'tests/fixtures/valid/content'), content, { recursive: true });
	mkdirSync(join(content, 'translations/es/articles/basics'), { recursive: true });
	// The planted change: the English page was reviewed again after the translation (2026-11-21 > 2026-11-01), and
	// its changes log has a version 2 the translation (of version 1) has no words for.
	const english = readFileSync(join(content, 'articles/basics/what-it-is.mdx'), 'utf8').replace(
		'reviewStatus: not-clinically-reviewed\n',
		'reviewStatus: not-clinically-reviewed\nchanges:\n  - version: 2\n    date: 2026-11-21\n    summary: The claims now say whether each is a benefit, a risk or a fact.\n  - version: 1\n    date: 2026-11-01\n    summary: First version of this page.\n',
	);
	writeFileSync(join(content, 'articles/basics/what-it-is.mdx'), english);
	writeFileSync(
		join(content, 'translations/es/articles/basics/what-it-is.mdx'),
		`---
title: Qué dice el ejemplo que es la mesoterapia
description: Un artículo de ejemplo, traducido, que solo sirve para comprobar las reglas de la edición en español.
slug: que-es
translatedFrom:
  version: 1
  lastReviewed: 2026-11-01
translated: 2026-11-02
changes:
  1: "Primera versión de esta página."
claims:
  fixture-melts-fat: "La mesoterapia derrite la grasa en cualquier parte del cuerpo."
  fixture-rejuvenation-unsupported: "Puede que la mesoterapia para rejuvenecer la piel no ayude."
---
${english
	.replace(/^---[\s\S]*?\n---\n/, '')
	.replace('## What people are told', '## Lo que le dicen')
	.replace('Some clinics say this:', 'Algunas clínicas dicen esto:')
	.replace('## What reviews found', '## Lo que encontraron las revisiones')}`,
	);
	// A consultation kit (from the redirect fixture), overdue for review, and its Spanish translation.
	for (const path of ['consultation/_common.yaml', 'consultation/fixture-goal.yaml', 'articles/uses/fixture-goal.mdx']) {
		mkdirSync(join(content, path, '..'), { recursive: true });
		cpSync(join(root, 'tests/fixtures/redirect/content', path), join(content, path));
	}
	const kit = join(content, 'consultation/fixture-goal.yaml');
	writeFileSync(kit, readFileSync(kit, 'utf8').replace('nextReview: 2027-03-01', 'nextReview: 2026-11-25'));
	mkdirSync(join(content, 'translations/es/consultation'), { recursive: true });
	writeFileSync(
		join(content, 'translations/es/consultation/fixture-goal.yaml'),
		'title: Objetivo de ejemplo\ndescription: Una guía de consulta de ejemplo, traducida, que solo sirve para comprobar las reglas de la edición.\nslug: objetivo\nalternatives:\n  - Pregunte a un médico por opciones mejor estudiadas.\ntranslatedFrom:\n  version: 1\n  lastReviewed: 2026-11-21\ntranslated: 2026-11-21\n',
	);
	result = buildSite(`tests/.tmp/spanish-fixture/content`, outDir);
	expect(result.ok, result.output).toBe(true);
});

describe('a planted English change marks its translation out of date', () => {
	test('the build warns, naming the file and the fix', () => {
		expect(result.output).toContain(
			'tests/.tmp/spanish-fixture/content/translations/es/articles/basics/what-it-is.mdx\n  translatedFrom: out of date: the English page /basics/what-it-is/ is now version 2 of 2026-11-21',
		);
		expect(result.output).toContain(
			"Fix: update the translation from the English page's changes, then set translatedFrom to { version: 2, lastReviewed: 2026-11-21 }",
		);
	});

	test('the Spanish page tells the reader and links the English version', () => {
		const html = page('es/conceptos-basicos/que-es');
		expect(html).toContain('data-out-of-date');
		expect(html).toContain(
			'<strong>La página en inglés ha cambiado después de esta traducción. Parte de esta página puede estar desactualizada.</strong> <a href="/basics/what-it-is/" hreflang="en">Leer la página en inglés, que está al día</a>.',
		);
	});

	test('its changes list gives the translated version in Spanish and the newer English summary marked as English', () => {
		const html = page('es/conceptos-basicos/que-es');
		expect(html).toContain(
			'<li id="version-2">Versión 2, <time datetime="2026-11-21">21 de noviembre de 2026</time>: <span lang="en" data-english-allowed="newer-version">The claims now say whether each is a benefit, a risk or a fact.</span></li>',
		);
		expect(html).toContain(
			'<li id="version-1">Versión 1, <time datetime="2026-11-01">1 de noviembre de 2026</time>: <span>Primera versión de esta página.</span></li>',
		);
		const english = page('basics/what-it-is');
		expect(english).toContain(': <span>The claims now say whether each is a benefit, a risk or a fact.</span></li>');
	});

	test('the status page lists it as out of date, and the untranslated page as missing', () => {
		const html = page('es/estado-de-la-traduccion');
		expect(html).toMatch(/<tr data-state="out-of-date" data-english="\/basics\/what-it-is\/">.*?Desactualizada/s);
		expect(html).toMatch(/<tr data-state="missing" data-english="\/side-effects\/fixture-infections\/">.*?Aún sin traducir/s);
	});

	test('the Spanish claim page shows the English label and sources, with the Spanish statement', () => {
		const english = page('evidence/fixture-melts-fat');
		const spanish = page('es/evidencia/fixture-melts-fat');
		expect(spanish).toContain('data-label="not-shown"');
		expect(english).toContain('data-label="not-shown"');
		expect(spanish).toContain('<li data-source="rotunda-2006-mesotherapy-pc-review">');
		expect(spanish).toContain('La mesoterapia derrite la grasa en cualquier parte del cuerpo.');
		expect(spanish).toContain('No demostrado · estudios débiles');
	});
});

describe('a Spanish consultation kit', () => {
	test('lives at its slug and, when the kit is overdue for review, says so in Spanish as the English kit does', () => {
		expect(page('consultation/fixture-goal')).toContain(
			'Review overdue:</strong> this kit was due to be checked against new evidence on <time datetime="2026-11-25">25 November 2026</time>. Some of it may be out of date.',
		);
		expect(page('es/consulta/objetivo')).toContain(
			'Revisión pendiente:</strong> esta guía debía comprobarse con las pruebas nuevas el <time datetime="2026-11-25">25 de noviembre de 2026</time>. Parte de ella puede estar desactualizada.',
		);
	});
});
