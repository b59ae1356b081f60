import type { APIRoute } from 'astro';
import { getGuide } from '../data/guide.ts';
import { siteName } from '../config.ts';
import { urls } from '../utils/urls.ts';
import { changesFeed } from '../data/feed.ts';

/**
 * Atom feed of changes to the guide: one entry per version of each page, from the pages' changes logs, so
 * clinics hear when aftercare advice changes. Aftercare alone: /aftercare/changes.xml.
 */
export const GET: APIRoute = async () =>
	changesFeed({
		title: `${siteName}: changes`,
		subtitle: 'Each new version of a page in the guide, with what changed.',
		path: urls.feed(),
		articles: (await getGuide()).articles,
	});
