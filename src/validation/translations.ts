/**
 * Reading the translation files (content/translations/<lang>/…): each file's words, checked against the strict
 * translation schemas. A file that restates a label, a status or a source is refused here, field by field, before
 * the schema runs, so the message names the field and the fix. The cross-file rules (pairs, claim ids, tags,
 * slugs, links, out of date) are in src/data/edition.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import {
	type ArticleTranslationData,
	articleTranslationSchema,
	type CostTranslationData,
	costTranslationSchema,
	type GlossaryTranslationData,
	glossaryTranslationSchema,
	type KitCommonTranslationData,
	kitCommonTranslationSchema,
	type KitTranslationData,
	kitTranslationSchema,
	labelFields,
	type ProductTranslationData,
	productTranslationSchema,
	type SymptomTranslationData,
	symptomTranslationSchema,
} from '../schemas/translation.ts';
import type { ContentProblem } from '../utils/errors.ts';
import { filesUnder } from './files.ts';
import { parseFrontmatter, parseYaml } from './yaml.ts';

export interface RawTranslations {
	lang: string;
	dir: string;
	articles: { id: string; filePath: string; data: ArticleTranslationData; body: string; text: string }[];
	terms: { id: string; filePath: string; data: GlossaryTranslationData }[];
	kits: { id: string; filePath: string; data: KitTranslationData }[];
	kitCommon?: { filePath: string; data: KitCommonTranslationData };
	symptoms: { id: string; filePath: string; data: SymptomTranslationData }[];
	products: { id: string; filePath: string; data: ProductTranslationData }[];
	costs: { id: string; filePath: string; data: CostTranslationData }[];
}

const forbidden = new Set<string>(labelFields);

/**
 * Every label, status or source field a translation restates, at any depth, removed from `data` and reported.
 * `wordsOnly`: top-level fields that share a label field's name but hold only words (an article's `changes`:
 * version → summary); left to the schema, which explains their shape.
 */
export function restatedFieldProblems(file: string, data: unknown, path = '', wordsOnly: readonly string[] = []): ContentProblem[] {
	if (!data || typeof data !== 'object' || data instanceof Date) return [];
	const problems: ContentProblem[] = [];
	const entries = Array.isArray(data) ? data.map((value, index) => [String(index), value] as const) : Object.entries(data);
	for (const [key, value] of entries) {
		const field = Array.isArray(data) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
		const inTranslatedFrom = path === 'translatedFrom';
		if (!path && wordsOnly.includes(key)) continue;
		if (!Array.isArray(data) && forbidden.has(key) && !inTranslatedFrom) {
			problems.push({
				file,
				field,
				message: `a translation supplies only words: labels and sources come from the English declaration, so ${key} cannot be restated here.`,
				fix: `remove ${key}${path ? ` from ${path}` : ''}${path.startsWith('claims.') ? ' (a claim entry is its statement only: "<claim-id>: <words>")' : ''}.`,
			});
			delete (data as Record<string, unknown>)[key];
			continue;
		}
		problems.push(...restatedFieldProblems(file, value, field));
	}
	return problems;
}

/** Zod issues as problems (fields written the way YAML writes them). */
function check<T>(schema: z.ZodType<T>, data: unknown, file: string, problems: ContentProblem[]): T | undefined {
	const result = schema.safeParse(data);
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		const field = issue.path.length
			? issue.path
					.map(String)
					.join('.')
					.replace(/\.(\d+)(?=\.|$)/g, '[$1]')
			: '(frontmatter)';
		problems.push({ file, field, message: issue.message });
	}
	return undefined;
}

const yamlIn = (dir: string) =>
	existsSync(dir)
		? filesUnder(dir)
				.filter((file) => file.endsWith('.yaml'))
				.sort()
		: [];

/** Reads content/translations/<lang>/ (nothing when the folder is missing). */
export function readTranslations(contentDir: string, lang: string, problems: ContentProblem[]): RawTranslations {
	const dir = join(contentDir, 'translations', lang);
	const raw: RawTranslations = { lang, dir, articles: [], terms: [], kits: [], symptoms: [], products: [], costs: [] };
	const articleDir = join(dir, 'articles');
	for (const rel of existsSync(articleDir) ? filesUnder(articleDir).sort() : []) {
		const file = join(articleDir, rel);
		if (!rel.endsWith('.mdx')) {
			problems.push({
				file,
				field: '(file)',
				message: 'only .mdx files are read as article translations, so this file would be silently left out.',
				fix: 'rename it to <slug>.mdx (the English file name), or move it out.',
			});
			continue;
		}
		const text = readFileSync(file, 'utf8');
		const front = parseFrontmatter(text, file);
		problems.push(...front.problems);
		if (front.data === undefined) continue;
		problems.push(...restatedFieldProblems(file, front.data, '', ['changes']));
		const data = check(articleTranslationSchema, front.data, file, problems);
		if (data) raw.articles.push({ id: rel.replace(/\.mdx$/, ''), filePath: file, data, body: front.body, text });
	}
	const yamlFolder = <T>(folder: string, schema: z.ZodType<T>) => {
		const entries: { id: string; filePath: string; data: T }[] = [];
		for (const rel of yamlIn(join(dir, folder))) {
			const file = join(dir, folder, rel);
			const parsed = parseYaml(readFileSync(file, 'utf8'), file);
			problems.push(...parsed.problems);
			if (parsed.data === undefined) continue;
			problems.push(...restatedFieldProblems(file, parsed.data));
			const data = check(schema, parsed.data, file, problems);
			if (data) entries.push({ id: rel.replace(/\.yaml$/, ''), filePath: file, data });
		}
		return entries;
	};
	raw.terms = yamlFolder('glossary', glossaryTranslationSchema);
	const kits = yamlFolder<unknown>('consultation', {
		safeParse: (data: unknown) => ({ success: true, data }),
	} as unknown as z.ZodType<unknown>);
	for (const kit of kits) {
		if (kit.id === '_common') {
			const data = check(kitCommonTranslationSchema, kit.data, kit.filePath, problems);
			if (data) raw.kitCommon = { filePath: kit.filePath, data };
		} else {
			const data = check(kitTranslationSchema, kit.data, kit.filePath, problems);
			if (data) raw.kits.push({ id: kit.id, filePath: kit.filePath, data });
		}
	}
	raw.symptoms = yamlFolder('symptoms', symptomTranslationSchema);
	raw.products = yamlFolder('products', productTranslationSchema);
	raw.costs = yamlFolder('costs', costTranslationSchema);
	return raw;
}
