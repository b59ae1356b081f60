/**
 * The languages the guide's interface speaks. English is the default and lives at the root of the site; any
 * other language lives under /<code>/. A page's language comes from its address (`langOf`), never a literal.
 */
export const languages = {
	en: { name: 'English', htmlLang: 'en-GB', ogLocale: 'en_GB', dateLocale: 'en-GB' },
	/**
	 * `translated`: the day the interface text (src/i18n/es.ts: every page's words that no content file holds) was
	 * translated; pages with no translation file of their own (hubs, the evidence index, search, products, …) say it.
	 */
	es: { name: 'Español', htmlLang: 'es', ogLocale: 'es_ES', dateLocale: 'es-ES', translated: '2026-11-30' },
} as const;
export type Lang = keyof typeof languages;
export const defaultLang: Lang = 'en';

/** The language of a page, from its path: "/es/…" is Spanish; everything else English. */
export function langOf(pathname: string): Lang {
	const first = pathname.split('/')[1];
	return first && first in languages ? (first as Lang) : defaultLang;
}
