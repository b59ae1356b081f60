/**
 * Interface text lives in src/i18n (one module per language): a component, author component or layout that
 * writes English words in its markup would stay English in every edition. Each found string names its file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { root } from '../helpers/build.ts';

/** Words a component's markup shows: text between tags, and the a11y attributes people hear or see. */
function visibleWords(source: string): string[] {
	let markup = source.replace(/^---[\s\S]*?^---/m, '').replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<!--[\s\S]*?-->/g, '');
	// Drop {expressions}, however deeply nested: what they show comes from data or t().
	let depth = 0;
	markup = [...markup]
		.filter((char) => {
			if (char === '{') depth++;
			else if (char === '}') depth = Math.max(0, depth - 1);
			else return depth === 0;
			return false;
		})
		.join('');
	const attributes = [...markup.matchAll(/\b(?:aria-label|title|alt|placeholder)="([^"]*[A-Za-z][^"]*)"/g)].map((match) => match[1]);
	const text = markup
		.replace(/<[^>]*>/g, '\n')
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => /[A-Za-z]{2,}/.test(line));
	return [...attributes, ...text];
}

const folders = ['src/components', 'src/user-components', 'src/layouts', 'src/views'];
const files = folders.flatMap((folder) =>
	readdirSync(join(root, folder))
		.filter((name) => name.endsWith('.astro'))
		.map((name) => `${folder}/${name}`),
);

// src/user-components/EvidenceMethod.astro left this list when it gained its Spanish text: it holds two whole blocks,
// English and Spanish, chosen by the page's language (the definitions come from src/data/method.ts, labelWords.es for
// Spanish); its linking sentences are per-language markup in those blocks, not t() keys.

describe('interface text comes from src/i18n', () => {
	test('the check finds words in markup and attributes, not in expressions', () => {
		expect(
			visibleWords('---\nconst a = "Hidden";\n---\n<nav aria-label="Pages"><p>Next page</p>{t("x")}<span>{"Words"}</span></nav>'),
		).toEqual(['Pages', 'Next page']);
	});

	test.each(files)('%s holds no English of its own', (file) => {
		expect(visibleWords(readFileSync(join(root, file), 'utf8'))).toEqual([]);
	});

	test('t() fills in values and falls back to nothing silently never', () => {
		const t = useTranslations('en');
		expect(t('pagination.position', { current: 2, last: 5 })).toBe('Page 2 of 5');
		expect(t('review.version')).toBe('Version {version}');
		expect(Object.values(en).every((text) => text.trim().length > 0)).toBe(true);
	});
});
