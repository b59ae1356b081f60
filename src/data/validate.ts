/**
 * Resolves the content into a Guide and enforces the rules zod cannot see, because they span files. Each
 * concern lives in its own module under src/validation/ (articles, claims, bodies, kits); this entry point
 * runs them in order. All problems are collected and thrown together as one GuideContentError, so an author
 * fixes them in one pass and the build never half-succeeds.
 *
 * Pure: no Astro imports, so unit tests call it directly. The file-level gates that run before Astro
 * (YAML, schemas, evidence file, ids, routes, redirects) are in src/validation/content.ts.
 */
import type { Guide, GuideReference, GuideTerm, KitCommon } from './model.ts';
import { urls } from '../utils/urls.ts';
import { contentDir as defaultContentDir } from '../config.ts';
import { type ContentProblem, GuideContentError } from '../utils/errors.ts';
import type { RawArticle, RawKit, RawReference, RawTerm } from '../validation/raw.ts';
import { resolveArticles } from '../validation/articles.ts';
import { resolveClaims } from '../validation/claims.ts';
import { checkBodies } from '../validation/bodies.ts';
import { resolveKits } from '../validation/kits.ts';
import { topicsOf } from '../validation/topics.ts';
import { resolveCatalogue, type RawCost, type RawProduct } from './catalogue.ts';
import { resolveSymptoms, type RawSymptom } from './symptom-rules.ts';
import { evidenceRuleProblems } from './certainty-rules.ts';

export type { RawArticle, RawKit, RawReference, RawTerm } from '../validation/raw.ts';
export { findTags } from '../validation/tags.ts';
export { topicPageSize } from '../validation/topics.ts';

export interface GuideInput {
	articles: RawArticle[];
	references: RawReference[];
	terms?: RawTerm[];
	kits?: RawKit[];
	kitCommon?: KitCommon;
	/** Products with their regulatory status, and dated prices (src/data/catalogue.ts). */
	products?: RawProduct[];
	costs?: RawCost[];
	/** Symptoms (content/symptoms/), checked with every care card by src/data/symptom-rules.ts. */
	symptoms?: RawSymptom[];
	/** The day review dates are judged against. */
	today?: Date;
	/** The content folder, for paths in fixes; GUIDE_CONTENT_DIR or ./content unless given. */
	contentDir?: string;
}

export function buildGuide({
	articles: rawArticles,
	references: rawReferences,
	terms: rawTerms = [],
	kits: rawKits = [],
	kitCommon = { questions: [], worryingAnswers: [] },
	products: rawProducts = [],
	costs: rawCosts = [],
	symptoms: rawSymptoms = [],
	today = new Date(),
	contentDir = defaultContentDir,
}: GuideInput): Guide {
	const problems: ContentProblem[] = [];
	const terms = rawTerms
		.map((raw): GuideTerm => ({ id: raw.id, ...raw.data, url: urls.term(raw.id) }))
		.sort((a, b) => a.term.localeCompare(b.term));
	const termById = new Map(terms.map((term) => [term.id, term]));

	const references = rawReferences
		.map((raw): GuideReference => ({ id: raw.id, filePath: raw.filePath, data: raw.data, citedBy: [] }))
		.sort((a, b) => a.id.localeCompare(b.id));
	const referenceById = new Map(references.map((reference) => [reference.id, reference]));

	const { articles, sources, articleById } = resolveArticles(rawArticles, today, problems, contentDir);
	const claimById = resolveClaims(articles, referenceById, problems, contentDir);
	checkBodies(articles, sources, claimById, termById, articleById, problems, contentDir);
	const kits = resolveKits(rawKits, articleById, claimById, today, problems);

	const catalogue = resolveCatalogue(
		rawProducts,
		rawCosts,
		{ reference: (key) => referenceById.get(key), article: (id) => articleById.get(id), contentDir },
		problems,
	);
	const symptoms = resolveSymptoms(
		{
			symptoms: rawSymptoms,
			articles,
			sourceOf: (article) => sources.get(article) ?? '',
			article: (id) => articleById.get(id),
			claim: (id) => claimById.get(id),
			reference: (id) => referenceById.get(id),
			contentDir,
		},
		problems,
	);
	problems.push(...evidenceRuleProblems(articles, (id) => claimById.get(id)));
	if (problems.length) throw new GuideContentError(problems);

	// Owners first in shownIn, then the other articles in site order; numbered references per article.
	for (const article of articles) {
		for (const claim of article.shownClaims) {
			if (claim.ownerId === article.id) claim.shownIn.unshift(article);
			else claim.shownIn.push(article);
		}
		const seen = new Set<string>();
		for (const claim of article.shownClaims) {
			for (const reference of claim.references) {
				if (!seen.has(reference.id)) {
					seen.add(reference.id);
					article.references.push(reference);
				}
			}
		}
	}

	const claims = articles.flatMap((article) => article.claims);
	return {
		topics: topicsOf(claims),
		articles,
		claims,
		references,
		terms,
		kits,
		kitCommon,
		...catalogue,
		product: (id) => catalogue.products.find((product) => product.id === id),
		symptoms,
		article: (id) => articleById.get(id),
		term: (id) => termById.get(id),
		claim: (id) => claimById.get(id),
		reference: (id) => referenceById.get(id),
	};
}
