import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultLang, langOf, languages } from '../i18n/languages.ts';
import { useTranslations } from '../i18n/index.ts';
import type { Redirect } from '../utils/redirects.ts';
import { escapeXml } from '../utils/text.ts';

/**
 * The HTML page left at a renamed page's old address, for hosts that do not read _redirects: valid HTML, the
 * same strict policy as every page (nothing but this origin, no script), no indexing, and a visible link for
 * anyone whose browser does not follow the refresh, in the language of the old address.
 */
export function redirectPage({ from, to }: Redirect, canonical: string): string {
	const target = escapeXml(to);
	const lang = langOf(from);
	const t = useTranslations(lang);
	return `<!DOCTYPE html>
<html lang="${languages[lang].htmlLang}">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${target}">
<link rel="canonical" href="${escapeXml(canonical)}">
<title>${t('redirect.title')}</title>
</head>
<body>
<main>
<h1>${t('redirect.title')}</h1>
<p>${t('redirect.newAddress')} <a href="${target}">${target}</a>.</p>
</main>
</body>
</html>
`;
}

/**
 * Each edition's own "page not found" for a missing address in its folder: /es/… gets /es/404/ (built from
 * src/pages/es/404.astro), not the English /404.html that hosts serve by default.
 */
export const notFoundPages = Object.keys(languages)
	.filter((lang) => lang !== defaultLang)
	.map((lang) => ({ folder: `/${lang}/`, page: `/${lang}/404/` }));

/**
 * Replaces Astro's redirect pages with `redirectPage` and writes dist/_redirects (Netlify/Cloudflare format),
 * both from content/redirects.yaml. Then, for each edition's 404 page: a copy at dist/<lang>/404.html (Cloudflare
 * Pages and hosts like it serve the nearest 404.html up the folder tree) and, after the redirects (the first rule
 * that matches wins), a `/<lang>/*  /<lang>/404/  404` rule, which Netlify applies only where no file exists.
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
				const missing: string[] = [];
				for (const { folder, page } of notFoundPages) {
					const built = fileURLToPath(new URL(`.${page}index.html`, dir));
					if (!existsSync(built)) continue;
					copyFileSync(built, fileURLToPath(new URL(`.${folder}404.html`, dir)));
					missing.push(`${folder}*  ${page}  404`);
				}
				writeFileSync(
					fileURLToPath(new URL('_redirects', dir)),
					`# Renamed pages (from content/redirects.yaml). Each also has an HTML redirect page for other hosts.\n${lines.join('\n')}\n${
						missing.length
							? `# A missing address in a language's folder gets that language's "page not found" (Netlify; other hosts use <lang>/404.html).\n${missing.join('\n')}\n`
							: ''
					}`,
				);
			},
		},
	};
}
