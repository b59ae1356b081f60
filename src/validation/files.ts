/**
 * Files and addresses: only .mdx pages in content/articles/ (anything else would be silently ignored), file
 * names that make sane addresses, ids short enough to be folder names, and no article at an address a fixed
 * page of the site already has.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentProblem } from '../utils/errors.ts';

/** The longest id (article slug, claim id, glossary id, reference key, kit id) the guide accepts. */
export const maxIdLength = 80;
const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every file under a folder, as paths relative to it; dotfiles (.DS_Store, …) left out. */
export function filesUnder(dir: string, base = dir): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => !entry.name.startsWith('.'))
		.flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name), base) : [relative(base, join(dir, entry.name))]));
}

/** A file in content/articles/ that the site would not publish. */
export function articleFileProblem(folder: string, rel: string): ContentProblem | undefined {
	if (rel.endsWith('.mdx')) return undefined;
	return {
		file: join(folder, rel),
		field: '(file)',
		message: 'only .mdx files in articles/ become pages, so this file would be silently left out.',
		fix: `rename it to ${rel.replace(/\.[^./]*$/, '')}.mdx (MDX is Markdown with components), or move it out of ${folder}.`,
	};
}

/** An id that is not kebab-case or too long, named by what it is (e.g. "the file name", "a claim id"). */
export function idProblem(id: string, file: string, field: string, what: string): ContentProblem | undefined {
	if (id.length > maxIdLength) {
		return {
			file,
			field,
			message: `${what} "${id.slice(0, 40)}…" is ${id.length} characters long; the limit is ${maxIdLength} (it becomes an address and a folder name).`,
			fix: `shorten it to a few words joined by hyphens, at most ${maxIdLength} characters.`,
		};
	}
	if (!kebab.test(id)) {
		return {
			file,
			field,
			message: `${what} "${id}" is not kebab-case (lower-case letters, digits and single hyphens); it becomes part of an address.`,
			fix: `rename it, e.g. "${
				id
					.toLowerCase()
					.replace(/[^a-z0-9]+/g, '-')
					.replace(/^-|-$/g, '') || 'a-plain-name'
			}".`,
		};
	}
	return undefined;
}

const pagesDir = fileURLToPath(new URL('../pages', import.meta.url));

/** The addresses of the site's fixed pages (src/pages files without [parameters]), e.g. /about/glossary/. */
export function fixedRoutes(dir = pagesDir): string[] {
	return filesUnder(dir)
		.filter((file) => file.endsWith('.astro') && !file.includes('['))
		.map((file) => `/${file.replace(/\.astro$/, '').replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/'));
}

/** An article whose address a fixed page (or a section hub's numbered page) already has. */
export function routeClashProblem(file: string, section: string, slug: string, fixed: Set<string>): ContentProblem | undefined {
	const url = `/${section}/${slug}/`;
	const clash = fixed.has(url)
		? `the fixed page src/pages${url.slice(0, -1)}.astro`
		: /^\d+$/.test(slug)
			? `page ${slug} of the ${section} hub`
			: undefined;
	if (!clash) return undefined;
	return {
		file,
		field: '(file name)',
		message: `the article would be published at ${url}, which is already ${clash}, so one of them would silently disappear.`,
		fix: 'give the file another name (its slug), and link to the new address.',
	};
}
