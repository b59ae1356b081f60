/** The real guide as built by tests/global-setup.ts: its articles, pages and exports. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter } from '../../src/utils/frontmatter.ts';
import { root, tmp } from './build.ts';

/** Where the real site is built for tests; GUIDE_TEST_SITE lets several people test at once. */
export const siteDir = process.env.GUIDE_TEST_SITE ?? join(tmp, 'site');
/** The content the site is built from; GUIDE_CONTENT_DIR as for the build. */
export const contentDir = process.env.GUIDE_CONTENT_DIR ?? join(root, 'content');

import { articleIds as listArticles, type ExportedClaim } from '../../src/lint/content-lint.ts';
export type { ExportedClaim };

export const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(siteDir, path), 'utf8'));
export const claims = () => readJson<ExportedClaim[]>('claims.json');
export const references = () => readJson<{ id: string; claims: string[] }[]>('references.json');

/** Every article as "<section>/<slug>", from the content folder. */
export const articleIds = () => listArticles(contentDir);

export const pageHtml = (path: string) => readFileSync(join(siteDir, path.replace(/^\/|\/$/g, ''), 'index.html'), 'utf8');

/** The frontmatter of an article, parsed. */
export function frontmatter(articleId: string): Record<string, unknown> {
	const text = readFileSync(join(contentDir, 'articles', `${articleId}.mdx`), 'utf8');
	return readFrontmatter(text);
}
