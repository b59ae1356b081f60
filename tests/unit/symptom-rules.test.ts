/**
 * Symptoms and care cards, through the guide's own rules (src/data/symptom-rules.ts via buildGuide): one symptom,
 * one level, on every page. The messages are what an author reads, so they are pinned.
 */
import { describe, expect, test } from 'vitest';
import { buildGuide, type RawArticle } from '../../src/data/validate.ts';
import { findCareCards, type RawSymptom } from '../../src/data/symptom-rules.ts';
import { GuideContentError } from '../../src/utils/errors.ts';
import type { ArticleData } from '../../src/schemas/article.ts';
import { symptomSchema } from '../../src/schemas/symptom.ts';
import { isPlaceholder } from '../../src/config.ts';
import { places, placesEs } from '../../src/data/help-routes.ts';
import { articleData } from '../helpers/article-data.ts';

const data = (over: Partial<ArticleData>): ArticleData =>
	articleData({
		title: 'Lumps',
		section: 'side-effects',
		claims: [
			{
				id: 'lumps-happen',
				statement: 'Lumps have been reported.',
				kind: 'risk',
				status: 'evidence-backed',
				sources: ['ref-a'],
				seeds: [],
			},
		],
		...over,
	});
const reference = {
	id: 'ref-a',
	filePath: 'content/references/ref-a.yaml',
	data: { title: 'A', studyType: 'review' as const, url: 'https://example.org/a' },
};
// The help routes cite real reference keys; give the unit guide those references too.
const helpReferences = [
	...new Set([...places, ...placesEs].flatMap((place) => [place.emergency, place.urgent, place.report].flatMap((route) => route.sources))),
].map((id) => ({ ...reference, id, filePath: `content/references/${id}.yaml` }));

const symptom = (id: string, level: RawSymptom['data']['level'], over: Partial<RawSymptom['data']> = {}): RawSymptom => ({
	id,
	filePath: `content/symptoms/${id}.yaml`,
	data: {
		noticed: 'A lump where you had injections is red and hot.',
		when: { after: 'weeks', text: 'Weeks after treatment.' },
		level,
		whatToDo: 'Get help today from a doctor.',
		explainedIn: 'side-effects/lumps',
		claims: ['lumps-happen'],
		sources: [],
		...over,
	},
});
const page = (body: string): RawArticle => ({
	id: 'side-effects/lumps',
	filePath: 'content/articles/side-effects/lumps.mdx',
	data: data({}),
	text: `---\ntitle: Lumps\n---\n<Claim id="lumps-happen" />\n${body}`,
});
const symptoms = [symptom('red-tender-lump', 'urgent'), symptom('new-lump-weeks-later', 'soon')];

/** The problems the build reports for a page body, as the author reads them. */
function problems(body: string, list = symptoms): string {
	try {
		buildGuide({ articles: [page(body)], references: [reference, ...helpReferences], symptoms: list });
		return '';
	} catch (error) {
		if (!(error instanceof GuideContentError)) throw error;
		return error.message;
	}
}

describe('care cards list symptoms by id, each at its own level', () => {
	test('a card at the symptoms’ own level builds, and each symptom knows the pages that list it', () => {
		const guide = buildGuide({
			articles: [
				page(
					'<CareCard level="urgent" symptoms={["red-tender-lump"]} />\n<CareCard level="soon" symptoms={[\'new-lump-weeks-later\']}>\n\nText\n\n</CareCard>',
				),
			],
			references: [reference, ...helpReferences],
			symptoms,
		});
		expect(guide.symptoms.map((s) => [s.id, s.level, s.listedOn.map((a) => a.id)])).toEqual([
			['red-tender-lump', 'urgent', ['side-effects/lumps']],
			['new-lump-weeks-later', 'soon', ['side-effects/lumps']],
		]);
	});

	test('a symptom put on a card of another level is refused, naming the file, the field and the fix', () => {
		expect(problems('<CareCard level="soon" symptoms={["new-lump-weeks-later", "red-tender-lump"]} />')).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			content/articles/side-effects/lumps.mdx
			  line 5, <CareCard symptoms>[1]: "red-tender-lump" is declared at level "urgent" in ./content/symptoms/red-tender-lump.yaml, but this card is "soon".
			    Fix: move it to <CareCard level="urgent">. If the advice itself has changed, change level in ./content/symptoms/red-tender-lump.yaml, and every page follows.
			"
		`);
	});

	test('an unknown symptom id is refused, with a "did you mean"', () => {
		expect(problems('<CareCard level="urgent" symptoms={["red-tender-lumps"]} />')).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			content/articles/side-effects/lumps.mdx
			  line 5, <CareCard symptoms>[0]: "red-tender-lumps" is not a symptom: there is no ./content/symptoms/red-tender-lumps.yaml.
			    Fix: did you mean "red-tender-lump"? Otherwise declare the symptom in ./content/symptoms/red-tender-lumps.yaml (noticed, when, level, whatToDo, explainedIn, claims or sources).
			"
		`);
	});

	test('an old-style card (unknown level, items typed in the card) is refused with the new form', () => {
		expect(problems('<CareCard level="non-urgent">\n\n- a lump\n\n</CareCard>')).toMatchInlineSnapshot(`
			"The guide's content has 2 problems; the site was not built.

			content/articles/side-effects/lumps.mdx
			  line 5, <CareCard level>: "non-urgent" is not a care level.
			    Fix: use one of: emergency, urgent, soon, expected, e.g. <CareCard level="urgent" symptoms={["red-tender-lump", "pus-or-leaking-lump"]} />.
			  line 5, <CareCard symptoms>: <CareCard level="non-urgent"> lists no symptoms as a plain list of ids.
			    Fix: list the symptoms by id, e.g. <CareCard level="urgent" symptoms={["red-tender-lump", "pus-or-leaking-lump"]} />. Each symptom is declared once in ./content/symptoms/<id>.yaml.
			"
		`);
	});

	test('a symptom must rest on declared evidence-backed claims or existing references, and name a real article', () => {
		const bad = symptom('odd', 'urgent', { explainedIn: 'side-effects/nowhere', claims: ['no-such-claim'], sources: ['no-such-ref'] });
		expect(problems('', [bad])).toMatchInlineSnapshot(`
			"The guide's content has 3 problems; the site was not built.

			content/symptoms/odd.yaml
			  explainedIn: "side-effects/nowhere" is not an article.
			    Fix: name the article that explains this symptom as <section>/<slug>, e.g. side-effects/lumps-and-nodules.
			  claims[0]: "no-such-claim" is not a claim any article declares.
			    Fix: list the id of a declared evidence-backed claim (see /claims.json), or cite a reference in sources instead.
			  sources[0]: "no-such-ref" is not a reference: there is no ./content/references/no-such-ref.yaml.
			    Fix: correct the key, or add the source with \`npm run add-reference -- no-such-ref\` if ../shared/evidence/sources.yaml has it.
			"
		`);
	});

	test('a help route may not cite a reference the guide does not hold', () => {
		expect(() => buildGuide({ articles: [page('')], references: [reference], symptoms })).toThrow(
			/src\/data\/help-routes.ts\n[\s\S]*? {2}uk.urgent.sources\[0\]: "yellowcard-mhra-what-to-report" is not a reference/,
		);
	});

	test('the card parser reads levels and ids in either quote style and ignores code examples', () => {
		const text = [
			'<CareCard level="urgent" symptoms={["a", \'b\']} />',
			'```mdx',
			'<CareCard level="soon" symptoms={["x"]} />',
			'```',
			"<CareCard level='soon' symptoms={list} />",
		].join('\n');
		expect(findCareCards(text).map(({ line, level, symptoms }) => ({ line, level, symptoms }))).toEqual([
			{ line: 1, level: 'urgent', symptoms: ['a', 'b'] },
			{ line: 5, level: 'soon', symptoms: undefined },
		]);
	});
});

describe('the symptom schema', () => {
	test('a symptom without claims or sources is refused with the fix', () => {
		const result = symptomSchema.safeParse({ ...symptom('x', 'urgent').data, claims: [], sources: [] });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0].message).toBe(
			'a symptom needs the claims or sources behind it: add claims: [<claim-id>] or sources: [<reference-key>]',
		);
	});

	test('an unknown level names the four levels', () => {
		const result = symptomSchema.safeParse({ ...symptom('x', 'urgent').data, level: 'non-urgent' });
		expect(result.error?.issues[0].message).toBe('level must be one of: emergency, urgent, soon, expected');
	});
});

describe('placeholder addresses', () => {
	test.each([
		['https://mesotherapy-guide.example', true],
		['corrections@mesotherapy-guide.example', true],
		['http://localhost:4321', true],
		['not a url', true],
		['https://guide.example.org', true],
		['https://mesotherapy-guide.org', false],
		['corrections@guide.org', false],
	])('%s is a placeholder: %s', (address, expected) => {
		expect(isPlaceholder(address)).toBe(expected);
	});
});
