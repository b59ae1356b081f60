/**
 * `npm run bench`: a report, not a test. For synthetic guides of BENCH_SIZES articles (default
 * 1000,5000,10000) it builds this site, a bare Astro site rendering the same MDX with a minimal layout (the
 * floor) and a default Starlight site, and prints build time, search-index time, peak memory, ms per page,
 * dist/ size, Pagefind index size, the size of Pagefind's page list (loaded whole by every first search) and the
 * bytes a browser downloads for a first search, with the ratios.
 * Then Lighthouse (mobile) on six pages of the real guide. The references are installed in the
 * benchmark's temp folder, never into the site's dependencies.
 *
 *   BENCH_SIZES=1000 BENCH_SKIP=starlight,lighthouse npm run bench
 *   BENCH_SIZES=none npm run bench        (Lighthouse only)
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateCorpus } from './corpus.ts';
import { splitFrontmatter } from '../src/utils/frontmatter.ts';
import { launch } from './lib/chromium.ts';
import { serve } from './lib/serve.ts';

const root = resolve(import.meta.dirname, '..');
// BENCH_SIZES=none runs only the Lighthouse part.
const sizes = (process.env.BENCH_SIZES ?? '1000,5000,10000')
	.split(',')
	.map(Number)
	.filter((size) => size > 0);
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const work = mkdtempSync(join(tmpdir(), 'guide-bench-'));
const npm = (cwd: string, args: string[]) => execFileSync('npm', args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
/** Runs a command without blocking this process's event loop (which may be serving the pages it reads). */
const run = (command: string, args: string[], env: NodeJS.ProcessEnv) =>
	new Promise<void>((done) => spawn(command, args, { env, stdio: 'ignore' }).on('close', () => done()));

interface Result {
	builder: string;
	size: number;
	seconds: number;
	indexSeconds: number;
	peakMb: number;
	pages: number;
	distMb: number;
	indexMb: number;
	/** Pagefind's page list (pagefind.*.pf_meta, already compressed): every first search downloads it whole. */
	metaKb: number;
	firstSearchKb: number;
}

const metaKb = (dist: string) => {
	const dir = join(dist, 'pagefind');
	const meta = existsSync(dir) ? readdirSync(dir).find((name) => name.endsWith('.pf_meta')) : undefined;
	return meta ? statSync(join(dir, meta)).size / 1024 : 0;
};

function du(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.size;
	return readdirSync(path).reduce((sum, name) => sum + du(join(path, name)), 0);
}

function countPages(dir: string): number {
	return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
		if (entry.isDirectory()) return entry.name === 'pagefind' ? sum : sum + countPages(join(dir, entry.name));
		return sum + (entry.name.endsWith('.html') ? 1 : 0);
	}, 0);
}

/** Runs a build under GNU time; returns wall seconds, peak memory of the largest process, and its output. */
function timed(command: string, args: string[], cwd: string, env: Record<string, string>) {
	const result = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %M', command, ...args], {
		cwd,
		env: { ...process.env, ...env, NO_COLOR: '1' },
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	const output = `${result.stdout}\n${result.stderr}`;
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${output.slice(-3000)}`);
	const [, seconds, kb] = /BENCH ([\d.]+) (\d+)/.exec(output) ?? [];
	return { seconds: Number(seconds), peakMb: Number(kb) / 1024, output };
}

/**
 * Bytes the browser downloads to open the search page and run one query, as a CDN sends them: text files
 * (HTML, CSS, JavaScript, JSON) gzip-compressed, Pagefind's index files as they are (already compressed).
 */
async function firstSearch(dist: string, path: string, ready: string): Promise<number> {
	let bytes = 0;
	const server = await serve(dist, { gzip: true, onBytes: (size) => (bytes += size) });
	const browser = await launch();
	try {
		const page = await browser.newPage();
		await page.goto(server.url + path);
		await page.locator(ready).first().waitFor({ timeout: 60_000 });
		await page.waitForLoadState('networkidle');
	} finally {
		await browser.close();
		await server.close();
	}
	return bytes;
}

/** The same articles as plain MDX for the reference sites: components become text, frontmatter title/description. */
function plainCopy(from: string, to: string) {
	mkdirSync(to, { recursive: true });
	for (const section of readdirSync(join(from, 'articles'))) {
		for (const file of readdirSync(join(from, 'articles', section))) {
			const text = readFileSync(join(from, 'articles', section, file), 'utf8');
			const { yaml: front, body } = splitFrontmatter(text)!;
			const title = /^title: (.*)$/m.exec(front)![1];
			const description = /^description: (.*)$/m.exec(front)![1];
			const plain = body.replace(/<Claim id="([^"]+)" \/>/g, 'Claim $1.').replace(/<Term id="[^"]+">([^<]+)<\/Term>/g, '$1');
			writeFileSync(join(to, `${section}-${file}`), `---\ntitle: ${title}\ndescription: ${description}\n---\n${plain}`);
		}
	}
}

function setUpReference(name: 'floor' | 'starlight') {
	const dir = join(work, name);
	mkdirSync(join(dir, 'src/pages'), { recursive: true });
	const deps = name === 'floor' ? ['astro@^7', '@astrojs/mdx@^8', 'pagefind@~1.6.0'] : ['astro@^7', '@astrojs/starlight'];
	// npm 11 runs a dependency's install script only when allowed: "node" fetches its binary that way.
	writeFileSync(
		join(dir, 'package.json'),
		JSON.stringify({ name: `bench-${name}`, private: true, type: 'module', allowScripts: { node: true, esbuild: true, sharp: true } }),
	);
	npm(dir, ['install', '--no-fund', '--no-audit', 'node@^24', ...deps]);
	if (name === 'floor') {
		writeFileSync(
			join(dir, 'astro.config.mjs'),
			"import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n",
		);
		mkdirSync(join(dir, 'src'), { recursive: true });
		writeFileSync(
			join(dir, 'src/content.config.ts'),
			"import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { docs: defineCollection({ loader: glob({ base: process.env.BENCH_CONTENT, pattern: '*.mdx' }) }) };\n",
		);
		writeFileSync(
			join(dir, 'src/pages/[slug].astro'),
			'---\nimport { getCollection, render } from \'astro:content\';\nexport async function getStaticPaths() { return (await getCollection(\'docs\')).map((entry) => ({ params: { slug: entry.id }, props: { entry } })); }\nconst { entry } = Astro.props; const { Content } = await render(entry);\n---\n<html lang="en"><head><meta charset="utf-8"><title>{entry.data.title}</title></head><body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body></html>\n',
		);
	} else {
		writeFileSync(
			join(dir, 'astro.config.mjs'),
			"import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Bench' })] });\n",
		);
		writeFileSync(
			join(dir, 'src/content.config.ts'),
			"import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
		);
	}
	return dir;
}

async function benchGuide(size: number, content: string): Promise<Result> {
	const dist = join(work, `guide-${size}`);
	const run = timed('npm', ['run', 'build'], root, {
		GUIDE_CONTENT_DIR: content,
		GUIDE_OUT_DIR: dist,
		GUIDE_CACHE_DIR: `${dist}.cache`,
	});
	const indexSeconds = Number(/Search index: \d+ pages in (\d+) ms/.exec(run.output)?.[1] ?? 0) / 1000;
	const pages = countPages(dist);
	const query = 'swelling';
	return {
		builder: 'this guide',
		size,
		seconds: run.seconds,
		indexSeconds,
		peakMb: run.peakMb,
		pages,
		distMb: du(dist) / 1e6,
		indexMb: du(join(dist, 'pagefind')) / 1e6,
		metaKb: metaKb(dist),
		firstSearchKb: (await firstSearch(dist, `/search/?q=${query}`, '[data-search-results] a')) / 1024,
	};
}

async function benchReference(name: 'floor' | 'starlight', dir: string, size: number, content: string): Promise<Result> {
	const docs = name === 'floor' ? join(work, `plain-${size}`) : join(dir, 'src/content/docs');
	rmSync(docs, { recursive: true, force: true });
	plainCopy(content, docs);
	if (name === 'starlight') writeFileSync(join(docs, 'index.mdx'), '---\ntitle: Home\n---\nHome\n');
	rmSync(join(dir, 'dist'), { recursive: true, force: true });
	rmSync(join(dir, 'node_modules/.astro'), { recursive: true, force: true });
	const started = Date.now();
	const run = timed(join(dir, 'node_modules/.bin/astro'), ['build'], dir, {
		BENCH_CONTENT: docs,
		PATH: `${join(dir, 'node_modules/.bin')}:${process.env.PATH}`,
	});
	let indexSeconds = 0;
	let peakMb = run.peakMb;
	if (name === 'floor') {
		// The floor indexes with Pagefind too, so both sides do the same work.
		const index = timed(join(dir, 'node_modules/.bin/pagefind'), ['--site', 'dist'], dir, {
			PATH: `${join(dir, 'node_modules/.bin')}:${process.env.PATH}`,
		});
		indexSeconds = index.seconds;
		peakMb = Math.max(peakMb, index.peakMb);
	}
	const seconds = (Date.now() - started) / 1000;
	const dist = join(dir, 'dist');
	return {
		builder: name === 'floor' ? 'bare Astro (floor)' : 'Starlight (default)',
		size,
		seconds,
		indexSeconds,
		peakMb,
		pages: countPages(dist),
		distMb: du(dist) / 1e6,
		indexMb: du(join(dist, 'pagefind')) / 1e6,
		metaKb: metaKb(dist),
		firstSearchKb: 0,
	};
}

async function lighthouse(): Promise<string[]> {
	const dir = join(work, 'lighthouse');
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'package.json'), '{"name":"bench-lighthouse","private":true,"allowScripts":{"node":true}}');
	npm(dir, ['install', '--no-fund', '--no-audit', 'lighthouse']);
	const dist = join(work, 'guide-real');
	timed('npm', ['run', 'build'], root, { GUIDE_OUT_DIR: dist, GUIDE_CACHE_DIR: `${dist}.cache` });
	const claims = JSON.parse(readFileSync(join(dist, 'claims.json'), 'utf8')) as { url: string }[];
	// The search page as linked, and as the header's search form opens it (results need Pagefind's index).
	const pages = ['/', '/basics/what-is-mesotherapy/', new URL(claims[0].url).pathname, '/evidence/', '/search/', '/search/?q=fat'];
	const server = await serve(dist, { gzip: true });
	const lines: string[] = [];
	try {
		for (const page of pages) {
			const report = join(dir, 'report.json');
			// Asynchronously: the server answering Lighthouse runs in this process, and a synchronous spawn would
			// block it, so every page would wait for Lighthouse's load timeout.
			await run(
				join(dir, 'node_modules/.bin/lighthouse'),
				[
					server.url + page,
					'--output=json',
					`--output-path=${report}`,
					'--quiet',
					'--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
				],
				{ ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
			);
			if (!existsSync(report)) {
				lines.push(`| ${page} | failed to run | | | | |`);
				continue;
			}
			const data = JSON.parse(readFileSync(report, 'utf8'));
			const score = (id: string) => Math.round((data.categories[id]?.score ?? 0) * 100);
			const lcp = data.audits['largest-contentful-paint']?.numericValue ?? 0;
			lines.push(
				`| ${page} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${(lcp / 1000).toFixed(2)} s |`,
			);
			rmSync(report);
		}
	} finally {
		await server.close();
	}
	return lines;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const row = (r: Result) =>
	`| ${r.size} | ${r.builder} | ${fmt(r.seconds)} | ${fmt(r.indexSeconds)} | ${fmt(r.peakMb, 0)} | ${r.pages} | ${fmt((r.seconds * 1000) / r.pages)} | ${fmt(r.distMb)} | ${fmt(r.indexMb)} | ${fmt(r.metaKb)} | ${r.firstSearchKb ? fmt(r.firstSearchKb) : 'n/a'} |`;
const header =
	'| articles | builder | build s | index s | peak MB | pages | ms/page | dist MB | index MB | page list KB | first search KB |\n| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |';

// Builds share the project's .astro/ folder: run nothing else in this checkout while the benchmark runs.
const results: Result[] = [];
const references: Partial<Record<'floor' | 'starlight', string>> = {};
for (const name of ['floor', 'starlight'] as const) if (!skip.has(name)) references[name] = setUpReference(name);
console.log(
	`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`,
);
console.log(header);
const record = (result: Result) => {
	results.push(result);
	console.log(row(result)); // as soon as it is measured, so a long run never loses what it has
};
for (const size of sizes) {
	const content = join(work, `corpus-${size}`);
	generateCorpus(content, size, root);
	record(await benchGuide(size, content));
	for (const name of ['floor', 'starlight'] as const) {
		if (references[name]) record(await benchReference(name, references[name]!, size, content));
	}
	rmSync(content, { recursive: true, force: true });
}

console.log(`\n${header}`);
for (const r of results) console.log(row(r));
console.log('\nRatios, this guide ÷ reference, for the same articles (the guide also builds a page per claim, hubs and exports):');
for (const size of sizes) {
	const guide = results.find((r) => r.size === size && r.builder === 'this guide')!;
	for (const ref of results.filter((r) => r.size === size && r.builder !== 'this guide')) {
		console.log(
			`  ${size} articles vs ${ref.builder}: build time ${fmt(guide.seconds / ref.seconds, 2)}×, peak memory ${fmt(guide.peakMb / ref.peakMb, 2)}×`,
		);
	}
}
if (!skip.has('lighthouse')) {
	console.log('\nLighthouse (mobile, default throttling) on the real guide:\n');
	console.log('| page | performance | accessibility | best practices | SEO | LCP |');
	console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
	for (const line of await lighthouse()) console.log(line);
}
if (!process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true });
