/**
 * The one query module: pages read articles, claims and references from here, never from getCollection.
 * The guide is built and checked once per build (memoised), and any content problem stops the build.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRedirects } from '../utils/redirects.ts';
import type { Guide, GuideArticle } from './model.ts';
import { buildGuide } from './validate.ts';
import { today } from '../config.ts';
import { contentDir } from '../config.ts';
import { readTranslations } from '../validation/translations.ts';
import { buildEdition, type Edition } from './edition.ts';
import { GuideContentError, type ContentProblem } from '../utils/errors.ts';

let guide: Promise<Guide> | undefined;
const entries = new Map<string, CollectionEntry<'articles'>>();

export function getGuide(): Promise<Guide> {
	guide ??= load();
	return guide;
}

async function load(): Promise<Guide> {
	const [articles, references, glossary, kits, kitCommon, products, costs, symptoms] = await Promise.all([
		getCollection('articles'),
		getCollection('references'),
		getCollection('glossary'),
		getCollection('kits'),
		getCollection('kitCommon'),
		getCollection('products'),
		getCollection('costs'),
		getCollection('symptoms'),
	]);
	const guide = buildGuide({
		articles: articles.map((entry) => {
			entries.set(entry.id, entry);
			const filePath = entry.filePath ?? `content/articles/${entry.id}.mdx`;
			return { id: entry.id, filePath, data: entry.data, text: readFileSync(filePath, 'utf8') };
		}),
		references: references.map((entry) => ({
			id: entry.id,
			filePath: entry.filePath ?? `content/references/${entry.id}.yaml`,
			data: entry.data,
		})),
		terms: glossary.map((entry) => ({ id: entry.id, data: entry.data })),
		kits: kits.map((entry) => ({ id: entry.id, filePath: entry.filePath ?? entry.id, data: entry.data })),
		kitCommon: kitCommon[0]?.data,
		products: products.map((entry) => ({
			id: entry.id,
			filePath: entry.filePath ?? `content/products/${entry.id}.yaml`,
			data: entry.data,
		})),
		costs: costs.map((entry) => ({ id: entry.id, filePath: entry.filePath ?? `content/costs/${entry.id}.yaml`, data: entry.data })),
		symptoms: symptoms.map((entry) => ({
			id: entry.id,
			filePath: entry.filePath ?? `content/symptoms/${entry.id}.yaml`,
			data: entry.data,
		})),
		today: today(),
	});
	return guide;
}

let edition: Promise<Edition> | undefined;

/** The Spanish edition, resolved against the guide (memoised); a problem stops the build. */
export function getEdition(): Promise<Edition> {
	edition ??= getGuide().then((guide) => {
		const problems: ContentProblem[] = [];
		const raw = readTranslations(contentDir, 'es', problems);
		const built = buildEdition(
			guide,
			raw,
			contentDir,
			undefined,
			existsSync(join(contentDir, 'redirects.yaml')) ? readRedirects(contentDir) : [],
		);
		problems.push(...built.problems);
		if (problems.length) throw new GuideContentError(problems);
		return built.edition;
	});
	return edition;
}

const esEntries = new Map<string, CollectionEntry<'esArticles'>>();

/** Renders a translated article's MDX body. */
export async function renderTranslation(id: string) {
	if (!esEntries.size) for (const entry of await getCollection('esArticles')) esEntries.set(entry.id, entry);
	const entry = esEntries.get(id);
	if (!entry) throw new Error(`No collection entry for the Spanish translation of ${id}`);
	return render(entry);
}

export type { Edition, EditionArticle } from './edition.ts';
export type { Guide, GuideArticle, GuideClaim, GuideReference } from './model.ts';
export { topicPageSize } from './validate.ts';

export { referencePageSize } from './edition.ts';

/** Renders an article's MDX body (Content component and headings). */
export async function renderArticle(article: GuideArticle) {
	await getGuide();
	const entry = entries.get(article.id);
	if (!entry) throw new Error(`No collection entry for article ${article.id}`);
	return render(entry);
}

/** The MDX source of an article (frontmatter included). */
export const articleSource = (article: GuideArticle) => readFileSync(article.filePath, 'utf8');
