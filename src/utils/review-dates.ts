/**
 * Review dates for the sitemap's <lastmod>, read straight from the articles' frontmatter (the sitemap
 * integration runs outside the content layer). An article's claim pages carry the article's date.
 * The content layer validates the same files; here anything unreadable is simply skipped.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter } from './frontmatter.ts';

export function reviewDates(contentDir: string): Map<string, Date> {
	const dates = new Map<string, Date>();
	const articles = join(contentDir, 'articles');
	for (const section of readdirSync(articles, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
		for (const file of readdirSync(join(articles, section.name)).filter((name) => name.endsWith('.mdx'))) {
			try {
				const data = readFrontmatter<{ lastReviewed?: Date | string; claims?: { id?: string }[] }>(
					readFileSync(join(articles, section.name, file), 'utf8'),
				);
				const date = new Date(data.lastReviewed ?? '');
				if (Number.isNaN(date.getTime())) continue;
				dates.set(`/${section.name}/${file.replace(/\.mdx$/, '')}/`, date);
				for (const claim of data.claims ?? []) if (claim.id) dates.set(`/evidence/${claim.id}/`, date);
			} catch {
				// Reported by the content layer with file and field.
			}
		}
	}
	return dates;
}
