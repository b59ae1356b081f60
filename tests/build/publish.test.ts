/**
 * Handouts a clinic can trust: a build meant for publishing can never carry the placeholder domain. `npm run build`
 * without SITE_URL is a preview (loud warning, every printed sheet marked "Preview copy, not for handing out");
 * `npm run build:publish` refuses to start without a real SITE_URL and CORRECTIONS_EMAIL, and refuses a build that
 * still names the placeholder; `npm start` keeps working on a fresh machine (no variables set).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, root, tmp } from '../helpers/build.ts';

const fixture = 'tests/fixtures/valid/content';
const placeholder = 'mesotherapy-guide.example';
const real = { SITE_URL: 'https://mesotherapy-guide.org', CORRECTIONS_EMAIL: 'corrections@mesotherapy-guide.org' };

/** `node scripts/build.ts --publish` with the given variables (SITE_URL and CORRECTIONS_EMAIL cleared first). */
function publish(contentDir: string, outDir: string, env: Record<string, string>) {
	const result = spawnSync(process.execPath, ['scripts/build.ts', '--publish'], {
		cwd: root,
		encoding: 'utf8',
		env: {
			...process.env,
			SITE_URL: '',
			CORRECTIONS_EMAIL: '',
			GUIDE_CONTENT_DIR: contentDir,
			GUIDE_OUT_DIR: outDir,
			GUIDE_CACHE_DIR: `${outDir}.cache`,
			NO_COLOR: '1',
			...env,
		},
	});
	return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}

/** Every built text file that names the placeholder domain. */
const leaks = (dir: string) =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.(html|xml|json|txt)$/.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name))
		.filter((file) => readFileSync(file, 'utf8').includes(placeholder));

describe('publishing', () => {
	test('npm run build:publish refuses to start without SITE_URL and CORRECTIONS_EMAIL, and writes nothing', () => {
		const outDir = join(tmp, 'publish-refused');
		rmSync(outDir, { recursive: true, force: true });
		const run = publish(fixture, outDir, {});
		expect(run.ok).toBe(false);
		expect(run.output).toContain('Not published: a build for publishing needs real addresses; nothing was built.');
		expect(run.output).toContain('SITE_URL is not set.');
		expect(run.output).toContain('CORRECTIONS_EMAIL is not set.');
		expect(existsSync(outDir)).toBe(false);
		const placeholderRun = publish(fixture, outDir, { SITE_URL: `https://${placeholder}`, CORRECTIONS_EMAIL: real.CORRECTIONS_EMAIL });
		expect(placeholderRun.ok).toBe(false);
		expect(placeholderRun.output).toContain(`SITE_URL is "https://${placeholder}", not a public https address.`);
	});

	test('with real addresses it builds a site that names neither the placeholder nor a preview', () => {
		const outDir = join(tmp, 'publish-ok');
		const run = publish(fixture, outDir, real);
		expect(run.ok, run.output).toBe(true);
		expect(run.output).toContain('Ready to publish at https://mesotherapy-guide.org');
		expect(run.output).not.toContain('PREVIEW BUILD');
		expect(leaks(outDir)).toEqual([]);
		const html = readFileSync(join(outDir, 'side-effects/fixture-infections/index.html'), 'utf8');
		expect(html).toContain('<link rel="canonical" href="https://mesotherapy-guide.org/side-effects/fixture-infections/">');
		expect(html).toContain('https://mesotherapy-guide.org/worried/');
		expect(html).not.toContain('data-preview-copy');
	});

	test('it refuses a build in which content still writes the placeholder address, and keeps the old site', () => {
		const contentDir = join(tmp, 'publish-leak', 'content');
		rmSync(join(tmp, 'publish-leak'), { recursive: true, force: true });
		cpSync(join(root, fixture), contentDir, { recursive: true });
		const article = join(contentDir, 'articles/basics/what-it-is.mdx');
		writeFileSync(article, `${readFileSync(article, 'utf8')}\nWrite to corrections@${placeholder}.\n`);
		const run = publish('tests/.tmp/publish-leak/content', join(tmp, 'publish-leak', 'dist'), real);
		expect(run.ok).toBe(false);
		expect(run.output).toMatch(
			/Not published: \d+ built files? still names? the placeholder domain mesotherapy-guide\.example; nothing was written\./,
		);
		expect(run.output).toContain('basics/what-it-is/index.html');
		expect(existsSync(join(tmp, 'publish-leak', 'dist'))).toBe(false);
	});

	test('npm run build without SITE_URL is a preview: it warns, and every printed sheet says so', () => {
		const result = buildSite(fixture, join(tmp, 'publish-preview'), { SITE_URL: '', CORRECTIONS_EMAIL: '' });
		expect(result.ok, result.output).toBe(true);
		expect(result.output).toContain('PREVIEW BUILD: not set: canonical links');
		expect(result.output).toContain(
			'Fix: to publish, run SITE_URL=https://your.domain CORRECTIONS_EMAIL=you@your.domain npm run build:publish',
		);
		const html = readFileSync(join(result.outDir, 'side-effects/fixture-infections/index.html'), 'utf8');
		expect(html).toMatch(/data-preview-copy[^>]*><strong>Preview copy, not for handing out:<\/strong>/);
	});

	test('npm start works on a fresh machine: it builds a preview and serves it', async () => {
		const port = await new Promise<number>((resolve) => {
			const server = createServer().listen(0, '127.0.0.1', () => {
				const { port } = server.address() as { port: number };
				server.close(() => resolve(port));
			});
		});
		const outDir = join(tmp, 'publish-start');
		const child = spawn('npm', ['start', '--', '--port', String(port), '--host', '127.0.0.1'], {
			cwd: root,
			detached: true,
			env: {
				...process.env,
				SITE_URL: '',
				CORRECTIONS_EMAIL: '',
				GUIDE_CONTENT_DIR: fixture,
				GUIDE_OUT_DIR: outDir,
				GUIDE_CACHE_DIR: `${outDir}.cache`,
				NO_COLOR: '1',
			},
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		try {
			const deadline = Date.now() + 150_000;
			let status = 0;
			let body = '';
			while (Date.now() < deadline && status !== 200) {
				await new Promise((resolve) => setTimeout(resolve, 1000));
				try {
					const response = await fetch(`http://127.0.0.1:${port}/worried/`);
					status = response.status;
					body = await response.text();
				} catch {
					// not listening yet
				}
			}
			expect(status, output).toBe(200);
			expect(body).toContain('Worried after mesotherapy?');
			expect(output).toContain('PREVIEW BUILD');
		} finally {
			if (child.pid) process.kill(-child.pid, 'SIGTERM');
		}
	}, 180_000);
});
