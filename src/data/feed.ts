/**
 * Atom feeds of page versions, from the pages' changes logs: the site-wide /changes.xml and the aftercare-only
 * /aftercare/changes.xml that clinics follow for their handouts.
 */
import type { GuideArticle } from './model.ts';
import { siteName } from '../config.ts';
import { absoluteUrl, urls } from '../utils/urls.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function changesFeed({ title, subtitle, path, articles }: { title: string; subtitle: string; path: string; articles: GuideArticle[] }): Response {
	const entries = articles
		.flatMap((article) => article.changes.map((change) => ({ article, change })))
		.sort((a, b) => b.change.date.getTime() - a.change.date.getTime() || a.article.id.localeCompare(b.article.id));
	const updated = entries[0]?.change.date ?? new Date(0);
	const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escape(title)}</title>
  <subtitle>${escape(subtitle)}</subtitle>
  <id>${absoluteUrl(path)}</id>
  <link rel="self" href="${absoluteUrl(path)}"/>
  <link rel="alternate" href="${absoluteUrl(urls.home())}"/>
  <updated>${updated.toISOString()}</updated>
  <author><name>${escape(siteName)}</name></author>
${entries
	.map(
		({ article, change }) => `  <entry>
    <title>${escape(`${article.data.title}: version ${change.version}`)}</title>
    <id>${absoluteUrl(article.url)}#version-${change.version}</id>
    <link rel="alternate" href="${absoluteUrl(article.url)}"/>
    <updated>${change.date.toISOString()}</updated>
    <category term="${article.section}"/>
    <summary>${escape(change.summary)}</summary>
  </entry>`,
	)
	.join('\n')}
</feed>
`;
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
