/**
 * `npm run ledger`: adds every public address of a fresh build (or of `-- --site <dir>`) that
 * content/url-ledger.txt does not list yet. It never removes a line: published addresses must keep working.
 */
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { ledgerFile, publicUrls, readLedger } from '../src/lint/ledger.ts';
import { builtSite } from './built-site.ts';

const contentDir = process.env.GUIDE_CONTENT_DIR ?? 'content';
const siteDir = builtSite(process.argv);
const file = ledgerFile(contentDir);
if (!existsSync(file)) {
	writeFileSync(
		file,
		'# Every public address the guide has published. Lines are only ever added (npm run ledger).\n' +
			'# A test fails if one stops resolving: rename a page with a redirect (content/redirects.yaml),\n' +
			'# a heading with <Anchor id="old-anchor" /> where the old heading was.\n',
	);
}
const known = new Set(readLedger(contentDir));
const added = publicUrls(siteDir).filter((url) => !known.has(url));
if (added.length) appendFileSync(file, `${added.join('\n')}\n`);
console.log(`${added.length} address${added.length === 1 ? '' : 'es'} added to ${file}.`);
