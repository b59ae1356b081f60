import type { APIRoute } from 'astro';
import { getGuide } from '../../data/guide.ts';
import { siteName } from '../../config.ts';
import { urls } from '../../utils/urls.ts';
import { changesFeed } from '../../data/feed.ts';

/** Atom feed of the aftercare pages only: each new version of a handout clinics print, with what changed. */
export const GET: APIRoute = async () =>
	changesFeed({
		title: `${siteName}: aftercare handout changes`,
		subtitle: 'Each new version of an aftercare page (the printed handouts), with what changed.',
		path: urls.aftercareFeed(),
		articles: (await getGuide()).articles.filter((article) => article.section === 'aftercare'),
	});
