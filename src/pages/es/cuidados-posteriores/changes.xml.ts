import type { APIRoute } from 'astro';
import { getEdition } from '../../../data/guide.ts';
import { siteName } from '../../../config.ts';
import { urlsFor } from '../../../utils/urls.ts';
import { translationsFeed } from '../../../data/feed.ts';

const es = urlsFor('es');

/** Atom feed of the Spanish aftercare handouts only (the same code as /es/changes.xml), for clinics that print them. */
export const GET: APIRoute = async () =>
	translationsFeed({
		path: es.aftercareFeed(),
		edition: await getEdition(),
		section: 'aftercare',
		title: `${siteName}: cambios en las hojas de cuidados posteriores en español`,
		subtitle:
			'Cada traducción publicada de una página de cuidados posteriores (las hojas impresas) y cada cambio en la página en inglés que la traducción aún no recoge.',
		alternate: es.section('aftercare'),
	});
