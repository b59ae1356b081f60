/**
 * The languages the guide's interface speaks. English is the default and lives at the root of the site; any
 * other language lives under /<code>/. A page's language comes from its address (`langOf`), never a literal.
 */
export const languages = {
	en: { name: 'English', htmlLang: 'en-GB', ogLocale: 'en_GB', dateLocale: 'en-GB' },
	es: { name: 'Español', htmlLang: 'es', ogLocale: 'es_ES', dateLocale: 'es-ES' },
} as const;
export type Lang = keyof typeof languages;
export const defaultLang: Lang = 'en';

/** The language of a page, from its path: "/es/…" is Spanish; everything else English. */
export function langOf(pathname: string): Lang {
	const first = pathname.split('/')[1];
	return first && first in languages ? (first as Lang) : defaultLang;
}
