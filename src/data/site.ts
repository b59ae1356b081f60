/** Facts about the site itself, declared once. */
export const siteName = 'Mesotherapy Evidence Guide';

/**
 * The public address the site is published at, used for canonical URLs, the sitemap and the exports.
 * Set SITE_URL when you build for a real host; the default is a reserved example domain.
 */
export const siteUrl = (process.env.SITE_URL ?? 'https://mesotherapy-guide.example').replace(/\/+$/, '');
