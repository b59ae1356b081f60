/**
 * `npm run check:content`: builds the site into a scratch folder (or reads one already built, with
 * `-- --site <dir>`) and prints the content lint report; exits 1 when there are errors.
 */
import { formatReport, lintSite } from '../src/lint/content-lint.ts';
import { today } from '../src/config.ts';
import { builtSite } from './built-site.ts';

const contentDir = process.env.GUIDE_CONTENT_DIR ?? 'content';
const siteDir = builtSite(process.argv);
const report = lintSite(siteDir, contentDir, today());
console.log(formatReport(report));
process.exit(report.errors.length ? 1 : 0);
