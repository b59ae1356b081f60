/** The cross-file rules, called directly (the build tests run the same rules through a real build). */
import { describe, expect, test } from 'vitest';
import { buildGuide, findTags, type RawArticle } from '../../src/data/validate.ts';
import { explainBuildError, GuideContentError } from '../../src/utils/errors.ts';
import { articleData } from '../helpers/article-data.ts';

const data = articleData;
const reference = {
	id: 'ref-a',
	filePath: 'content/references/ref-a.yaml',
	data: { title: 'A', studyType: 'review' as const, url: 'https://example.org/a' },
};

describe('finding <Claim> tags in MDX', () => {
	test('reads ids in either quote style, with line numbers, and ignores code examples', () => {
		const text = [
			'---',
			'title: x',
			'---',
			'<Claim id="one" />',
			'```mdx',
			'<Claim id="example" />',
			'```',
			"Text <Claim id='two'/>",
			'<Claim id={dynamic} />',
		].join('\n');
		expect(findTags(text, 'Claim')).toEqual([
			{ line: 4, id: 'one', tag: '<Claim id="one" />' },
			{ line: 8, id: 'two', tag: "<Claim id='two'/>" },
			{ line: 9, id: undefined, tag: '<Claim id={dynamic} />' },
		]);
	});
});

describe('resolving the guide', () => {
	const owner: RawArticle = {
		id: 'basics/a',
		filePath: 'content/articles/basics/a.mdx',
		data: data({
			claims: [
				{
					id: 'c-one',
					kind: 'benefit',
					statement: 'Mesotherapy melts fat.',
					status: 'unproven',
					reason: 'no-trials',
					sources: ['ref-a'],
					seeds: [],
				},
			],
		}),
		text: '<Claim id="c-one" />',
	};
	const borrower: RawArticle = {
		id: 'side-effects/b',
		filePath: 'content/articles/side-effects/b.mdx',
		data: data({ section: 'side-effects', related: ['basics/a'] }),
		text: 'See <Claim id="c-one" />',
	};

	test('links claims to owners, borrowers and sources, and numbers each page’s references', () => {
		const guide = buildGuide({ articles: [borrower, owner], references: [reference] });
		expect(guide.articles.map((article) => article.id)).toEqual(['basics/a', 'side-effects/b']);
		const claim = guide.claim('c-one')!;
		expect(claim.url).toBe('/evidence/c-one/');
		expect(claim.shownIn.map((article) => article.id)).toEqual(['basics/a', 'side-effects/b']);
		expect(guide.article('side-effects/b')!.references.map((ref) => ref.id)).toEqual(['ref-a']);
		expect(guide.reference('ref-a')!.citedBy.map((c) => c.id)).toEqual(['c-one']);
		expect(guide.article('side-effects/b')!.related.map((article) => article.id)).toEqual(['basics/a']);
	});

	test('reports every problem at once, each with file, field and fix', () => {
		const broken: RawArticle = {
			...borrower,
			data: data({
				section: 'side-effects',
				related: ['basics/missing'],
				claims: [
					{
						id: 'c-one',
						kind: 'benefit',
						statement: 'Twice declared here.',
						status: 'unproven',
						reason: 'no-trials',
						sources: [],
						seeds: [],
					},
				],
			}),
			text: '<Claim id="c-onr" />',
		};
		let error: unknown;
		try {
			buildGuide({ articles: [owner, broken], references: [reference] });
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(GuideContentError);
		const problems = (error as GuideContentError).problems.map((p) => `${p.file} ${p.field}`);
		expect(problems).toEqual([
			'content/articles/side-effects/b.mdx claims[0].id',
			'content/articles/side-effects/b.mdx:1 <Claim id>',
			'content/articles/side-effects/b.mdx related[0]',
		]);
		expect((error as Error).message).toContain('did you mean "c-one"?');
	});
});

describe('Astro schema errors in our format', () => {
	test('name the file relative to the project, the field as written in YAML, and the message', () => {
		const error = Object.assign(
			new Error(
				'**articles → basics/a** data does not match collection schema.\n\n  **claims.0.certainty**: needs certainty\n  **title**: needs a title\n',
			),
			{
				name: 'InvalidContentEntryDataError',
				loc: { file: '/repo/content/articles/basics/a.mdx' },
			},
		);
		expect(explainBuildError(error, '/repo')).toBe(
			"The guide's content has 2 problems; the site was not built.\n\ncontent/articles/basics/a.mdx\n  claims[0].certainty: needs certainty\n  title: needs a title\n",
		);
		expect(explainBuildError(new Error('something else'))).toBe('something else');
	});
});
