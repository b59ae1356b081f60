/**
 * Builds the site the way `npm run build` does (scripts/build.ts in a child process, so every build starts
 * clean), from any content folder into any output folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
/** Scratch space inside the repo (git-ignored), so paths in error messages are short and stable. */
export const tmp = join(root, 'tests/.tmp');

export interface BuildResult {
	ok: boolean;
	/** Everything the build printed, colours removed. */
	output: string;
	/** What the build printed after "Build failed", i.e. the error a content author sees. */
	error: string;
	outDir: string;
}

export function buildSite(contentDir: string, outDir: string, env: Record<string, string> = {}): BuildResult {
	const result = spawnSync(process.execPath, ['scripts/build.ts'], {
		cwd: root,
		encoding: 'utf8',
		env: {
			...process.env,
			GUIDE_CONTENT_DIR: contentDir,
			GUIDE_OUT_DIR: outDir,
			GUIDE_CACHE_DIR: `${outDir}.cache`,
			NO_COLOR: '1',
			FORCE_COLOR: '0',
			...env,
		},
	});
	// biome-ignore lint/suspicious/noControlCharactersInRegex: removes the terminal's colour codes, which start with ESC.
	const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
	const failed = output.indexOf('Build failed');
	return {
		ok: result.status === 0,
		output,
		error: failed === -1 ? '' : output.slice(failed).trim(),
		outDir,
	};
}

/**
 * A content folder made of the shared fixture base (references) with a case's own files laid over it,
 * written to tests/.tmp/<name>/content.
 */
export function fixtureContent(name: string, caseDir: string): string {
	const dir = join(tmp, name, 'content');
	rmSync(join(tmp, name), { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	cpSync(join(root, 'tests/fixtures/base'), dir, { recursive: true });
	cpSync(caseDir, dir, { recursive: true });
	return `tests/.tmp/${name}/content`;
}
