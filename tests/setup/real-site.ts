/**
 * Builds the real site once per test run (content/ → tests/.tmp/site, or GUIDE_TEST_SITE) for the projects that
 * read it; a second project in the same run reuses it. GUIDE_TEST_SITE_BUILT=1 reuses a site already built there.
 */
import { buildSite } from '../helpers/build.ts';
import { contentDir, siteDir } from '../helpers/site.ts';

export default function setup() {
	if (process.env.GUIDE_TEST_SITE_BUILT === '1') return;
	const result = buildSite(contentDir, siteDir);
	if (!result.ok) throw new Error(`The site did not build:\n${result.error || result.output}`);
	// Global setups run in the main vitest process: the next project's setup sees this and skips the build.
	process.env.GUIDE_TEST_SITE_BUILT = '1';
}
