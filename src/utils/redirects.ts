/**
 * Redirects for renamed pages, declared once in content/redirects.yaml:
 *
 *   - from: /aftercare/old-name/
 *     to: /aftercare/new-name/
 *
 * Astro turns each into an HTML redirect page (works on any host) and src/integrations/redirects.ts writes
 * the same list to dist/_redirects for hosts that read it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface Redirect {
	from: string;
	to: string;
}

const path = /^\/(?:[a-z0-9-]+\/)*$/;

export function readRedirects(contentDir: string): Redirect[] {
	const file = join(contentDir, 'redirects.yaml');
	if (!existsSync(file)) return [];
	const list = (parse(readFileSync(file, 'utf8')) ?? []) as Redirect[];
	if (!Array.isArray(list)) throw new Error(`${file}: write a list of { from, to } entries.`);
	list.forEach((redirect, index) => {
		for (const key of ['from', 'to'] as const) {
			if (typeof redirect?.[key] !== 'string' || !path.test(redirect[key])) {
				throw new Error(
					`${file}: entry ${index + 1}, ${key}: write a site path that starts and ends with "/", e.g. /aftercare/the-first-week/.`,
				);
			}
		}
	});
	return list;
}
