import { z } from 'astro/zod';

/** GRADE certainty of the best evidence behind an evidence-backed claim. */
export const certaintyValues = ['high', 'moderate', 'low'] as const;
export type Certainty = (typeof certaintyValues)[number];

/** Why a claim is unproven. Each value is explained to readers on the evidence method page. */
export const reasonValues = ['no-trials', 'weak-studies', 'conflicting', 'negative-trials', 'contradicted'] as const;
export type Reason = (typeof reasonValues)[number];

export const statusValues = ['evidence-backed', 'unproven'] as const;
export type Status = (typeof statusValues)[number];

/**
 * What a claim is about. `benefit`: a treatment does something good (including "it is safe"). `risk`: it can
 * cause harm. `fact`: what something is, how it is done, regulation, what the research contains.
 */
export const kindValues = ['benefit', 'risk', 'fact'] as const;
export type Kind = (typeof kindValues)[number];

/** Claim ids: lower-case words joined by hyphens, unique across the whole site (they are URLs). */
export const claimIdSchema = z
	.string({ error: 'every claim needs an id, e.g. id: hyaluronic-acid-hydration' })
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: 'a claim id must be kebab-case (lower-case letters, digits and single hyphens), e.g. "hyaluronic-acid-hydration"',
	});

/** A reference key: the file name (without .yaml) of a reference in content/references/. */
const sourceKey = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
	error: 'a source is the key of a file in content/references/, e.g. "rotunda-2006-mesotherapy-pc-review"',
});

const kindError =
	'every claim needs a kind: benefit (a treatment does something good, including "it is safe"), risk (it can cause harm) or fact (what something is, how it is done, regulation, what the research contains)';

const claimBase = {
	/** Unique, stable, kebab-case id. It becomes the URL /evidence/<id>/, so never change it once published. */
	id: claimIdSchema,
	/**
	 * The claim in plain words. Evidence-backed: the guide's own sentence, using the verb its certainty allows
	 * (high "does", moderate "probably", low "may"). Unproven: the claim as people meet it, e.g.
	 * "Mesotherapy melts fat".
	 */
	statement: z
		.string({ error: 'every claim needs a statement: the claim in plain words' })
		.trim()
		.min(10, { error: 'a statement must be a full sentence of at least 10 characters' }),
	/**
	 * Ids of the marketing claims in ../shared/evidence/seed-claims.yaml that this claim answers (e.g. DEF-03),
	 * so a test can show that every seed claim is answered somewhere.
	 */
	seeds: z
		.array(z.string().regex(/^[A-Z]+(?:-[A-Z]+)*-\d{2}$/, { error: 'seeds are ids from seed-claims.yaml, e.g. DEF-03 or IND-FAT-02' }))
		.default([]),
	/**
	 * What the claim is about: `benefit` (a treatment does something good, including "it is safe"), `risk` (it can
	 * cause harm) or `fact` (what something is, how it is done, regulation, what the research contains). With the
	 * status it decides the reader's label (src/data/method.ts).
	 */
	kind: z.enum(kindValues, { error: kindError }),
};

/** At least one controlled trial or systematic review (or, for a risk, consistent documented reports). */
export const evidenceBackedClaimSchema = z
	.strictObject({
		...claimBase,
		status: z.literal('evidence-backed'),
		/**
		 * GRADE certainty: high, moderate or low (very low certainty makes a claim unproven). Benefits only, and
		 * required there; it must fit the sources' study types (src/data/certainty-rules.ts). A risk has none (its
		 * "how we know" is computed from its sources), nor has a fact.
		 */
		certainty: z
			.enum(certaintyValues, {
				error: 'certainty must be high, moderate or low (very low certainty means status: unproven)',
			})
			.optional(),
		/**
		 * Risks only: how often it happens, as a natural frequency a cited source states (e.g. "about 1 in 20
		 * people treated"), with that source's key. Leave out when no cited source counts it ("how often is not known").
		 */
		frequency: z.strictObject({ text: z.string().trim().min(5), source: sourceKey }).optional(),
		/** Keys of the references that back the claim; at least one. */
		sources: z
			.array(sourceKey, {
				error: 'an evidence-backed claim needs sources: a list of reference keys from content/references/',
			})
			.min(1, { error: 'an evidence-backed claim needs at least one source; without one, make it unproven with a reason' }),
	})
	.superRefine((claim, ctx) => {
		if (claim.kind === 'benefit' && claim.certainty === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['certainty'],
				message: 'an evidence-backed benefit needs certainty: high, moderate or low (very low certainty means status: unproven)',
			});
		}
		if (claim.kind === 'risk' && claim.certainty !== undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['certainty'],
				message:
					'a risk has no certainty: remove it. Readers see "how we know", computed from the study types of its sources, and "how often" (add frequency where a cited source counts it).',
			});
		}
		if (claim.kind === 'fact' && claim.certainty !== undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['certainty'],
				message: 'a fact has no certainty: remove it. A fact is shown as a sourced fact, checked against its sources.',
			});
		}
		if (claim.frequency && claim.kind !== 'risk') {
			ctx.addIssue({
				code: 'custom',
				path: ['frequency'],
				message: 'only a risk has a frequency: remove it, or set kind: risk if the claim is about a harm.',
			});
		}
		if (claim.frequency && !claim.sources.includes(claim.frequency.source)) {
			ctx.addIssue({
				code: 'custom',
				path: ['frequency', 'source'],
				message: `frequency.source "${claim.frequency.source}" is not one of the claim's sources: name the cited source that counts how often it happens (one of: ${claim.sources.join(', ')}).`,
			});
		}
	});

/** Anything that is not evidence-backed. Carries the reason, may cite sources (e.g. the negative trials). */
export const unprovenClaimSchema = z.strictObject({
	...claimBase,
	status: z.literal('unproven'),
	/** Why it is unproven; see the evidence method page. */
	reason: z.enum(reasonValues, {
		error: `an unproven claim needs a reason: one of ${reasonValues.join(', ')}`,
	}),
	/** Keys of references that speak to the claim (e.g. negative trials); may be empty. */
	sources: z.array(sourceKey).default([]),
});

/** A claim, told apart by its status. */
export const claimSchema = z.discriminatedUnion('status', [evidenceBackedClaimSchema, unprovenClaimSchema], {
	error: `status must be "evidence-backed" or "unproven"`,
});
export type ClaimData = z.infer<typeof claimSchema>;
