/**
 * Products, regulatory status and prices: the schema's rules and the cross-file checks of src/data/catalogue.ts,
 * called through buildGuide as the build calls them. And the search page's "did you mean" vocabulary.
 */
import { describe, expect, test } from 'vitest';
import { buildGuide, type RawArticle } from '../../src/data/validate.ts';
import { GuideContentError } from '../../src/utils/errors.ts';
import { productSchema, type ProductData } from '../../src/schemas/product.ts';
import { suggest, vocabulary } from '../../src/data/search-words.ts';
import { editDistance } from '../../src/utils/suggest.ts';
import { articleData } from '../helpers/article-data.ts';

const article: RawArticle = {
	id: 'ingredients/fat-dissolvers',
	filePath: 'content/articles/ingredients/fat-dissolvers.mdx',
	data: articleData({ title: 'Body fat', section: 'ingredients' }),
	text: '',
};
const reference = {
	id: 'ref-a',
	filePath: 'content/references/ref-a.yaml',
	data: { title: 'A regulator’s warning', studyType: 'regulatory' as const, url: 'https://example.org/a' },
};
const checked = new Date('2026-11-30');
const product = (over: Partial<ProductData> = {}): ProductData => ({
	name: 'Lemon Bottle',
	otherNames: [],
	contains: 'Said to hold bromelain, lecithin and riboflavin.',
	sources: ['ref-a'],
	articles: ['ingredients/fat-dissolvers'],
	status: [{ country: 'UK', status: 'warning', statement: 'A UK regulator warned about it.', source: 'ref-a', checked }],
	...over,
});

describe('products and their regulatory status', () => {
	test('resolve to the articles that show them and the sources that state them', () => {
		const guide = buildGuide({
			articles: [article],
			references: [reference],
			products: [{ id: 'lemon-bottle', filePath: 'content/products/lemon-bottle.yaml', data: product() }],
		});
		const resolved = guide.product('lemon-bottle')!;
		expect(resolved.url).toBe('/products/#product-lemon-bottle');
		expect(resolved.articles.map((a) => a.id)).toEqual(['ingredients/fat-dissolvers']);
		expect(resolved.status[0].reference?.id).toBe('ref-a');
	});

	test('the build refuses a missing source, an unknown article, two statuses for one country and a price for an unknown product', () => {
		const bad = product({
			sources: ['no-such-source'],
			articles: ['uses/no-such-page'],
			status: [
				{ country: 'UK', status: 'warning', statement: 'A UK regulator warned about it.', source: 'ref-a', checked },
				{ country: 'UK', status: 'no-statement', checked },
			],
		});
		const cost = {
			treatment: 'Something',
			country: 'UK' as const,
			range: '£1 to £2',
			per: 'session' as const,
			dated: '2025',
			product: 'nope',
			source: 'ref-a',
			checked,
			order: 1,
		};
		try {
			buildGuide({
				articles: [article],
				references: [reference],
				products: [{ id: 'lemon-bottle', filePath: 'content/products/lemon-bottle.yaml', data: bad }],
				costs: [{ id: 'x', filePath: 'content/costs/x.yaml', data: cost }],
			});
			expect.unreachable('the build should refuse');
		} catch (error) {
			expect(error).toBeInstanceOf(GuideContentError);
			const problems = (error as GuideContentError).problems.map((p) => `${p.file} ${p.field}: ${p.message}`);
			expect(problems).toEqual([
				'content/products/lemon-bottle.yaml status[1].country: UK has more than one status for this product.',
				'content/products/lemon-bottle.yaml articles[0]: "uses/no-such-page" is not an article.',
				expect.stringMatching(/^content\/products\/lemon-bottle.yaml sources\[0\]: "no-such-source" is not a reference/),
				'content/costs/x.yaml product: "nope" is not a product.',
			]);
		}
	});

	test('a status other than "no statement found" needs its source and a statement', () => {
		const result = productSchema.safeParse({ ...product(), status: [{ country: 'UK', status: 'not-approved', checked }] });
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((issue) => issue.path.join('.'))).toEqual(['status.0.source', 'status.0.statement']);
		expect(productSchema.safeParse({ ...product(), status: [{ country: 'UK', status: 'no-statement', checked }] }).success).toBe(true);
	});
});

describe('the "did you mean" vocabulary', () => {
	const words = vocabulary(['Hyaluronic acid <Term id="x">hydrates</Term> skin. Hyaluronic acid again; mesotherapy, fibromyalgia.']);

	test('holds the site’s own words, most frequent first, without tags or short words', () => {
		expect(words.slice(0, 2)).toEqual(['acid', 'hyaluronic']);
		expect(words).not.toContain('term');
		expect(words).not.toContain('x');
	});

	test('suggests the closest word for a misspelling, and nothing for a known or far-off word', () => {
		expect(suggest('hialuronic', words)).toBe('hyaluronic');
		expect(suggest('mesoterapy', words)).toBe('mesotherapy');
		expect(suggest('fibromialgia', words)).toBe('fibromyalgia');
		expect(suggest('acid', words)).toBeUndefined();
		expect(suggest('banana', words)).toBeUndefined();
		expect(editDistance('acdi', 'acid')).toBe(1);
	});

	test('takes alias words, but never one that looks like a misspelling of a site word', () => {
		const withAliases = vocabulary(['Hyaluronic acid and cellulite.'], ['hialuronic acid', 'Profhilo', 'celulite']);
		expect(withAliases).toContain('profhilo');
		expect(withAliases).not.toContain('hialuronic');
		expect(withAliases).not.toContain('celulite');
		expect(suggest('hialuronik', withAliases)).toBe('hyaluronic');
	});
});
