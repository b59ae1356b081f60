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
