/**
 * The one query module: pages read articles, claims and references from here, never from getCollection.
 * The guide is built and checked once per build (memoised), and any content problem stops the build.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import type { Guide, GuideArticle } from './model.ts';
import { buildGuide } from './validate.ts';
import { isoDate } from '../utils/dates.ts';
import { today } from '../utils/today.ts';

let guide: Promise<Guide> | undefined;
const entries = new Map<string, CollectionEntry<'articles'>>();

export function getGuide(): Promise<Guide> {
	guide ??= load();
	return guide;
}

async function load(): Promise<Guide> {
	const [articles, references, glossary, kits, kitCommon, symptoms] = await Promise.all([
		getCollection('articles'),
		getCollection('references'),
		getCollection('glossary'),
		getCollection('kits'),
		getCollection('kitCommon'),
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
		symptoms: symptoms.map((entry) => ({ id: entry.id, filePath: entry.filePath ?? `content/symptoms/${entry.id}.yaml`, data: entry.data })),
		today: today(),
	});
	const overdue = guide.articles.filter((article) => article.reviewOverdue);
	if (overdue.length) {
		const list = overdue.map((article) => `  ${article.filePath} (next review was due ${isoDate(article.data.nextReview)})`);
		console.warn(`\nReview overdue: ${overdue.length} page${overdue.length === 1 ? ' is' : 's are'} past the next review date. Readers see a notice until each is reviewed and its dates updated:\n${list.join('\n')}\n`);
	}
	return guide;
}

export type { Guide, GuideArticle, GuideClaim, GuideReference } from './model.ts';
export { topicPageSize } from './validate.ts';

/** Renders an article's MDX body (Content component and headings). */
export async function renderArticle(article: GuideArticle) {
	await getGuide();
	const entry = entries.get(article.id);
	if (!entry) throw new Error(`No collection entry for article ${article.id}`);
	return render(entry);
}

/** The MDX source of an article (frontmatter included). */
export const articleSource = (article: GuideArticle) => readFileSync(article.filePath, 'utf8');
