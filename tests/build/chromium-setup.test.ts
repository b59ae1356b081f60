/**
 * `npm test` on a machine without the browser: the browser tests stop at once with one line saying what to
 * install, before building anything (never a downloaded browser, never a wall of launch errors).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { root, tmp } from '../helpers/build.ts';

test('a missing CHROMIUM_PATH stops the browser tests with one clear line, before the site is built', () => {
	const site = join(tmp, 'no-chromium-site');
	rmSync(site, { recursive: true, force: true });
	const result = spawnSync(join(root, 'node_modules/.bin/vitest'), ['run', '--project', 'browser'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', GUIDE_TEST_SITE: site, GUIDE_TEST_SITE_BUILT: '', NO_COLOR: '1' },
	});
	const output = `${result.stdout}\n${result.stderr}`;
	expect(result.status).not.toBe(0);
	expect(output).toContain(
		"CHROMIUM_PATH is /nonexistent/chromium, which is not a runnable file: point it at Chromium, or unset it to use Debian's (apt-get install chromium).",
	);
	expect(existsSync(site)).toBe(false);
});
