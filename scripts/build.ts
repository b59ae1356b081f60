/**
 * `npm run build`: builds the site (pages, search index, exports) into a staging folder and moves it into
 * place only when everything succeeded, so a content error never leaves a half-built site in dist/.
 *
 * GUIDE_OUT_DIR (default ./dist) and GUIDE_CONTENT_DIR (default ./content) choose other folders.
 */
import { build } from 'astro';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { explainBuildError } from '../src/utils/errors.ts';

const outDir = resolve(process.env.GUIDE_OUT_DIR ?? 'dist');
const staging = `${outDir}.staging-${process.pid}`;

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
