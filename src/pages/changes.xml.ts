import type { APIRoute } from 'astro';
import { getGuide } from '../data/guide.ts';
import { siteName } from '../data/site.ts';
import { absoluteUrl, urls } from '../utils/urls.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Atom feed of changes to the guide: one entry per version of each page, from the pages' changes logs, so
 * clinics hear when aftercare advice changes.
 */
export const GET: APIRoute = async () => {
	const guide = await getGuide();
	const entries = guide.articles
		.flatMap((article) => article.changes.map((change) => ({ article, change })))
		.sort((a, b) => b.change.date.getTime() - a.change.date.getTime() || a.article.id.localeCompare(b.article.id));
	const updated = entries[0]?.change.date ?? new Date(0);
	const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escape(siteName)}: changes</title>
  <subtitle>Each new version of a page in the guide, with what changed.</subtitle>
  <id>${absoluteUrl(urls.feed())}</id>
  <link rel="self" href="${absoluteUrl(urls.feed())}"/>
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
};
