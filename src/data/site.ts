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
	return !name.includes('.') || reservedDomains.includes(tld) || reservedNames.some((reserved) => name === reserved || name.endsWith(`.${reserved}`));
}

/**
 * A preview build: SITE_URL or CORRECTIONS_EMAIL is not set to a real address. Every printed sheet is marked
 * "Preview copy, not for handing out", the build warns, and `npm run build:publish` refuses to run.
 */
export const isPreview = isPlaceholder(siteUrl) || isPlaceholder(correctionsEmail);
