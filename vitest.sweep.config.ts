import { defineConfig } from 'vitest/config';

/**
 * `npm run test:a11y`: the slow exhaustive sweeps, run by CI after `npm test`. Axe on every page of the site in
 * both colour schemes, and the scale test (synthetic guides of two sizes: no per-page cost grows with the guide).
 */
export default defineConfig({
	test: {
		include: ['tests/sweep/**/*.test.ts'],
		globalSetup: ['tests/setup/chromium.ts', 'tests/setup/real-site.ts'],
		testTimeout: 900_000,
		hookTimeout: 600_000,
		fileParallelism: false,
	},
});
