import { z } from 'astro/zod';

/**
 * Translations supply words only (content/translations/<lang>/…, see README "Translations"). A claim's id, kind,
 * status, certainty, reason and sources, a symptom's level, a product's status: all are declared once, in the
 * English files, and a translation that restates one is refused (`labelFields`, checked before these schemas by
 * src/validation/translations.ts so the message names the field and the fix).
 */

/** Fields that carry a label, a source or a decision: never in a translation file, at any depth. */
export const labelFields = [
	'status',
	'kind',
	'certainty',
	'reason',
	'sources',
	'source',
	'frequency',
	'level',
	'checked',
	'section',
	'order',
	'lastReviewed',
	'nextReview',
	'reviewStatus',
	'headline',
	'related',
	'changes',
	'seeds',
	'answers',
	'uses',
	'explainedIn',
	'pmid',
	'doi',
	'version',
] as const;

const calendarDate = (field: string) =>
	z.custom<Date>((value) => value instanceof Date && !Number.isNaN(value.getTime()), {
		error: `${field} must be a date written YYYY-MM-DD (without quotes)`,
	});

/** The English page as it was when translated: compared with the English page to find out-of-date translations. */
export const translatedFromSchema = z.strictObject(
	{
		/** The English page's version: its highest `changes` version, or 1 if it has none. */
		version: z
			.number({ error: 'translatedFrom.version must be the English page version (a whole number, 1 if it has no changes)' })
			.int()
			.min(1),
		/** The English page's lastReviewed, copied exactly. */
		lastReviewed: calendarDate('translatedFrom.lastReviewed'),
	},
	{ error: 'translatedFrom needs version and lastReviewed: the English page as it was when you translated it' },
);

const unknownKeys = (iss: { code?: string; keys?: string[] }) =>
	iss.code === 'unrecognized_keys'
		? `a translation supplies only words; remove ${iss.keys?.join(', ')} (not a field of a translation)`
		: undefined;

/** content/translations/<lang>/articles/<section>/<slug>.mdx: same path as the English article. */
/** A page's own address segment in the language: lower case, hyphens, no accents. */
const slugSchema = z
	.string({ error: 'every translation needs a slug: the address segment, e.g. grasa-corporal' })
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: 'slug must be lower case letters, digits and hyphens, without accents (e.g. grasa-corporal)',
	});

export const articleTranslationSchema = z.strictObject(
	{
		title: z.string({ error: 'every translation needs a title' }).trim().min(3).max(70),
		description: z.string({ error: 'every translation needs a description' }).trim().min(50).max(200),
		slug: slugSchema,
		translatedFrom: translatedFromSchema,
		translated: calendarDate('translated'),
		aliases: z.array(z.string().trim().min(2)).default([]),
		/** Claim id → the statement's words, one per claim the English article declares. */
		claims: z.record(z.string(), z.string({ error: 'each claim entry is its statement in words only' }).trim().min(5)).default({}),
		/**
		 * Risk claim id → the words of the English claim's `frequency.text` ("how often"), with the same numbers;
		 * one per claim of the English article that has a frequency. Its source stays the English declaration's.
		 */
		howOften: z
			.record(z.string(), z.string({ error: 'each howOften entry is the words of the English frequency text' }).trim().min(5))
			.default({}),
		/**
		 * English version number → the Spanish words of that version's change summary (the English page's `changes`),
		 * e.g. `changes: { 2: "…" }`. Only words: the versions and dates come from the English page.
		 */
		changes: z
			.record(
				z.string().regex(/^[1-9]\d*$/, { error: 'changes is a map of version number → Spanish summary, e.g. changes: { 2: "…" }' }),
				z.string({ error: 'changes is a map of version number → Spanish summary, e.g. changes: { 2: "…" }' }).trim().min(5),
				{ error: 'changes is a map of version number → Spanish summary, e.g. changes: { 2: "…" }' },
			)
			.default({}),
	},
	{ error: unknownKeys },
);
export type ArticleTranslationData = z.infer<typeof articleTranslationSchema>;

export const glossaryTranslationSchema = z.strictObject(
	{
		term: z.string({ error: 'every glossary translation needs a term' }).trim().min(2),
		definition: z
			.string({ error: 'every glossary translation needs a definition' })
			.trim()
			.min(10)
			.max(220, { error: 'a definition must be at most 220 characters' }),
		aliases: z.array(z.string().trim().min(2)).default([]),
	},
	{ error: unknownKeys },
);
export type GlossaryTranslationData = z.infer<typeof glossaryTranslationSchema>;

const lines = z.array(z.string().trim().min(5));

export const kitTranslationSchema = z.strictObject(
	{
		title: z.string().trim().min(3).max(50),
		description: z.string().trim().min(50).max(200),
		/** The kit's Spanish address segment: /es/consulta/<slug>/ (e.g. grasa-corporal for body-fat). */
		slug: slugSchema,
		questions: lines.default([]),
		worryingAnswers: lines.default([]),
		alternatives: lines.min(1),
		translatedFrom: translatedFromSchema,
		translated: calendarDate('translated'),
	},
	{ error: unknownKeys },
);
export type KitTranslationData = z.infer<typeof kitTranslationSchema>;

export const kitCommonTranslationSchema = z.strictObject(
	{ questions: lines.min(1), worryingAnswers: lines.min(1) },
	{ error: unknownKeys },
);
export type KitCommonTranslationData = z.infer<typeof kitCommonTranslationSchema>;

/** content/translations/<lang>/symptoms/<id>.yaml: the words of a symptom; its level, timing group and sources stay English. */
export const symptomTranslationSchema = z.strictObject(
	{
		noticed: z.string().trim().min(10).max(200),
		/** The words of the English `when.text`. */
		whenText: z.string().trim().min(5).max(160),
		whatToDo: z.string().trim().min(10).max(300),
		whatToSay: z.string().trim().min(10).max(300).optional(),
	},
	{ error: unknownKeys },
);
export type SymptomTranslationData = z.infer<typeof symptomTranslationSchema>;

/**
 * content/translations/<lang>/products/<id>.yaml: what is in it, and the words of each status entry's statement in
 * the English order ('' where the English entry has no statement). Names, statuses, countries and sources stay English.
 */
export const productTranslationSchema = z.strictObject(
	{
		contains: z.string().trim().min(20),
		statements: z.array(z.string().trim()).default([]),
	},
	{ error: unknownKeys },
);
export type ProductTranslationData = z.infer<typeof productTranslationSchema>;

/**
 * content/translations/<lang>/costs/<id>.yaml: the words of a dated price. `range`, `dated` and `note` keep the
 * English numbers and currency signs exactly (the build compares them); country, source and dates stay English.
 */
export const costTranslationSchema = z.strictObject(
	{
		treatment: z.string().trim().min(3),
		range: z.string().trim().min(3),
		dated: z.string().trim().min(4),
		note: z.string().trim().min(10).optional(),
	},
	{ error: unknownKeys },
);
export type CostTranslationData = z.infer<typeof costTranslationSchema>;

/** Kept for callers that only need "some words". */
export type WordsTranslationData = Record<string, unknown>;
