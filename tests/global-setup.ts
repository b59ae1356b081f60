/** Builds the real site once (content/ → tests/.tmp/site, or GUIDE_TEST_SITE) for the content and browser tests. */
import { buildSite } from './helpers/build.ts';
import { siteDir } from './helpers/site.ts';

export default function setup() {
	const result = buildSite('./content', siteDir);
	if (!result.ok) throw new Error(`The site did not build:\n${result.error || result.output}`);
}
