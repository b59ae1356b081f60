/**
 * `npm run build`: builds the site (pages, search index, exports) into a staging folder and moves it into
 * place only when everything succeeded, so a content error never leaves a half-built site in dist/.
 *
 * Without SITE_URL and CORRECTIONS_EMAIL the build is a preview: it warns, and every printed sheet says "Preview
 * copy, not for handing out". `npm run build:publish` (this script with --publish) refuses to start without a
 * real SITE_URL and CORRECTIONS_EMAIL, and refuses to put in place a build that still names the placeholder domain.
 *
 * GUIDE_OUT_DIR (default ./dist) and GUIDE_CONTENT_DIR (default ./content) choose other folders.
 */
import { build } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { explainBuildError } from '../src/utils/errors.ts';
import { correctionsEmail, isPlaceholder, isPreview, placeholderSiteUrl, siteUrl } from '../src/data/site.ts';

const outDir = resolve(process.env.GUIDE_OUT_DIR ?? 'dist');
const staging = `${outDir}.staging-${process.pid}`;
const publish = process.argv.includes('--publish');
const placeholderHost = new URL(placeholderSiteUrl).hostname;

if (publish) {
	const problems: string[] = [];
	if (!process.env.SITE_URL || isPlaceholder(siteUrl) || !siteUrl.startsWith('https://')) {
		problems.push(
			`SITE_URL ${process.env.SITE_URL ? `is "${process.env.SITE_URL}", not a public https address` : 'is not set'}.\n    Fix: set it to the address the site is published at, e.g. SITE_URL=https://guide.your-domain.org`,
		);
	}
	if (!process.env.CORRECTIONS_EMAIL || isPlaceholder(correctionsEmail) || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(correctionsEmail)) {
		problems.push(
			`CORRECTIONS_EMAIL ${process.env.CORRECTIONS_EMAIL ? `is "${process.env.CORRECTIONS_EMAIL}", not a real address` : 'is not set'}.\n    Fix: set it to the address readers send corrections to, e.g. CORRECTIONS_EMAIL=corrections@your-domain.org`,
		);
	}
	if (problems.length) {
		console.error(`\nNot published: a build for publishing needs real addresses; nothing was built.\n\n${problems.map((p) => `  ${p}`).join('\n')}\n\nFor a preview on this machine, use npm run build or npm start.`);
		process.exit(1);
	}
}

// Astro keeps parsed content in a data store that it refreshes when src/content.config.ts changes, but not
// when a schema it imports does: drop the store whenever any schema file changes, so new rules always apply.
const cacheDir = resolve(process.env.GUIDE_CACHE_DIR ?? 'node_modules/.astro');
const schemaFiles = ['src/content.config.ts', ...readdirSync('src/schemas').map((file) => join('src/schemas', file))];
const schemaHash = createHash('sha256').update(schemaFiles.map((file) => readFileSync(file, 'utf8')).join('\0')).digest('hex');
const hashFile = join(cacheDir, 'guide-schema-hash');
if (!existsSync(hashFile) || readFileSync(hashFile, 'utf8') !== schemaHash) {
	rmSync(join(cacheDir, 'data-store.json'), { force: true });
	mkdirSync(cacheDir, { recursive: true });
	writeFileSync(hashFile, schemaHash);
}

try {
	await build({ outDir: staging, logLevel: process.env.GUIDE_LOG_LEVEL as 'info' | undefined });
} catch (error) {
	rmSync(staging, { recursive: true, force: true });
	const message = explainBuildError(error);
	console.error(`\nBuild failed; ${existsSync(outDir) ? `${outDir} was left as it was` : 'nothing was written'}.\n\n${message}`);
	process.exit(1);
}
if (publish) {
	const leaks = filesContaining(staging, placeholderHost);
	if (leaks.length) {
		rmSync(staging, { recursive: true, force: true });
		console.error(
			`\nNot published: ${leaks.length} built file${leaks.length === 1 ? '' : 's'} still name${leaks.length === 1 ? "s" : ""} the placeholder domain ${placeholderHost}; ${existsSync(outDir) ? `${outDir} was left as it was` : 'nothing was written'}.\n${leaks.slice(0, 20).map((file) => `  ${file}`).join('\n')}\n    Fix: take the address from src/data/site.ts (siteUrl, correctionsEmail) instead of writing it in the page or content.`,
		);
		process.exit(1);
	}
}
rmSync(outDir, { recursive: true, force: true });
renameSync(staging, outDir);
console.log(`Site built in ${outDir}`);
if (publish) console.log(`Ready to publish at ${siteUrl} (corrections to ${correctionsEmail}).`);
else if (isPreview) {
	console.warn(`
************************************************************************************************
  PREVIEW BUILD: not for publishing or printing for clients.
  ${isPlaceholder(siteUrl) ? `SITE_URL is not set: canonical links, the sitemap, feeds, exports and the address and QR code on
  every printed handout point at ${siteUrl}, which does not exist.` : ''}${isPlaceholder(correctionsEmail) ? `
  CORRECTIONS_EMAIL is not set: readers are shown ${correctionsEmail}, which receives nothing.` : ''}
  Every printed sheet says "Preview copy, not for handing out".
  To publish: SITE_URL=https://your.domain CORRECTIONS_EMAIL=you@your.domain npm run build:publish
************************************************************************************************
`);
}

/** Text files under a folder (relative paths) that contain a string. */
function filesContaining(dir: string, text: string): string[] {
	const found: string[] = [];
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !/\.(html|xml|json|txt|js|css|svg|webmanifest)$|^_redirects$/.test(entry.name)) continue;
		const path = join(entry.parentPath, entry.name);
		if (readFileSync(path, 'utf8').includes(text)) found.push(path.slice(dir.length + 1));
	}
	return found;
}
