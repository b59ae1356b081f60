/**
 * `npm run check:content`: builds the site into a scratch folder (or reads one already built, with
 * `-- --site <dir>`) and prints the content lint report; exits 1 when there are errors.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatReport, lintSite } from '../src/lint/content-lint.ts';
import { today } from '../src/utils/today.ts';

const given = process.argv.indexOf('--site');
let siteDir = given === -1 ? undefined : process.argv[given + 1];
const contentDir = process.env.GUIDE_CONTENT_DIR ?? 'content';
if (!siteDir) {
	siteDir = join(mkdtempSync(join(tmpdir(), 'guide-check-')), 'site');
	const build = spawnSync(process.execPath, ['scripts/build.ts'], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, GUIDE_OUT_DIR: siteDir, GUIDE_CACHE_DIR: `${siteDir}.cache` },
	});
	if (build.status !== 0) process.exit(1);
}
const report = lintSite(siteDir, contentDir, today());
console.log(formatReport(report));
process.exit(report.errors.length ? 1 : 0);
