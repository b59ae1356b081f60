/**
 * For scripts that read a built site: the folder given as `--site <dir>`, or a fresh build of the content
 * (GUIDE_CONTENT_DIR) into a scratch folder. Exits when the build fails (it has printed why).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function builtSite(argv: string[]): string {
	const given = argv.indexOf('--site');
	if (given !== -1 && argv[given + 1]) return argv[given + 1];
	const siteDir = join(mkdtempSync(join(tmpdir(), 'guide-site-')), 'site');
	const build = spawnSync(process.execPath, ['scripts/build.ts'], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, GUIDE_OUT_DIR: siteDir, GUIDE_CACHE_DIR: `${siteDir}.cache` },
	});
	if (build.status !== 0) process.exit(1);
	return siteDir;
}
