/**
 * The build is the gate, proven by two real builds of `npm run build` (scripts/build.ts):
 *
 * - a good one (tests/fixtures/redirect/content, on a day one page and one consultation kit are overdue): the site
 *   is published, a renamed page keeps working, every ledger address resolves, the overdue page and kit show readers
 *   a notice and are listed once, at the end, with their fix;
 * - a bad one over that published site, planting at once every defect that only the built pages show (a ledger
 *   address whose page was deleted, a ledger anchor whose heading was renamed, and the content lint's errors): the
 *   build fails with every message pinned and leaves the existing site byte-identical.
 *
 * Every rule checked before Astro runs is pinned case by case, without a build, in tests/unit/content-errors.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { publicUrls, readLedger, unresolved } from '../../src/lint/ledger.ts';
import { buildSite, root, tmp, type BuildResult } from '../helpers/build.ts';

const goodContent = 'tests/fixtures/redirect/content';
const site = join(tmp, 'gate-good');
let good: BuildResult;

/** A digest of every file (path and bytes) under a folder. */
function digest(dir: string): string {
	const hash = createHash('sha256');
	for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
		const path = join(dir, file);
		hash.update(file);
		if (statSync(path).isFile()) hash.update(readFileSync(path));
	}
	return hash.digest('hex');
}

beforeAll(() => {
	good = buildSite(goodContent, site, { GUIDE_TODAY: '2027-06-01' });
	expect(good.ok, good.output).toBe(true);
});

describe('a good build publishes the site', () => {
	test('a renamed page keeps working through an HTML redirect page and a _redirects line', () => {
		const html = readFileSync(join(site, 'basics/old-name/index.html'), 'utf8');
		expect(html).toContain('<meta http-equiv="refresh" content="0; url=/basics/what-it-is/">');
		// Valid HTML under the same strict policy as every page, with a visible link for browsers that do not follow it.
		expect(html).toContain('<meta http-equiv="content-security-policy" content="default-src \'self\';');
		expect(html).toContain('<a href="/basics/what-it-is/">/basics/what-it-is/</a>');
		expect(readFileSync(join(site, '_redirects'), 'utf8')).toContain('/basics/old-name/ /basics/what-it-is/ 301\n');
	});

	test('every ledger address resolves, pages and anchors, also through a redirect; the check catches a loss', () => {
		const ledger = readLedger(join(root, goodContent));
		expect(ledger).toHaveLength(4);
		expect(unresolved(ledger, site)).toEqual([]);
		expect(unresolved(['/basics/gone/', '/basics/what-it-is/#old-heading', '/basics/what-it-is/'], site)).toEqual([
			'/basics/gone/',
			'/basics/what-it-is/#old-heading',
		]);
		const urls = publicUrls(site);
		expect(urls).toContain('/basics/what-it-is/#what-people-are-told');
		expect(urls).toContain('/evidence/fixture-melts-fat/');
	});

	test('an overdue page or kit builds and shows readers a notice; they and a page nothing links to are listed once, at the end, with their fix', () => {
		const overdue = readFileSync(join(site, 'side-effects/fixture-infections/index.html'), 'utf8');
		expect(overdue.replace(/<[^>]+>/g, '')).toContain(
			'Review overdue: this page was due to be checked against new evidence on 21 May 2027.',
		);
		expect(readFileSync(join(site, 'basics/what-it-is/index.html'), 'utf8')).not.toContain('data-review-overdue');
		const kit = readFileSync(join(site, 'consultation/fixture-goal/index.html'), 'utf8').replace(/<[^>]+>/g, '');
		expect(kit).toContain('Review overdue: this kit was due to be checked against new evidence on 1 March 2027.');
		const end = good.output.slice(good.output.indexOf('Site built in')).trim();
		expect(end.replace(/^Site built in .*$/m, 'Site built in <dir>')).toMatchInlineSnapshot(`
			"Site built in <dir>

			6 warnings: the site was built, but these need a person:

			SITE_URL
			  PREVIEW BUILD: not set: canonical links, the sitemap, feeds, exports and the address and QR code on every printed handout point at https://mesotherapy-guide.example, which does not exist. Every printed sheet says "Preview copy, not for handing out".
			    Fix: to publish, run SITE_URL=https://your.domain CORRECTIONS_EMAIL=you@your.domain npm run build:publish

			CORRECTIONS_EMAIL
			  PREVIEW BUILD: not set: readers are shown corrections@mesotherapy-guide.example, which receives nothing.
			    Fix: set CORRECTIONS_EMAIL to the address readers send corrections to, and publish with npm run build:publish

			tests/fixtures/redirect/content/articles/side-effects/fixture-infections.mdx
			  nextReview: review overdue since 2027-05-21; readers see a "Review overdue" notice.
			    Fix: check the page against the evidence, then set lastReviewed to today and nextReview to the next due date.

			tests/fixtures/redirect/content/consultation/fixture-goal.yaml
			  nextReview: review overdue since 2027-03-01; readers see a "Review overdue" notice.
			    Fix: check the kit against its uses article, then set lastReviewed to today, nextReview to the next due date, and raise version.

			tests/fixtures/redirect/content/articles/basics/what-it-is.mdx
			  (links): no other article links to it, so readers find it only through its section hub.
			    Fix: link to it from the articles that cover the same ground, or list it in their related: field.

			tests/fixtures/redirect/content/articles/uses/fixture-goal.mdx
			  (links): no other article links to it, so readers find it only through its section hub.
			    Fix: link to it from the articles that cover the same ground, or list it in their related: field."
		`);
		expect(good.output.split('review overdue since').length - 1).toBe(2);
	});

	test('`npm run check:content` reports the built site with no errors', () => {
		const run = spawnSync(process.execPath, ['scripts/check-content.ts', '--site', site], {
			cwd: root,
			encoding: 'utf8',
			env: { ...process.env, GUIDE_CONTENT_DIR: goodContent, GUIDE_TODAY: '2027-06-01' },
		});
		expect(run.status, run.stdout + run.stderr).toBe(0);
		expect(run.stdout).toMatch(/^side-effects\/fixture-infections\s+1\s+0\s+\d+\.\d\s+\d+\s+1\s+2026-11-21\s+2027-05-21 OVERDUE$/m);
		expect(run.stdout).toContain('No errors.');
	});
});

describe('a bad build refuses to publish and leaves the existing site as it was', () => {
	test('defects only the built pages show: a deleted ledger page, a renamed ledger anchor, and the content lint’s errors', () => {
		const content = join(tmp, 'gate-bad', 'content');
		rmSync(join(tmp, 'gate-bad'), { recursive: true, force: true });
		cpSync(join(root, 'tests/fixtures/lint-defects'), content, { recursive: true });
		writeFileSync(
			join(content, 'url-ledger.txt'),
			'# Published addresses\n/basics/planted/\n/basics/planted/#what-people-are-told\n/aftercare/face/\n',
		);
		const outDir = join(tmp, 'gate-bad', 'dist');
		cpSync(site, outDir, { recursive: true });
		const before = digest(outDir);

		const result = buildSite('tests/.tmp/gate-bad/content', outDir, { GUIDE_TODAY: '2026-11-21' });
		expect(result.ok, result.output).toBe(false);
		expect(result.error.replace(/^.*was left as it was\./, '<dir> was left as it was.')).toMatchInlineSnapshot(`
			"<dir> was left as it was.

			The guide's content has 8 problems; the site was not built.

			tests/.tmp/gate-bad/content/url-ledger.txt
			  /basics/planted/#what-people-are-told: the page is there, but no heading has id="what-people-are-told" any more, so a shared link no longer lands on its section.
			    Fix: put <Anchor id="what-people-are-told" /> where the old heading was, in the article at /basics/planted/.
			  /aftercare/face/: this published address now leads to "page not found"; people saved, shared and printed it.
			    Fix: restore the page, or add an entry to tests/.tmp/gate-bad/content/redirects.yaml: - { from: /aftercare/face/, to: <the page that now covers it> }. Never delete ledger lines.

			tests/.tmp/gate-bad/content/articles/basics/planted.mdx
			  (body): reading grade 34.8 is above 9: shorter sentences, plainer words
			    Fix: split long sentences and use everyday words; explain each medical term in a short sentence of its own.
			  (body): only 82 words of body text
			    Fix: write the page out (at least 100 words), or fold it into a related page and redirect its address.
			  (body): states the unproven claim "planted-melts-fat" in its own words
			    Fix: show it as a claim with <Claim id="planted-melts-fat" />, which labels it, instead of saying it in the guide's own voice.
			  claim planted-wrong-verb: low certainty: say "may"
			    Fix: reword the statement, or correct its certainty if the evidence says otherwise.

			tests/.tmp/gate-bad/content/references/rotunda-2006-mesotherapy-pc-review.yaml
			  reference rotunda-2006-mesotherapy-pc-review: no claim, product, price, symptom or help route cites it
			    Fix: cite it from a claim, a product, a price, a symptom or a help route, or delete tests/.tmp/gate-bad/content/references/rotunda-2006-mesotherapy-pc-review.yaml.

			tests/.tmp/gate-bad/content/articles
			  (all articles): median reading grade 34.8 is above 8
			    Fix: make the hardest pages plainer (see npm run check:content)."
		`);
		expect(digest(outDir)).toBe(before);
		expect(readdirSync(join(tmp, 'gate-bad')).filter((entry) => entry.includes('staging'))).toEqual([]);
	});
});
