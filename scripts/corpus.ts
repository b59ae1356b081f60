/**
 * A synthetic guide of any size for scale tests and the benchmark: articles of real length, in words drawn from
 * the real articles, in every section,
 * three claims each (evidence-backed and unproven), claims shown across articles, related links, glossary
 * words and real reference files copied from content/references.
 *
 *   node scripts/corpus.ts <folder> <number of articles>
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sectionIds } from '../src/config.ts';
import { splitFrontmatter } from '../src/utils/frontmatter.ts';

/**
 * The words of each real article's body, in order, lower-cased. A synthetic article draws its words from one
 * real article's stream, so word frequencies follow real prose: common words on every page, topic words
 * ("swelling", "hair") on the pages about them, and a long tail of rare ones. (A small fixed vocabulary would put
 * every word on every page, which no real guide does, and makes every search index chunk list every page.)
 */
function realWordStreams(root: string): string[][] {
	const articles = join(root, 'content/articles');
	return readdirSync(articles, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.mdx'))
		.sort()
		.map((file) => {
			const body = splitFrontmatter(readFileSync(join(articles, file), 'utf8'))?.body ?? '';
			return (
				body
					.replace(/<[^>]*>/g, ' ')
					.toLowerCase()
					.match(/[a-z]+(?:'[a-z]+)?/g) ?? []
			).filter((word) => word !== 'claim');
		})
		.filter((words) => words.length > 0);
}

/** A deterministic pseudo-random generator, so every run makes the same corpus. */
function random(seed: number) {
	let state = seed;
	return () => {
		state = (state * 1664525 + 1013904223) % 4294967296;
		return state / 4294967296;
	};
}

export function generateCorpus(dir: string, count: number, root = process.cwd()) {
	const next = random(count);
	const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
	const streams = realWordStreams(root);
	let words = streams[0];
	const sentence = () => {
		// 7 to 12 words: plain enough for the build's reading-grade gate, whatever words the stream gives.
		const length = 7 + Math.floor(next() * 6);
		const text = Array.from({ length }, () => pick(words)).join(' ');
		return `${text[0].toUpperCase()}${text.slice(1)}.`;
	};
	// Ten paragraphs of eight sentences: about 800 words, the real articles' mean body length.
	const paragraph = () => Array.from({ length: 8 }, sentence).join(' ');

	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'references'), { recursive: true });
	mkdirSync(join(dir, 'glossary'), { recursive: true });
	const references = readdirSync(join(root, 'content/references')).slice(0, 40);
	for (const file of references) cpSync(join(root, 'content/references', file), join(dir, 'references', file));
	cpSync(join(root, 'content/glossary/dermis.yaml'), join(dir, 'glossary/dermis.yaml'));
	const keys = references.map((file) => file.replace(/\.yaml$/, ''));
	const sections = sectionIds.filter((id) => id !== 'about');

	const ids = Array.from({ length: count }, (_, n) => `${sections[n % sections.length]}/topic-${n}`);
	ids.forEach((id, n) => {
		const [section] = id.split('/');
		words = pick(streams);
		const claims = [0, 1, 2].map((k) => `claim-${n}-${k}`);
		const borrowed = n > 0 ? `claim-${Math.floor(next() * n)}-0` : undefined;
		const related = [1, 2, 3].map((offset) => ids[(n + offset * 7) % count]).filter((other) => other !== id);
		const front = [
			'---',
			`title: Synthetic topic number ${n}`,
			`description: A generated article for scale tests, number ${n}, with three claims, related links and references of real length.`,
			`section: ${section}`,
			`order: ${n}`,
			'lastReviewed: 2026-11-21',
			'nextReview: 2027-05-21',
			'reviewStatus: not-clinically-reviewed',
			...(section === 'aftercare' ? ['changes:', '  - version: 1', '    date: 2026-11-21', '    summary: First version.'] : []),
			`related: [${[...new Set(related)].join(', ')}]`,
			...(section === 'uses' ? ['headline:', `  answer: ${claims[2]}`, `  risk: ${claims[1]}`] : []),
			'claims:',
			`  - id: ${claims[0]}`,
			// Both evidence-backed claims are risks, so the first page of every topic holds the same kind of label at any size.
			'    kind: risk',
			`    statement: Synthetic claim ${n} one may help your skin in a small way for a few weeks.`,
			'    status: evidence-backed',
			`    sources: [${pick(keys)}, ${pick(keys)}]`,
			`  - id: ${claims[1]}`,
			'    kind: risk',
			`    statement: Synthetic claim ${n} two is probably true for most people who try it.`,
			'    status: evidence-backed',
			`    sources: [${pick(keys)}]`,
			`  - id: ${claims[2]}`,
			'    kind: benefit',
			`    statement: Synthetic claim ${n} three says the treatment works for everyone.`,
			'    status: unproven',
			'    reason: no-trials',
			'---',
		];
		const body = [
			'## What it is',
			paragraph(),
			`The <Term id="dermis">dermis</Term> is the layer most of this is about. ${paragraph()}`,
			`<Claim id="${claims[0]}" />`,
			'## What the evidence says',
			paragraph(),
			`<Claim id="${claims[1]}" />`,
			paragraph(),
			'## What clinics say',
			paragraph(),
			paragraph(),
			`<Claim id="${claims[2]}" />`,
			paragraph(),
			...(borrowed ? ['## Related evidence', paragraph(), `<Claim id="${borrowed}" />`] : []),
			'## When to get help',
			paragraph(),
			paragraph(),
		];
		mkdirSync(join(dir, 'articles', section), { recursive: true });
		writeFileSync(join(dir, 'articles', `${id}.mdx`), `${front.join('\n')}\n\n${body.join('\n\n')}\n`);
	});
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) {
	const [dir, size] = process.argv.slice(2);
	if (!dir || !Number(size)) {
		console.error('Usage: node scripts/corpus.ts <folder> <number of articles>');
		process.exit(2);
	}
	generateCorpus(resolve(dir), Number(size));
	console.log(`Wrote ${size} articles to ${dir}`);
}
