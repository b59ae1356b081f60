import type { APIRoute } from 'astro';
import { articleSource, getGuide } from '../data/guide.ts';
import { vocabulary } from '../data/search-words.ts';

/** The "did you mean" vocabulary of the search page (src/data/search-words.ts): the guide's own words, product names and aliases. */
export const GET: APIRoute = async () => {
	const guide = await getGuide();
	const texts = [
		...guide.articles.flatMap((article) => [
			article.data.title,
			article.data.description,
			articleSource(article).replace(/^---[\s\S]*?^---$/m, ''),
		]),
		...guide.claims.map((claim) => claim.statement),
		...guide.terms.flatMap((term) => [term.term, term.definition]),
		...guide.products.flatMap((product) => [product.data.name, ...product.data.otherNames, product.data.contains]),
	];
	return Response.json(
		vocabulary(
			texts,
			guide.articles.flatMap((article) => article.data.aliases),
		),
	);
};
