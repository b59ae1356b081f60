/**
 * The site's configuration, declared once: its name and public address, the corrections address, the sections,
 * the content folder and the environment defaults (GUIDE_CONTENT_DIR, GUIDE_TODAY, SITE_URL, CORRECTIONS_EMAIL).
 * A leaf: it imports nothing of the project's, so every layer (schemas, utils, data, pages, scripts) may read it.
 */

// Sections

/**
 * The sections of the guide, in the order the navigation shows them. A section is a folder of
 * `content/articles/` and the first segment of its articles' URLs.
 */
export const sectionIds = ['basics', 'uses', 'procedure', 'ingredients', 'side-effects', 'aftercare', 'faq', 'about'] as const;
export type SectionId = (typeof sectionIds)[number];

export interface Section {
	id: SectionId;
	/** Name in navigation and breadcrumbs. */
	title: string;
	/** One plain sentence for the hub page and search engines. */
	description: string;
}

export const sections: Record<SectionId, Section> = {
	basics: {
		id: 'basics',
		title: 'Basics',
		description: 'What mesotherapy is, what goes into the skin, and what it is used for.',
	},
	uses: {
		id: 'uses',
		title: 'Uses',
		description: 'What clinics offer mesotherapy for, one goal at a time, and what the evidence says about each.',
	},
	procedure: {
		id: 'procedure',
		title: 'Procedure',
		description: 'What happens before, during and after a mesotherapy session, and who should not have it.',
	},
	ingredients: {
		id: 'ingredients',
		title: 'Ingredients',
		description: 'The drugs, vitamins and mixtures that get injected, and what the evidence says about each one.',
	},
	'side-effects': {
		id: 'side-effects',
		title: 'Side effects',
		description: 'What can go wrong, how common it is, and when to get help.',
	},
	aftercare: {
		id: 'aftercare',
		title: 'Aftercare',
		description: 'How to look after your skin in the hours and weeks after mesotherapy, and the warning signs to watch for.',
	},
	faq: {
		id: 'faq',
		title: 'Questions',
		description: 'Short answers to the questions people ask before they book mesotherapy.',
	},
	about: {
		id: 'about',
		title: 'About this guide',
		description: 'How we rate the evidence, who writes this guide, and how it is kept up to date.',
	},
};

/**
 * Articles per section hub page, in both languages: hubs paginate (/uses/2/, /es/usos/2/), so no page grows with
 * the size of the guide. The evidence topics' page size is `topicPageSize` (src/validation/topics.ts).
 */
export const hubPageSize = 40;

// The site

/** Facts about the site itself, declared once. */
export const siteName = 'Mesotherapy Evidence Guide';

/** The reserved example domain the site falls back to when SITE_URL is not set: never published. */
export const placeholderSiteUrl = 'https://mesotherapy-guide.example';

/**
 * The public address the site is published at, used for canonical URLs, the sitemap, the exports, the feeds and
 * the address and QR code printed on handouts. Set SITE_URL when you build for a real host; without it the build
 * is a preview (see `isPreview`).
 */
export const siteUrl = (process.env.SITE_URL || placeholderSiteUrl).replace(/\/+$/, '');

/** The placeholder corrections address, used until CORRECTIONS_EMAIL is set. */
export const placeholderCorrectionsEmail = 'corrections@mesotherapy-guide.example';

/** Where readers send corrections (CORRECTIONS_EMAIL); shown on the "who writes this guide" page. */
export const correctionsEmail = process.env.CORRECTIONS_EMAIL || placeholderCorrectionsEmail;

/** Domains reserved for examples and tests (RFC 2606): an address there can never reach a reader. */
const reservedDomains = ['example', 'test', 'invalid', 'localhost'];
const reservedNames = ['example.com', 'example.net', 'example.org'];

/** True when a web address or an email address is on a reserved example domain, or cannot be read at all. */
export function isPlaceholder(address: string): boolean {
	let host = address.includes('@') ? address.slice(address.lastIndexOf('@') + 1) : '';
	if (!host) {
		try {
			host = new URL(address).hostname;
		} catch {
			return true;
		}
	}
	const name = host.toLowerCase().replace(/\.$/, '');
	const tld = name.split('.').pop() ?? '';
	return (
		!name.includes('.') ||
		reservedDomains.includes(tld) ||
		reservedNames.some((reserved) => name === reserved || name.endsWith(`.${reserved}`))
	);
}

/**
 * A preview build: SITE_URL or CORRECTIONS_EMAIL is not set to a real address. Every printed sheet is marked
 * "Preview copy, not for handing out", the build warns, and `npm run build:publish` refuses to run.
 */
export const isPreview = isPlaceholder(siteUrl) || isPlaceholder(correctionsEmail);

// The content folder

/**
 * The content folder the site is built from: `./content` unless GUIDE_CONTENT_DIR names another one
 * (the tests build fixture folders, the benchmark builds generated corpora).
 */
export const contentDir = (process.env.GUIDE_CONTENT_DIR ?? './content').replace(/\/+$/, '');

// Today

/**
 * Today's date as a calendar day (UTC midnight). GUIDE_TODAY=YYYY-MM-DD fixes the clock, for tests and for
 * checking which pages will be overdue on a given day.
 */
export function today(): Date {
	const fixed = process.env.GUIDE_TODAY;
	if (fixed) {
		const date = new Date(`${fixed}T00:00:00Z`);
		if (Number.isNaN(date.getTime())) throw new Error(`GUIDE_TODAY must be a date written YYYY-MM-DD, not "${fixed}".`);
		return date;
	}
	const now = new Date();
	return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
