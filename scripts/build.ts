/**
 * `npm run build`: the build is the gate. It checks the content (src/validation/content.ts), builds the site
 * (pages, search index, exports) into a staging folder, checks the built site (src/validation/site.ts), and
 * moves it into place only when everything succeeded, so wrong content never reaches dist/ and a failed build
 * leaves the last good site as it was. Problems that do not stop the build are listed once at the end.
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
import { explainBuildError, formatProblems, formatWarnings } from '../src/utils/errors.ts';
import { contentDir } from '../src/config.ts';
import { today } from '../src/config.ts';
import { checkContent } from '../src/validation/content.ts';
import { checkBuiltSite } from '../src/validation/site.ts';
import { correctionsEmail, isPlaceholder, placeholderSiteUrl, siteUrl } from '../src/config.ts';

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
		console.error(
			`\nNot published: a build for publishing needs real addresses; nothing was built.\n\n${problems.map((p) => `  ${p}`).join('\n')}\n\nFor a preview on this machine, use npm run build or npm start.`,
		);
		process.exit(1);
	}
}

function fail(message: string): never {
	rmSync(staging, { recursive: true, force: true });
	console.error(`\nBuild failed; ${existsSync(outDir) ? `${outDir} was left as it was` : 'nothing was written'}.\n\n${message}`);
	process.exit(1);
}

// 1. The content, file by file, before Astro reads it.
let day: Date;
let content: ReturnType<typeof checkContent>;
try {
	day = today();
	content = checkContent(contentDir, { today: day });
} catch (error) {
	fail(explainBuildError(error));
}
if (content.problems.length) fail(formatProblems(content.problems));

// Astro keeps parsed content in a data store that it refreshes when src/content.config.ts changes, but not
// when a schema it imports does: drop the store whenever any schema file changes, so new rules always apply.
const cacheDir = resolve(process.env.GUIDE_CACHE_DIR ?? 'node_modules/.astro');
const schemaFiles = ['src/content.config.ts', ...readdirSync('src/schemas').map((file) => join('src/schemas', file))];
const schemaHash = createHash('sha256')
	.update(schemaFiles.map((file) => readFileSync(file, 'utf8')).join('\0'))
	.digest('hex');
const hashFile = join(cacheDir, 'guide-schema-hash');
if (!existsSync(hashFile) || readFileSync(hashFile, 'utf8') !== schemaHash) {
	rmSync(join(cacheDir, 'data-store.json'), { force: true });
	mkdirSync(cacheDir, { recursive: true });
	writeFileSync(hashFile, schemaHash);
}

// 2. The site, into staging.
try {
	await build({ outDir: staging, logLevel: process.env.GUIDE_LOG_LEVEL as 'info' | undefined });
} catch (error) {
	fail(explainBuildError(error));
}

// 3. The built pages: ledger, redirects, content lint.
let site: ReturnType<typeof checkBuiltSite>;
try {
	site = checkBuiltSite(staging, contentDir, day);
} catch (error) {
	fail(explainBuildError(error));
}
if (site.problems.length) fail(formatProblems(site.problems));

if (publish) {
	const leaks = filesContaining(staging, placeholderHost);
	if (leaks.length) {
		rmSync(staging, { recursive: true, force: true });
		console.error(
			`\nNot published: ${leaks.length} built file${leaks.length === 1 ? '' : 's'} still name${leaks.length === 1 ? 's' : ''} the placeholder domain ${placeholderHost}; ${existsSync(outDir) ? `${outDir} was left as it was` : 'nothing was written'}.\n${leaks
				.slice(0, 20)
				.map((file) => `  ${file}`)
				.join(
					'\n',
				)}\n    Fix: take the address from src/config.ts (siteUrl, correctionsEmail) instead of writing it in the page or content.`,
		);
		process.exit(1);
	}
}
rmSync(outDir, { recursive: true, force: true });
renameSync(staging, outDir);
console.log(`Site built in ${outDir}`);
if (publish) console.log(`Ready to publish at ${siteUrl} (corrections to ${correctionsEmail}).`);

// A preview build is the first of the warnings, so it is seen with the rest, at the end, and counted.
const preview = [
	...(isPlaceholder(siteUrl)
		? [
				{
					file: 'SITE_URL',
					field: 'PREVIEW BUILD',
					message: `not set: canonical links, the sitemap, feeds, exports and the address and QR code on every printed handout point at ${siteUrl}, which does not exist. Every printed sheet says "Preview copy, not for handing out".`,
					fix: 'to publish, run SITE_URL=https://your.domain CORRECTIONS_EMAIL=you@your.domain npm run build:publish',
				},
			]
		: []),
	...(isPlaceholder(correctionsEmail)
		? [
				{
					file: 'CORRECTIONS_EMAIL',
					field: 'PREVIEW BUILD',
					message: `not set: readers are shown ${correctionsEmail}, which receives nothing.`,
					fix: 'set CORRECTIONS_EMAIL to the address readers send corrections to, and publish with npm run build:publish',
				},
			]
		: []),
];

// Last, on the same stream, so nothing buries them.
const warnings = [...(publish ? [] : preview), ...content.warnings, ...site.warnings];
if (warnings.length) console.log(`\n${formatWarnings(warnings)}`);

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
