/**
 * Layers point one way, so a change low down never needs to know what sits above it:
 * config (src/config.ts) ← i18n ← schemas ← utils ← data / validation / lint ← components, pages; scripts ← tests.
 * A import against these arrows fails here, naming the file and the import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../helpers/build.ts';

function sourceFiles(dir: string): string[] {
	return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(ts|astro|mjs)$/.test(entry.name) ? [path] : [];
	});
}

/** The project files a file imports, as paths from the repository root. */
function importsOf(file: string): string[] {
	const text = readFileSync(join(root, file), 'utf8');
	return [
		...text.matchAll(/(?:^|\n)\s*import\s[^'"]*?['"](\.{1,2}\/[^'"]+)['"]|(?:^|\n)\s*export\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g),
	].map((match) => relative(root, resolve(root, dirname(file), match[1] ?? match[2])));
}

/** What each layer may not import. */
const rules: { layer: string; files: string[]; forbidden: RegExp; why: string }[] = [
	{ layer: 'src/config.ts', files: ['src/config.ts'], forbidden: /^src\//, why: 'configuration is a leaf: it imports nothing of ours' },
	{
		layer: 'src/i18n/',
		files: sourceFiles('src/i18n'),
		forbidden: /^src\/(?!i18n\/|config\.ts)/,
		why: 'interface strings read only configuration',
	},
	{
		layer: 'src/schemas/',
		files: sourceFiles('src/schemas'),
		forbidden: /^src\/(data|validation|lint|components|user-components|layouts|pages|integrations)\//,
		why: 'schemas describe content; they know nothing of the guide built from it',
	},
	{
		layer: 'src/utils/',
		files: sourceFiles('src/utils'),
		forbidden: /^src\/(data|validation|lint|components|user-components|layouts|pages|integrations)\//,
		why: 'utils are plain functions over plain values',
	},
	{
		layer: 'scripts/',
		files: sourceFiles('scripts'),
		forbidden: /^tests\//,
		why: 'scripts never import tests (shared helpers live in scripts/lib)',
	},
];

describe('imports point one way', () => {
	test('the reader finds imports, including re-exports', () => {
		expect(importsOf('src/data/validate.ts')).toContain('src/validation/articles.ts');
		expect(importsOf('tests/helpers/browser.ts')).toContain('scripts/lib/chromium.ts');
	});

	test.each(rules)('$layer: $why', ({ files, forbidden }) => {
		expect(files.length).toBeGreaterThan(0);
		const wrong = files.flatMap((file) =>
			importsOf(file)
				.filter((target) => forbidden.test(target))
				.map((target) => `${file} imports ${target}`),
		);
		expect(wrong).toEqual([]);
	});
});
