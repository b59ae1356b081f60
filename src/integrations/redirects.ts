import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Redirect } from '../utils/redirects.ts';
import { escapeXml } from '../utils/text.ts';

/**
 * The HTML page left at a renamed page's old address, for hosts that do not read _redirects: valid HTML, the
 * same strict policy as every page (nothing but this origin, no script), no indexing, and a visible link for
 * anyone whose browser does not follow the refresh.
 */
export function redirectPage({ to }: Redirect, canonical: string): string {
	const target = escapeXml(to);
	return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${target}">
<link rel="canonical" href="${escapeXml(canonical)}">
<title>This page has moved</title>
</head>
<body>
<main>
<h1>This page has moved</h1>
<p>Its new address is <a href="${target}">${target}</a>.</p>
</main>
</body>
</html>
`;
}

/**
 * Replaces Astro's redirect pages with `redirectPage` and writes dist/_redirects (Netlify/Cloudflare format),
 * both from content/redirects.yaml.
 */
export default function redirectsFile(redirects: Redirect[], site: string): AstroIntegration {
	return {
		name: 'guide:redirects',
		hooks: {
			'astro:build:done': ({ dir }) => {
				for (const redirect of redirects) {
					writeFileSync(
						fileURLToPath(new URL(`.${redirect.from}index.html`, dir)),
						redirectPage(redirect, new URL(redirect.to, `${site}/`).href),
					);
				}
				const lines = redirects.map(({ from, to }) => `${from} ${to} 301`);
				writeFileSync(
					fileURLToPath(new URL('_redirects', dir)),
					`# Renamed pages (from content/redirects.yaml). Each also has an HTML redirect page for other hosts.\n${lines.join('\n')}\n`,
				);
			},
		},
	};
}
