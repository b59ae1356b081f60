import type { APIRoute } from 'astro';
import { getEdition, getGuide } from '../../data/guide.ts';
import { vocabulary } from '../../data/search-words.ts';
import { readFileSync } from 'node:fs';

/** The Spanish "did you mean" vocabulary (/es/search-words.json): the Spanish edition's own words and aliases. */
export const GET: APIRoute = async () => {
	const guide = await getGuide();
	const edition = await getEdition();
	const texts = [
		...edition.articles.flatMap((article) => [
			article.data.title,
			article.data.description,
			readFileSync(article.filePath, 'utf8').replace(/^---[\s\S]*?^---$/m, ''),
		]),
		...guide.claims.map((claim) => edition.statement(claim.id) ?? ''),
		...guide.terms.flatMap((term) => {
			const spanish = edition.term(term.id);
			return spanish ? [spanish.term, spanish.definition, ...spanish.aliases] : [];
		}),
		...guide.products.flatMap((product) => [product.data.name, ...product.data.otherNames]),
	];
	return Response.json(
		vocabulary(
			texts,
			edition.articles.flatMap((article) => article.data.aliases),
		),
	);
};
