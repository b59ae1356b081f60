import { z } from 'astro/zod';

const calendarDate = (field: string) =>
	z.custom<Date>((value) => value instanceof Date && !Number.isNaN(value.getTime()), {
		error: `${field} must be a date written YYYY-MM-DD (without quotes)`,
	});

/** A list of plain sentences for a consultation kit. */
const lines = (what: string) => z.array(z.string().trim().min(5), { error: `${what}: a list of plain sentences` });

/**
 * A consultation kit: content/consultation/<goal>.yaml, published at /consultation/<goal>/ and printable
 * like the aftercare handouts. The evidence shown is the claims of its `uses` article, so it never
 * restates a label.
 */
export const kitSchema = z.strictObject({
	/** The goal in a few words, e.g. "Hair loss". */
	title: z.string().min(3).max(50),
	/** One plain sentence on what the kit is for (also the page description). */
	description: z.string().min(50).max(200),
	/** Position in the list of kits. */
	order: z.number().int().default(100),
	/** The uses article whose claims are the evidence for this goal, as <section>/<slug>. */
	uses: z.string().regex(/^uses\/[a-z0-9-]+$/, { error: 'uses must be an article in the uses section, e.g. uses/hair-loss' }),
	/**
	 * Ids of the claims to show as the evidence, when the uses article shows too many to fit on one sheet.
	 * Default: every claim the uses article shows.
	 */
	claims: z.array(z.string()).optional(),
	/** Questions to ask for this goal, on top of the questions every kit has. */
	questions: lines('questions').default([]),
	/** Answers that should worry you for this goal, on top of the common ones. */
	worryingAnswers: lines('worryingAnswers').default([]),
	/** Better-evidenced options to ask a doctor about, in general terms. */
	alternatives: lines('alternatives').min(1),
	version: z.number().int().min(1),
	lastReviewed: calendarDate('lastReviewed'),
	nextReview: calendarDate('nextReview'),
	reviewStatus: z.enum(['not-clinically-reviewed']),
});
export type KitData = z.infer<typeof kitSchema>;

/** content/consultation/_common.yaml: the questions and worrying answers every kit shares. */
export const kitCommonSchema = z.strictObject({
	questions: lines('questions').min(1),
	worryingAnswers: lines('worryingAnswers').min(1),
});
