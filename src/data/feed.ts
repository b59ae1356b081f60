/**
 * Atom feeds of page versions, from the pages' changes logs: the site-wide /changes.xml and the aftercare-only
 * /aftercare/changes.xml that clinics follow for their handouts.
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
