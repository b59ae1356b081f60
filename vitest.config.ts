import { defineConfig } from 'vitest/config';

/**
 * Four projects, cheapest first: unit tests (plain functions and schemas), build tests (real `astro build`
 * of fixture content folders), content tests (the real guide's built pages against the content standards)
 * and browser tests (the real site in Debian's Chromium).
 */
export default defineConfig({
	test: {
		// Builds the real guide once, for the content and browser projects.
		globalSetup: ['tests/global-setup.ts'],
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
					hookTimeout: 180_000,
				},
			},
			{
				test: {
					name: 'browser',
					include: ['tests/e2e/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 180_000,
					fileParallelism: false,
				},
			},
		],
	},
});
