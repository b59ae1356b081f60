/**
 * What a view shared by both editions needs to know about its page's language, from the page's address: the
 * language, its interface text (`t`), its addresses (`urls`) and, on a Spanish page, the Spanish edition (the
 * translators' words); `edition` is undefined on an English page.
 */
import { langOf, useTranslations, type Lang, type UiKey } from '../i18n/index.ts';
import { urlsFor } from '../utils/urls.ts';
import type { Edition } from './edition.ts';
import { getEdition } from './guide.ts';

export async function pageLanguage(url: URL) {
	const lang: Lang = langOf(url.pathname);
	const t = useTranslations(lang);
	const edition: Edition | undefined = lang === 'es' ? await getEdition() : undefined;
	/** "1 risk", "3 risks": a count with its word, singular or plural, in the page's language. */
	const count = (n: number, one: UiKey, other: UiKey) => `${n} ${t(n === 1 ? one : other)}`;
	return { lang, t, urls: urlsFor(lang), edition, count };
}
