import type { APIRoute } from 'astro';
import { getEdition } from '../../data/guide.ts';
import { urlsFor } from '../../utils/urls.ts';
import { translationsFeed } from '../../data/feed.ts';

/** Atom feed of the Spanish edition (src/utils/feed.ts): translations published, and English changes not yet translated. */
export const GET: APIRoute = async () => translationsFeed({ path: urlsFor('es').feed(), edition: await getEdition() });
