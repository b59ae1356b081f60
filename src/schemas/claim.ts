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
const sourceKey = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'a source is the key of a file in content/references/, e.g. "rotunda-2006-mesotherapy-pc-review"' });

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
	/** benefit, risk or fact; see kindValues. (Interim: optional until every claim carries one.) */
	kind: z.enum(kindValues, { error: `kind must be one of: ${kindValues.join(', ')}` }).optional(),
};

/** At least one controlled trial or systematic review (or, for a risk, consistent documented reports). */
export const evidenceBackedClaimSchema = z.strictObject({
	...claimBase,
	status: z.literal('evidence-backed'),
	/**
	 * GRADE certainty: high, moderate or low. (Very low certainty makes a claim unproven.) Benefits only: a risk's
	 * "how we know" and a fact's sources take its place. (Interim: optional until every claim carries a kind.)
	 */
	certainty: z
		.enum(certaintyValues, {
			error: 'an evidence-backed claim needs certainty: high, moderate or low (very low certainty means status: unproven)',
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
}).superRefine((claim, ctx) => {
	if ((claim.kind === undefined || claim.kind === 'benefit') && claim.certainty === undefined) {
		ctx.addIssue({
			code: 'custom',
			path: ['certainty'],
			message: 'an evidence-backed claim needs certainty: high, moderate or low (very low certainty means status: unproven)',
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
