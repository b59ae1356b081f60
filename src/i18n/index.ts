/**
 * `t()`: the one way components get interface text, in the page's language (Starlight's pattern: strings per
 * language in one place, components hold no words of their own).
 *
 *   const t = useTranslations(Astro.url);
 *   t('pagination.position', { current: 2, last: 5 }) // "Page 2 of 5"
 */
import { en, type UiKey } from './en.ts';
import { es } from './es.ts';
import { type Lang, langOf, languages } from './languages.ts';

export type { Lang, UiKey };
export { defaultLang, langOf, languages } from './languages.ts';

/** A language's strings: every key of the English set. */
export type Translations = Record<UiKey, string>;

const dictionaries: Record<Lang, Translations> = { en, es };

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/** The translator for a language, or for the language of a page's URL. */
export function useTranslations(langOrUrl: Lang | URL): Translate {
	const lang = langOrUrl instanceof URL ? langOf(langOrUrl.pathname) : langOrUrl;
	const dictionary = dictionaries[lang];
	return (key, values = {}) =>
		dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The page's language facts (html lang, Open Graph locale, date locale), from its URL. */
export const languageOf = (url: URL) => languages[langOf(url.pathname)];
