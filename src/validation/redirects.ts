/**
 * content/redirects.yaml: a redirect keeps an old address working, so it must never hide a live page, must
 * lead to a page (not to another redirect, not round in a loop).
 */
import type { Redirect } from '../utils/redirects.ts';
import type { ContentProblem } from '../utils/errors.ts';

/** The numbered pages of a section hub or an evidence topic: /basics/2/, /evidence/topic/uses/3/. */
const numbered = /^\/(?:evidence\/topic\/)?[a-z0-9-]+\/\d+\/$/;

export function redirectProblems(file: string, redirects: Redirect[], live: Set<string>): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const from = new Map<string, number>();
	redirects.forEach((redirect, index) => {
		const field = `entry ${index + 1}`;
		if (from.has(redirect.from)) {
			problems.push({
				file,
				field: `${field}, from`,
				message: `${redirect.from} is already redirected by entry ${from.get(redirect.from)! + 1}.`,
				fix: 'keep one entry per old address.',
			});
		} else from.set(redirect.from, index);
		if (numbered.test(redirect.from) || numbered.test(redirect.to)) {
			problems.push({
				file,
				field: `${field}, ${numbered.test(redirect.from) ? 'from' : 'to'}`,
				message: 'a numbered page of a hub or topic list (/basics/2/) moves as the guide grows, so it cannot be redirected from or to.',
				fix: 'redirect from the old address of the page itself, to the new address of the page itself.',
			});
		} else if (live.has(redirect.from)) {
			problems.push({
				file,
				field: `${field}, from`,
				message: `${redirect.from} is a live page: the redirect would replace it, and readers following its links would never see it.`,
				fix: 'redirect only addresses that no page has any more; to move a page, rename its file and redirect the old address.',
			});
		}
	});
	redirects.forEach((redirect, index) => {
		const field = `entry ${index + 1}, to`;
		if (from.has(redirect.to)) {
			problems.push({
				file,
				field,
				message: `${redirect.to} is itself redirected (entry ${from.get(redirect.to)! + 1})${redirect.to === redirect.from ? ', to itself' : ''}, so readers would go round a chain or a loop.`,
				fix: 'point every redirect straight at the page where the content now lives.',
			});
		} else if (!live.has(redirect.to) && !numbered.test(redirect.to)) {
			problems.push({
				file,
				field,
				message: `${redirect.to} is not a page of the site, so the redirect would lead to "page not found".`,
				fix: 'point it at the address of an existing page, e.g. /aftercare/the-first-week/.',
			});
		}
	});
	return problems;
}
