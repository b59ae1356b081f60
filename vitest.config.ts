import { defineConfig } from 'vitest/config';

/** Builds the real guide once (content/ → tests/.tmp/site) for the projects that read it. */
const realSite = ['tests/setup/real-site.ts'];

/**
 * `npm test`: four projects, cheapest first. Unit tests (plain functions, schemas and the content rules, no
 * build), build tests (real `astro build` of small fixture content folders), content tests (the real guide's
 * built pages against the content standards, every page) and browser tests (the real site in Debian's
 * Chromium: every HTML-level gate on every page, axe on every template, article and claim-page variant).
 * The full every-page accessibility sweep in both colour schemes is `npm run test:a11y` (vitest.sweep.config.ts).
 */
export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					testTimeout: 120_000,
					hookTimeout: 180_000,
					fileParallelism: false,
				},
			},
			{
				test: {
					name: 'content',
					include: ['tests/content/**/*.test.ts'],
					globalSetup: realSite,
					hookTimeout: 180_000,
				},
			},
			{
				test: {
					name: 'browser',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/setup/chromium.ts', ...realSite],
					testTimeout: 60_000,
					hookTimeout: 180_000,
					fileParallelism: false,
				},
			},
		],
	},
});
