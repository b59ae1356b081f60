/** Builds the real site once (content/ → tests/.tmp/site) for the content and browser tests. */
import { join } from 'node:path';
import { buildSite, tmp } from './helpers/build.ts';

export default function setup() {
	const result = buildSite('./content', join(tmp, 'site'));
	if (!result.ok) throw new Error(`The site did not build:\n${result.error || result.output}`);
}
