/**
 * The paginated lists, one page size and one split for both languages: section hubs (`hubPageSize` articles a page)
 * and evidence topics (`topicPageSize` claims a page, in label order). The English and Spanish page files call these
 * from getStaticPaths, so /uses/2/ and /es/usos/2/ list the same articles, and /evidence/topic/uses/2/ and
 * /es/evidencia/tema/usos/2/ the same claims; src/data/edition.ts pairs them page by page. The sources in full
 * (`referencePageSize` a page) are split the same way in both languages too.
 */
import type { PaginateFunction } from 'astro';
import { hubPageSize, sectionIds, type SectionId } from '../config.ts';
import type { Lang } from '../i18n/languages.ts';
import { sectionSlugs } from '../utils/urls.ts';
import { getGuide, referencePageSize } from './guide.ts';
import { topicByLabel } from './label-groups.ts';
import { topicPageSize } from './validate.ts';

/** A section's address segment in a language: uses, usos. */
const segment = (lang: Lang, id: SectionId) => (lang === 'es' ? sectionSlugs.es[id] : id);

/** Every page of every section hub that has articles, in a language. */
export async function hubPaths(paginate: PaginateFunction, lang: Lang) {
	const guide = await getGuide();
	return sectionIds
		.map((id) => ({ id, articles: guide.articles.filter((article) => article.section === id) }))
		.filter(({ articles }) => articles.length > 0)
		.flatMap(({ id, articles }) =>
			paginate(articles, { pageSize: hubPageSize, params: { section: segment(lang, id) }, props: { section: id } }),
		);
}

/** Every page of every evidence topic, in a language: the topic's claims in label order. */
export async function topicPaths(paginate: PaginateFunction, lang: Lang) {
	const guide = await getGuide();
	return guide.topics.flatMap((topic) =>
		paginate(topicByLabel(topic).claims, {
			pageSize: topicPageSize,
			params: { section: segment(lang, topic.section.id) },
			props: { topic },
		}),
	);
}

/** Every page of the sources in full (/references/sources/, /es/referencias/fuentes/): the same split in both languages. */
export async function referencePaths(paginate: PaginateFunction) {
	return paginate((await getGuide()).references, { pageSize: referencePageSize });
}
