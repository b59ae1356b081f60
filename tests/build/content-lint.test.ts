/** `npm run check:content` on a fixture with planted defects: it reports each one and exits non-zero. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, root, tmp } from '../helpers/build.ts';

describe('the content lint', () => {
	test('reports reading grade, an asserted unproven claim, a wrong verb, an uncited reference and an overdue review', () => {
		const site = join(tmp, 'lint-defects');
		const built = buildSite('tests/fixtures/lint-defects', site);
		expect(built.ok, built.output).toBe(true);
		const run = spawnSync(process.execPath, ['scripts/check-content.ts', '--site', site], {
			cwd: root,
			encoding: 'utf8',
			env: { ...process.env, GUIDE_CONTENT_DIR: 'tests/fixtures/lint-defects', GUIDE_TODAY: '2026-11-21' },
		});
		expect(run.status).toBe(1);
		expect(run.stdout).toMatch(/^basics\/planted\s+1\s+1\s+\d+\.\d\s+\d+\s+1\s+2025-01-01\s+2025-06-01 OVERDUE$/m);
		expect(run.stdout).toContain('basics/planted: review overdue since 2025-06-01');
		expect(run.stdout).toMatch(/basics\/planted: reading grade \d+\.\d is above 9/);
		expect(run.stdout).toContain('basics/planted: states the unproven claim "planted-melts-fat" in its own words');
		expect(run.stdout).toContain('claim planted-wrong-verb: low certainty: say "may"');
		expect(run.stdout).toContain('reference rotunda-2006-mesotherapy-pc-review: no claim, symptom or help route cites it');
	});
});
