/**
 * `npm run build`: builds the site (pages, search index, exports) into a staging folder and moves it into
 * place only when everything succeeded, so a content error never leaves a half-built site in dist/.
 *
 * GUIDE_OUT_DIR (default ./dist) and GUIDE_CONTENT_DIR (default ./content) choose other folders.
 */
import { build } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { explainBuildError } from '../src/utils/errors.ts';

const outDir = resolve(process.env.GUIDE_OUT_DIR ?? 'dist');
const staging = `${outDir}.staging-${process.pid}`;

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
rmSync(outDir, { recursive: true, force: true });
renameSync(staging, outDir);
console.log(`Site built in ${outDir}`);
