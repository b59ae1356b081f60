/** Dates are calendar days: YAML reads them as UTC midnight, so they are always shown in UTC. */
const long = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "21 November 2026" */
export const formatDate = (date: Date) => long.format(date);

/** "2026-11-21", for <time datetime> and machine-readable output. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
