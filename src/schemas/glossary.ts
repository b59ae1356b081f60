import { z } from 'astro/zod';

/**
 * A glossary entry: `content/glossary/<id>.yaml`, the file name (kebab-case) being its id and the anchor on the
 * glossary page. Articles link a word to it with `<Term id="dermis">dermis</Term>`.
 *
 * @example
 * # content/glossary/dermis.yaml
 * term: dermis
 * definition: The thick middle layer of your skin. It holds blood vessels, nerve endings and hair roots.
 */
export const glossarySchema = z.strictObject({
	/** The word as readers meet it. */
	term: z.string({ error: 'every glossary entry needs a term' }).min(2),
	/** A plain definition of one or two short sentences, at most 220 characters (it is shown in a tooltip). */
	definition: z
		.string({ error: 'every glossary entry needs a definition in plain words' })
		.min(10)
		.max(220, { error: 'a definition must be at most 220 characters: one or two short sentences' }),
});
export type GlossaryData = z.infer<typeof glossarySchema>;
