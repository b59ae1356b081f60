/**
 * Every URL the site links to comes from here, so a page moves in one place.
 * All paths end in a slash (astro.config.mjs: trailingSlash 'always').
 */
import { siteUrl } from '../config.ts';

export const urls = {
	home: () => '/',
	/** A section hub, and its later pages: /procedure/, /procedure/2/ */
	section: (section: string, page = 1) => `/${section}/${page > 1 ? `${page}/` : ''}`,
	/** An article, from its id "<section>/<slug>": /procedure/how-a-session-goes/ */
	article: (articleId: string) => `/${articleId}/`,
	/** The evidence index: the claims at a glance, by topic. */
	evidence: () => '/evidence/',
	/** The claims of one section (topic), evidence-backed first, and its later pages: /evidence/topic/uses/2/ */
	evidenceTopic: (section: string, page = 1) => `/evidence/topic/${section}/${page > 1 ? `${page}/` : ''}`,
	/** A claim's own page: /evidence/<claim-id>/ */
	claim: (claimId: string) => `/evidence/${claimId}/`,
	/** The list of every source (a line each), which links on to the full details. */
	references: () => '/references/',
	/** Products and names you may hear: each product the sources cover, what is in it, its regulatory status. */
	products: () => '/products/',
	/** One product on that page. */
	product: (id: string) => `/products/#product-${id}`,
	/** One reference's line in the list of every source. */
	reference: (key: string) => `/references/#${referenceAnchor(key)}`,
	/** A page of sources in full (details and the claims each is cited for), or one source on it. */
	referenceDetails: (page: number, key?: string) =>
		`/references/sources/${page > 1 ? `${page}/` : ''}${key ? `#${referenceAnchor(key)}` : ''}`,
	/** The search page, with a query when given. */
	search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
	claimsJson: () => '/claims.json',
	/** Atom feed of changes to the guide's pages. */
	feed: () => '/changes.xml',
	referencesJson: () => '/references.json',
	glossary: () => '/about/glossary/',
	/** Consultation kits: the list, and one goal's kit. */
	kits: () => '/consultation/',
	kit: (goal: string) => `/consultation/${goal}/`,
	forClinics: () => '/for-clinics/',
	/** "Worried after mesotherapy?": every warning sign by time since treatment, and where to get help. */
	worried: () => '/worried/',
	/** Atom feed of changes to the aftercare pages only (the printed handouts). */
	aftercareFeed: () => '/aftercare/changes.xml',
	/** One glossary entry. */
	term: (id: string) => `/about/glossary/#${termAnchor(id)}`,
	/** The page explaining the labels. */
	method: () => '/about/evidence-method/',
	/** How pages are reviewed (a section of the method page). */
	reviewPolicy: () => '/about/evidence-method/#how-pages-are-reviewed',
	pubmed: (pmid: string) => `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`,
	doi: (doi: string) => `https://doi.org/${doi}`,
};

/** The id of a reference's element on the references page. */
export const referenceAnchor = (key: string) => `ref-${key}`;

/** The id of a glossary entry's element on the glossary page. */
export const termAnchor = (id: string) => `term-${id}`;

/** The full address of a path on the published site, for canonical links and exports. */
export const absoluteUrl = (path: string) => new URL(path, `${siteUrl}/`).href;

/**
 * The Spanish edition's addresses (/es/…). English pages keep their addresses; a page the Spanish edition does
 * not have yet links to its English address. `urlsFor(lang)` is the one way to build an address in a language.
 */
export const sectionSlugs = {
	es: {
		basics: 'conceptos-basicos',
		uses: 'usos',
		procedure: 'procedimiento',
		ingredients: 'ingredientes',
		'side-effects': 'efectos-secundarios',
		aftercare: 'cuidados-posteriores',
		faq: 'preguntas',
		about: 'acerca-de',
	},
} as const;

/** Translated articles' and kits' slugs per language (id → slug), registered by the edition (src/data/edition.ts). */
const articleSlugs = new Map<string, Map<string, string>>();
const kitSlugs = new Map<string, Map<string, string>>();
export function registerSlugs(lang: string, slugs: Map<string, string>, kits: Map<string, string> = new Map()) {
	articleSlugs.set(lang, slugs);
	kitSlugs.set(lang, kits);
}

const spanishUrls = {
	...urls,
	home: () => '/es/',
	section: (section: string, page = 1) =>
		`/es/${sectionSlugs.es[section as keyof typeof sectionSlugs.es] ?? section}/${page > 1 ? `${page}/` : ''}`,
	/** A translated article's address, or the English one while it has no translation. */
	article: (articleId: string) => {
		const slug = articleSlugs.get('es')?.get(articleId);
		const section = articleId.split('/')[0]!;
		return slug ? `/es/${sectionSlugs.es[section as keyof typeof sectionSlugs.es]}/${slug}/` : urls.article(articleId);
	},
	evidence: () => '/es/evidencia/',
	evidenceTopic: (section: string, page = 1) =>
		`/es/evidencia/tema/${sectionSlugs.es[section as keyof typeof sectionSlugs.es] ?? section}/${page > 1 ? `${page}/` : ''}`,
	claim: (claimId: string) => `/es/evidencia/${claimId}/`,
	search: (query?: string) => (query ? `/es/buscar/?q=${encodeURIComponent(query)}` : '/es/buscar/'),
	claimsJson: () => '/es/claims.json',
	/** Atom feed of the Spanish edition: translations published and English pages changed since. */
	feed: () => '/es/changes.xml',
	glossary: () => '/es/acerca-de/glosario/',
	term: (id: string) => `/es/acerca-de/glosario/#${termAnchor(id)}`,
	kits: () => '/es/consulta/',
	/** A kit's Spanish address, by its English id (its translation's slug; the id while it has none). */
	kit: (goal: string) => `/es/consulta/${kitSlugs.get('es')?.get(goal) ?? goal}/`,
	worried: () => '/es/preocupado/',
	products: () => '/es/productos/',
	product: (id: string) => `/es/productos/#product-${id}`,
	/** Which pages are translated, up to date or out of date. */
	translationStatus: () => '/es/estado-de-la-traduccion/',
	/** The references in Spanish words: the same sources, the same `ref-` anchors and the same pages as in English. */
	references: () => '/es/referencias/',
	reference: (key: string) => `/es/referencias/#${referenceAnchor(key)}`,
	referenceDetails: (page: number, key?: string) =>
		`/es/referencias/fuentes/${page > 1 ? `${page}/` : ''}${key ? `#${referenceAnchor(key)}` : ''}`,
	forClinics: () => '/es/para-clinicas/',
	/** Atom feed of the Spanish aftercare pages (the printed handouts). */
	aftercareFeed: () => '/es/cuidados-posteriores/changes.xml',
	method: () => spanishUrls.article('about/evidence-method'),
	reviewPolicy: () => `${spanishUrls.article('about/evidence-method')}#how-pages-are-reviewed`,
};

const englishUrls = { ...urls, translationStatus: () => '/es/estado-de-la-traduccion/' };

export type Urls = typeof englishUrls;

/** The addresses of a language's pages. */
export const urlsFor = (lang: string): Urls => (lang === 'es' ? spanishUrls : englishUrls);
