/**
 * Atom feeds of page versions, from the pages' changes logs: the site-wide /changes.xml and the aftercare-only
 * /aftercare/changes.xml that clinics follow for their handouts; in Spanish, /es/changes.xml and the aftercare-only
 * /es/cuidados-posteriores/changes.xml (translations published, English changes not yet translated).
 */
import type { GuideArticle } from './model.ts';
import { siteName } from '../config.ts';
import { absoluteUrl, urls } from '../utils/urls.ts';
import { escapeXml } from '../utils/text.ts';

export function changesFeed({
	title,
	subtitle,
	path,
	articles,
}: {
	title: string;
	subtitle: string;
	path: string;
	articles: GuideArticle[];
}): Response {
	const entries = articles
		.flatMap((article) => article.changes.map((change) => ({ article, change })))
		.sort((a, b) => b.change.date.getTime() - a.change.date.getTime() || a.article.id.localeCompare(b.article.id));
	const updated = entries[0]?.change.date ?? new Date(0);
	const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeXml(title)}</title>
  <subtitle>${escapeXml(subtitle)}</subtitle>
  <id>${absoluteUrl(path)}</id>
  <link rel="self" href="${absoluteUrl(path)}"/>
  <link rel="alternate" href="${absoluteUrl(urls.home())}"/>
  <updated>${updated.toISOString()}</updated>
  <author><name>${escapeXml(siteName)}</name></author>
${entries
	.map(
		({ article, change }) => `  <entry>
    <title>${escapeXml(`${article.data.title}: version ${change.version}`)}</title>
    <id>${absoluteUrl(article.url)}#version-${change.version}</id>
    <link rel="alternate" href="${absoluteUrl(article.url)}"/>
    <updated>${change.date.toISOString()}</updated>
    <category term="${article.section}"/>
    <summary>${escapeXml(change.summary)}</summary>
  </entry>`,
	)
	.join('\n')}
</feed>
`;
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

/**
 * /es/changes.xml: each Spanish translation as it was published (its `translated` date), and each English version
 * a translation has not caught up with yet (out of date), so readers of the Spanish edition hear about both.
 * With `section` (and its own title, subtitle and page): the same feed for one section's pages only, e.g. the
 * Spanish aftercare handouts, /es/cuidados-posteriores/changes.xml.
 */
export function translationsFeed({
	path,
	edition,
	section,
	title = `${siteName}: cambios en la edición en español`,
	subtitle = 'Cada traducción publicada y cada página en inglés que cambió después de traducirse.',
	alternate = '/es/',
}: {
	path: string;
	edition: import('../data/edition.ts').Edition;
	section?: GuideArticle['section'];
	title?: string;
	subtitle?: string;
	alternate?: string;
}): Response {
	const articles = edition.articles.filter((article) => !section || article.english.section === section);
	const entries = [
		...articles.map((article) => ({
			id: `${absoluteUrl(article.url)}#traducido-${article.data.translated.toISOString().slice(0, 10)}`,
			title: `${article.data.title}: traducción publicada`,
			url: absoluteUrl(article.url),
			date: article.data.translated,
			summary: `Traducción de la versión ${article.data.translatedFrom.version} de la página en inglés.`,
			section: article.english.section,
		})),
		...articles
			.filter((article) => article.state === 'out-of-date')
			.map((article) => ({
				id: `${absoluteUrl(article.english.url)}#version-${article.english.version}`,
				title: `${article.data.title}: la página en inglés ha cambiado (versión ${article.english.version})`,
				url: absoluteUrl(article.english.url),
				date: article.english.changes[0]?.date ?? article.english.data.lastReviewed,
				summary: 'Esta traducción está desactualizada hasta que se revise. Lea la página en inglés.',
				section: article.english.section,
			})),
	].sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
	const updated = entries[0]?.date ?? new Date(0);
	const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="es">
  <title>${escapeXml(title)}</title>
  <subtitle>${escapeXml(subtitle)}</subtitle>
  <id>${absoluteUrl(path)}</id>
  <link rel="self" href="${absoluteUrl(path)}"/>
  <link rel="alternate" href="${absoluteUrl(alternate)}"/>
  <updated>${updated.toISOString()}</updated>
  <author><name>${escapeXml(siteName)}</name></author>
${entries
	.map(
		(entry) => `  <entry>
    <title>${escapeXml(entry.title)}</title>
    <id>${entry.id}</id>
    <link rel="alternate" href="${entry.url}"/>
    <updated>${entry.date.toISOString()}</updated>
    <category term="${entry.section}"/>
    <summary>${escapeXml(entry.summary)}</summary>
  </entry>`,
	)
	.join('\n')}
</feed>
`;
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
