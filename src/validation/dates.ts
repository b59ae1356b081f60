/**
 * Review dates a reader can trust: a page (or kit) cannot have been reviewed, or changed, after the day it is
 * built. A typo such as lastReviewed: 2062-11-21 would otherwise print a review that never happened and keep
 * the page from ever going overdue.
 */
import { isoDate } from '../utils/dates.ts';
import type { ContentProblem } from '../utils/errors.ts';

export function futureDateProblems(file: string, data: { lastReviewed: Date; changes?: { date: Date }[] }, today: Date): ContentProblem[] {
	const problems: ContentProblem[] = [];
	if (data.lastReviewed.getTime() > today.getTime()) {
		problems.push({
			file,
			field: 'lastReviewed',
			message: `${isoDate(data.lastReviewed)} is after today (${isoDate(today)}): readers would see a review that has not happened.`,
			fix: 'write the date the content was actually checked against the evidence, YYYY-MM-DD.',
		});
	}
	data.changes?.forEach((change, index) => {
		if (change.date.getTime() > today.getTime()) {
			problems.push({
				file,
				field: `changes[${index}].date`,
				message: `${isoDate(change.date)} is after today (${isoDate(today)}).`,
				fix: 'write the date the change was made, YYYY-MM-DD.',
			});
		}
	});
	return problems;
}
