import { z } from 'astro/zod';

/**
 * How soon a reader should act on a symptom, after the NHS care levels. Declared once per symptom, so no two
 * pages can disagree on how urgent it is.
 *
 * - `emergency`: call your local emergency number now.
 * - `urgent`: get help today (a doctor, an urgent care service; in the UK NHS 111 or a pharmacist).
 * - `soon`: see your practitioner or a doctor soon, within a few days.
 * - `expected`: normal after mesotherapy; watch it and act if it changes.
 */
export const symptomLevels = ['emergency', 'urgent', 'soon', 'expected'] as const;
export type SymptomLevel = (typeof symptomLevels)[number];

/** When a symptom typically first appears after treatment: the groups of the worried page, in order. */
export const symptomTimes = ['hours', 'days', 'weeks', 'months'] as const;
export type SymptomTime = (typeof symptomTimes)[number];

/**
 * A symptom: `content/symptoms/<id>.yaml`, the file name (kebab-case) being its id. Care cards on side-effect and
 * aftercare pages list symptoms by id (`<CareCard level="urgent" symptoms={["red-tender-lump"]} />`), and the
 * worried page (`/worried/`) lists every symptom by time since treatment.
 *
 * @example
 * # content/symptoms/red-tender-lump.yaml
 * noticed: A lump where you had injections is red, purple, hot or painful, or it is getting bigger.
 * when:
 *   after: weeks
 *   text: Often 2 weeks to a few months after treatment, but it can be sooner.
 * level: urgent
 * whatToDo: Get help today from a doctor or an urgent care service. Do not squeeze it.
 * whatToSay: Tell them you had mesotherapy, where and when. Ask whether tests for mycobacteria are needed.
 * explainedIn: side-effects/lumps-and-nodules
 * claims: [nodules-most-common-sign-of-mycobacterial-infection]
 */
export const symptomSchema = z
	.strictObject({
		/** What the reader notices, in plain second-person words, as one sentence (10–200 characters). */
		noticed: z
			.string({ error: 'every symptom needs noticed: what the reader sees or feels, in plain words' })
			.trim()
			.min(10, { error: 'noticed must be at least 10 characters: a whole sentence in plain words' })
			.max(200, { error: 'noticed must be at most 200 characters: one plain sentence' }),
		/** When it typically first appears after treatment. */
		when: z.strictObject(
			{
				/** The group on the worried page: hours, days, weeks or months after treatment. */
				after: z.enum(symptomTimes, { error: `when.after must be one of: ${symptomTimes.join(', ')}` }),
				/** The timing in plain words, e.g. "Usually in the first few days." */
				text: z.string({ error: 'when.text must say, in plain words, when it usually appears' }).trim().min(5).max(160),
			},
			{ error: 'when needs after (hours, days, weeks or months) and text (in plain words)' },
		),
		/** How soon to act: emergency, urgent, soon or expected (see symptomLevels). */
		level: z.enum(symptomLevels, { error: `level must be one of: ${symptomLevels.join(', ')}` }),
		/** What to do, in plain words (the level's route, e.g. "call your local emergency number", is added by the page). */
		whatToDo: z.string({ error: 'every symptom needs whatToDo, in plain words' }).trim().min(10).max(300),
		/** Optional: what to tell the person you see, e.g. "Tell them you had mesotherapy and ask whether tests for mycobacteria are needed." */
		whatToSay: z.string().trim().min(10).max(300).optional(),
		/** The article that explains it, as <section>/<slug>; the worried page links to it. */
		explainedIn: z.string({ error: 'explainedIn must name the article that explains the symptom, e.g. side-effects/lumps-and-nodules' }),
		/** Evidence-backed claims (by id) behind the symptom and its level. A symptom needs claims, sources or both. */
		claims: z.array(z.string()).default([]),
		/** Reference keys (content/references/<key>.yaml) behind the symptom or its advice. */
		sources: z.array(z.string()).default([]),
	})
	.refine((symptom) => symptom.claims.length + symptom.sources.length > 0, {
		error: 'a symptom needs the claims or sources behind it: add claims: [<claim-id>] or sources: [<reference-key>]',
		path: ['claims'],
	});
export type SymptomData = z.infer<typeof symptomSchema>;
