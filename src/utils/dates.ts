/** Dates are calendar days: YAML reads them as UTC midnight, so they are always shown in UTC. */
const formats = new Map<string, Intl.DateTimeFormat>();

/** "21 November 2026" (or the same date in another language's words, given its locale, e.g. "es-ES"). */
export function formatDate(date: Date, locale = 'en-GB'): string {
	if (!formats.has(locale))
		formats.set(locale, new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
	return formats.get(locale)!.format(date);
}

/** "2026-11-21", for <time datetime> and machine-readable output. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
