/**
 * Author components check their props with a schema: a wrong value names the component, the prop and every allowed
 * value, with an example (the build then adds the article and the tag's line: tests/unit/content-errors.test.ts).
 */
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { checkProps, headingLevel } from '../../src/user-components/props.ts';

const callout = z.object({ kind: z.enum(['warning', 'info']), headingLevel: headingLevel([2, 3, 4], 3) });
const check = (props: unknown) => () => checkProps('Callout', callout, props, '<Callout kind="warning">…</Callout>');

describe('component props', () => {
	test('a valid set passes, with its defaults filled in', () => {
		expect(checkProps('Callout', callout, { kind: 'info' }, '')).toEqual({ kind: 'info', headingLevel: 3 });
	});

	test('an unknown value lists the allowed ones, and the message keeps its example', () => {
		expect(check({ kind: 'danger' })).toThrow(/^<Callout> has a wrong prop: kind: Invalid option: expected one of "warning"\|"info"\.$/);
		try {
			check({ kind: 'danger' })();
		} catch (error) {
			expect((error as { hint?: string }).hint).toBe('For example: <Callout kind="warning">…</Callout>');
		}
	});

	test('a heading level outside the allowed ones is refused, naming them', () => {
		expect(check({ kind: 'warning', headingLevel: 6 })).toThrow('headingLevel: the heading level must be one of 2, 3, 4');
	});
});
