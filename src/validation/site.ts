/**
 * The gate that runs on the built site, in its staging folder, before it replaces dist/: what can only be
 * judged once the pages exist. Every address in the URL ledger still resolves (a page, or a redirect to a
 * live page), every redirect lands on a page, and the content lint (src/lint/content-lint.ts: empty or thin
 * pages, unproven claims asserted in the guide's own voice, reading grade, wording, uncited references) has
 * no errors. Its warnings that need a person (a page no other page links to) are listed at the end of the build.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../utils/errors.ts';
import { lintSite } from '../lint/content-lint.ts';
import { ledgerFile, readLedger, unresolved } from '../lint/ledger.ts';
import { readRedirects } from '../utils/redirects.ts';

/** Problems that stop the build, and warnings it lists at its end. */
export function checkBuiltSite(
	siteDir: string,
	contentDir: string,
	today: Date,
): { problems: ContentProblem[]; warnings: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const ledger = ledgerFile(contentDir);
	for (const address of unresolved(readLedger(contentDir), siteDir)) {
		const [path, anchor] = address.split('#');
		problems.push({
			file: ledger,
			field: address,
			message: anchor
				? `the page is there, but no heading has id="${anchor}" any more, so a shared link no longer lands on its section.`
				: 'this published address now leads to "page not found"; people saved, shared and printed it.',
			fix: anchor
				? `put <Anchor id="${anchor}" /> where the old heading was, in the article at ${path}.`
				: `restore the page, or add an entry to ${join(contentDir, 'redirects.yaml')}: - { from: ${path}, to: <the page that now covers it> }. Never delete ledger lines.`,
		});
	}
	if (existsSync(join(contentDir, 'redirects.yaml'))) {
		readRedirects(contentDir).forEach((redirect, index) => {
			if (unresolved([redirect.to], siteDir).length) {
				problems.push({
					file: join(contentDir, 'redirects.yaml'),
					field: `entry ${index + 1}, to`,
					message: `${redirect.to} is not a page of the built site, so ${redirect.from} would lead to "page not found".`,
					fix: 'point the redirect at the address of an existing page.',
				});
			}
		});
	}
	const lint = lintSite(siteDir, contentDir, today);
	problems.push(...lint.problems);
	return { problems, warnings: lint.notices };
}
