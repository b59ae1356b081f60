import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Redirect } from '../utils/redirects.ts';

/** Writes dist/_redirects (Netlify/Cloudflare format) from the same list Astro makes redirect pages from. */
export default function redirectsFile(redirects: Redirect[]): AstroIntegration {
	return {
		name: 'guide:redirects',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const lines = redirects.map(({ from, to }) => `${from} ${to} 301`);
				writeFileSync(
					fileURLToPath(new URL('_redirects', dir)),
					`# Renamed pages (from content/redirects.yaml). Each also has an HTML redirect page for other hosts.\n${lines.join('\n')}\n`,
				);
			},
		},
	};
}
