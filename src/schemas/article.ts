import { z } from 'astro/zod';
import { claimSchema } from './claim.ts';
import { sectionIds } from '../config.ts';

/** A calendar date written YYYY-MM-DD in YAML (read as UTC midnight). */
const calendarDate = (field: string) =>
	z.custom<Date>((value) => value instanceof Date && !Number.isNaN(value.getTime()), {
		error: `${field} must be a date written YYYY-MM-DD (without quotes), e.g. ${field}: 2026-11-21`,
	});

/** Review status. The guide has no clinical reviewer yet, so this is the only value; never invent a reviewer. */
export const reviewStatusValues = ['not-clinically-reviewed'] as const;

/**
 * Frontmatter of an article: `content/articles/<section>/<slug>.mdx`, published at `/<section>/<slug>/`.
 *
 * @example
 * ---
 * title: Bruising, swelling and redness
 * description: What is normal after mesotherapy, how long it lasts and when to get help.
 * section: side-effects
 * lastReviewed: 2026-11-21
 * nextReview: 2027-05-21
 * reviewStatus: not-clinically-reviewed
 * claims:
 *   - id: bruising-is-common
 *     statement: Small bruises where the needle went in are common and fade within days.
 *     status: evidence-backed
 *     certainty: moderate
 *     sources: [plachouri-2016-side-effects]
 * ---
 */
export const articleSchema = z
	.strictObject({
		/** The page title (the h1), in plain words: at most 70 characters. */
		title: z
			.string({ error: 'every article needs a title, e.g. title: How a mesotherapy session goes' })
			.trim()
			.min(3, { error: 'title must be at least 3 characters' })
			.max(70, { error: 'title must be at most 70 characters (it is also the browser tab and search result title)' }),
		/** One or two plain sentences for search results and the page summary: 50 to 200 characters. */
		description: z
			.string({ error: 'every article needs a description: one or two plain sentences saying what the page answers' })
			.trim()
			.min(50, { error: 'description must be at least 50 characters: one or two full sentences' })
			.max(200, { error: 'description must be at most 200 characters' }),
		/** The section, which must match the folder the file is in. */
		section: z.enum(sectionIds, { error: `section must be one of: ${sectionIds.join(', ')} (and match the folder)` }),
		/** Position in the section's hub; lower comes first. Default 100. */
		order: z.number().int().default(100),
		/** The date the content was last checked against the evidence. */
		lastReviewed: calendarDate('lastReviewed'),
		/** The date the next review is due; after lastReviewed. */
		nextReview: calendarDate('nextReview'),
		/** Honest review status; see reviewStatusValues. */
		reviewStatus: z.enum(reviewStatusValues, {
			error: 'reviewStatus must be "not-clinically-reviewed": the guide has no clinical reviewer yet, so never name one',
		}),
		/** The claims this article owns. Each must be shown in the body with <Claim id="…" />. */
		claims: z.array(claimSchema).default([]),
		/**
		 * Ids from ../shared/evidence/seed-claims.yaml that this page answers in its own words: open questions
		 * (FAQ-01…), contradictions (CON-01…), and marketing claims that no source allows us to type as a claim
		 * (prefer a typed claim with `seeds` wherever one can be made). A test shows each is answered somewhere.
		 */
		answers: z
			.array(z.string().regex(/^[A-Z]+(?:-[A-Z]+)*-\d{2}$/, { error: 'answers are ids from seed-claims.yaml, e.g. FAQ-01 or CON-02' }))
			.default([]),
		/**
		 * What changed in each version of the page, newest or oldest first. The highest version is the page's
		 * version, printed on handouts so a clinic can tell whether a printed sheet is out of date. Required on
		 * aftercare pages; elsewhere, a page without it is version 1 of its lastReviewed date.
		 */
		changes: z
			.array(
				z.strictObject({
					version: z.number({ error: 'each change needs a version number: 1, 2, 3…' }).int().min(1),
					date: calendarDate('date'),
					summary: z.string({ error: 'each change needs a summary of what changed' }).trim().min(5),
				}),
			)
			.default([]),
		/**
		 * Names people meet for what the page covers: product and brand names, everyday words ("fat jabs"),
		 * common misspellings. Indexed for search with a high weight.
		 */
		aliases: z.array(z.string().trim().min(2)).default([]),
		/**
		 * Uses pages: the claims that answer the reader's question for this goal, shown in the home page's
		 * table. `answer`: does it work (the main benefit claim); `risk`: the main risk; `better`: an option with
		 * better evidence (a claim id), when the guide has one.
		 */
		headline: z.strictObject({ answer: z.string(), risk: z.string(), better: z.string().optional() }).optional(),
		/**
		 * Whether site search indexes the page (default true). False for logs such as the changes page, whose lists
		 * of claim names would crowd the pages that answer a reader's words.
		 */
		searchable: z.boolean().default(true),
		/** Related articles by id ("<section>/<slug>"), shown at the foot of the page. */
		related: z.array(z.string()).default([]),
	})
	.superRefine((data, ctx) => {
		const versions = data.changes.map((change) => change.version);
		if (new Set(versions).size !== versions.length) {
			ctx.addIssue({ code: 'custom', path: ['changes'], message: 'each version may appear only once in changes' });
		}
		if (data.nextReview.getTime() <= data.lastReviewed.getTime()) {
			ctx.addIssue({
				code: 'custom',
				path: ['nextReview'],
				message: 'nextReview must be after lastReviewed: set the date the next review is due, e.g. a year later',
			});
		}
	});
export type ArticleData = z.infer<typeof articleSchema>;
