/**
 * Author components check their props against a schema (Starlight's pattern): a wrong value stops the build with
 * the component, the prop, what is allowed and an example, and the build names the article and the tag's line.
 */
import { AstroError } from 'astro/errors';
import { z } from 'astro/zod';

export function checkProps<T extends z.ZodType>(component: string, schema: T, props: unknown, example: string): z.infer<T> {
	const result = schema.safeParse(props);
	if (result.success) return result.data;
	const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'props'}: ${issue.message}`);
	throw new AstroError(
		`<${component}> has ${problems.length === 1 ? 'a wrong prop' : 'wrong props'}: ${problems.join('; ')}.`,
		`For example: ${example}`,
	);
}

/** A heading level prop: one of `allowed`, `fallback` when left out. */
export const headingLevel = <const L extends readonly [number, ...number[]]>(allowed: L, fallback: L[number]) =>
	z
		.custom<L[number]>((value) => allowed.includes(value as number), { error: `the heading level must be one of ${allowed.join(', ')}` })
		.default(fallback);
