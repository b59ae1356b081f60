/**
 * `npm run build`: the build is the gate. It checks the content (src/validation/content.ts), builds the site
 * (pages, search index, exports) into a staging folder, checks the built site (src/validation/site.ts), and
 * moves it into place only when everything succeeded, so wrong content never reaches dist/ and a failed build
 * leaves the last good site as it was. Problems that do not stop the build are listed once at the end.
 *
 * GUIDE_OUT_DIR (default ./dist) and GUIDE_CONTENT_DIR (default ./content) choose other folders.
 */
import { build } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { explainBuildError, formatProblems, formatWarnings } from '../src/utils/errors.ts';
import { contentDir } from '../src/utils/content-dir.ts';
import { today } from '../src/utils/today.ts';
import { checkContent } from '../src/validation/content.ts';
import { checkBuiltSite } from '../src/validation/site.ts';

const outDir = resolve(process.env.GUIDE_OUT_DIR ?? 'dist');
const staging = `${outDir}.staging-${process.pid}`;

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
const schemaHash = createHash('sha256').update(schemaFiles.map((file) => readFileSync(file, 'utf8')).join('\0')).digest('hex');
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

rmSync(outDir, { recursive: true, force: true });
renameSync(staging, outDir);
console.log(`Site built in ${outDir}`);
// Last, on the same stream, so nothing buries them.
const warnings = [...content.warnings, ...site.warnings];
if (warnings.length) console.log(`\n${formatWarnings(warnings)}`);
