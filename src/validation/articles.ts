/** Articles: the section matches the folder; aftercare handouts keep a changes log; versions and review state. */
import type { ArticleData } from '../schemas/article.ts';
import type { GuideArticle } from '../data/model.ts';
import { sectionIds, type SectionId } from '../config.ts';
import { urls } from '../utils/urls.ts';
import type { ContentProblem } from '../utils/errors.ts';
import type { RawArticle } from './raw.ts';
import { en } from '../i18n/en.ts';

const sectionOrder = (section: SectionId) => sectionIds.indexOf(section);

/** The articles in site order, and each one's MDX source. */
export function resolveArticles(rawArticles: RawArticle[], today: Date, problems: ContentProblem[], contentDir: string) {
	const sources = new Map<GuideArticle, string>();
	const articles = rawArticles
		.map((raw): GuideArticle => {
			const slash = raw.id.lastIndexOf('/');
			const folder = slash === -1 ? '' : raw.id.slice(0, slash);
			if (folder !== raw.data.section) {
				problems.push({
					file: raw.filePath,
					field: 'section',
					message: `section is "${raw.data.section}" but the file is in the folder "${folder || '(none)'}".`,
					fix: `move the file to ${contentDir}/articles/${raw.data.section}/ or set section: ${folder || '<section>'}.`,
				});
			}
			const slug = slash === -1 ? raw.id : raw.id.slice(slash + 1);
			const id = `${raw.data.section}/${slug}`;
			const article: GuideArticle = {
				id,
				section: raw.data.section,
				slug,
				url: urls.article(id),
				filePath: raw.filePath,
				data: raw.data,
				claims: [],
				shownClaims: [],
				references: [],
				related: [],
				reviewOverdue: raw.data.nextReview.getTime() < today.getTime(),
				changes: changesOf(raw.data),
				version: 0,
			};
			article.version = article.changes[0].version;
			if (raw.data.section === 'aftercare' && raw.data.changes.length === 0) {
				problems.push({
					file: raw.filePath,
					field: 'changes',
					message: 'aftercare pages are printed as versioned handouts, so they need a changes log.',
					fix: 'add changes: [{ version: 1, date: 2026-11-21, summary: First version. }] and a new entry whenever the advice changes.',
				});
			}
			sources.set(article, raw.text);
			return article;
		})
		.sort(
			(a, b) =>
				sectionOrder(a.section) - sectionOrder(b.section) || a.data.order - b.data.order || a.data.title.localeCompare(b.data.title),
		);
	return { articles, sources, articleById: new Map(articles.map((article) => [article.id, article])) };
}

/**
 * The versions of a page, newest first; version 1 of lastReviewed when the page keeps no log, summarised by the
 * interface string `changes.firstVersion` (so each language has its own words for it, not each translation file).
 */
function changesOf(data: ArticleData): GuideArticle['changes'] {
	if (data.changes.length === 0) return [{ version: 1, date: data.lastReviewed, summary: en['changes.firstVersion'] }];
	return [...data.changes].sort((a, b) => b.version - a.version);
}
