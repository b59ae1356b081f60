/**
 * Every content rule the build enforces before Astro runs, each planted as one defect in a copy of a fixture and
 * run through the same function and message code as `npm run build` (src/validation/content.ts,
 * formatProblems), so each message an author sees is pinned without a build per case. The plumbing (that the
 * build calls this and leaves dist/ as it was) is proven by the two real builds in tests/build/build-gate.test.ts.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AstroError } from 'astro/errors';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/validation/content.ts';
import { explainBuildError, formatProblems, formatWarnings, locateComponentError } from '../../src/utils/errors.ts';
import { fixtureContent, root, tmp } from '../helpers/build.ts';

const day = new Date('2026-11-21T00:00:00Z');

/** What the build prints for a content folder ('' when it has no problem). */
function problems(dir: string, today = day): string {
	const report = checkContent(dir, { today });
	return report.problems.length ? formatProblems(report.problems) : '';
}

/** One of the single-defect fixtures in tests/fixtures/invalid/, laid over tests/fixtures/base. */
const invalid = (name: string) => problems(fixtureContent(name, join(root, 'tests/fixtures/invalid', name)));

type Edit = string | null | ((text: string) => string);

/** A copy of the valid fixture with files replaced (string), changed (function) or deleted (null). */
function planted(name: string, edits: Record<string, Edit>): string {
	const dir = join(tmp, 'planted', name, 'content');
	rmSync(join(tmp, 'planted', name), { recursive: true, force: true });
	cpSync(join(root, 'tests/fixtures/valid/content'), dir, { recursive: true });
	for (const [path, edit] of Object.entries(edits)) {
		const file = join(dir, path);
		if (edit === null) rmSync(file);
		else {
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, typeof edit === 'string' ? edit : edit(readFileSync(file, 'utf8')));
		}
	}
	return `tests/.tmp/planted/${name}/content`;
}

const basics = 'articles/basics/what-it-is.mdx';
const prose = 'People are told many things about it. This page looks at what the studies found, in plain words.\n'.repeat(3);
const article = (section: string, title: string, body = prose) =>
	`---\ntitle: ${title}\ndescription: A planted fixture page that only exists to check one rule of the content gate.\nsection: ${section}\nlastReviewed: 2026-11-21\nnextReview: 2027-11-21\nreviewStatus: not-clinically-reviewed\n---\n${body}`;
const kit = (dates: string) =>
	`title: Planted goal\ndescription: A planted consultation kit that only exists to check the rules for kits' review dates.\nuses: uses/planted\nalternatives:\n  - Ask a doctor about options with better evidence.\nversion: 1\n${dates}\nreviewStatus: not-clinically-reviewed\n`;
const kitFiles = (dates: string) => ({
	'articles/uses/planted.mdx': article('uses', 'Planted uses page').replace(
		'reviewStatus: not-clinically-reviewed\n',
		'reviewStatus: not-clinically-reviewed\nheadline: { answer: fixture-melts-fat, risk: fixture-infections-documented }\n',
	),
	'consultation/_common.yaml': 'questions:\n  - What is in the mixture?\nworryingAnswers:\n  - They will not say what is in it.\n',
	'consultation/planted.yaml': kit(dates),
});

describe('the valid fixture passes the content gate', () => {
	test('no problem and no warning before any review is due', () => {
		const report = checkContent('tests/fixtures/valid/content', { today: day });
		expect(report.problems).toEqual([]);
		expect(report.warnings).toEqual([]);
		expect(report.guide?.articles.map((a) => a.id)).toEqual(['basics/what-it-is', 'side-effects/fixture-infections']);
	});
});

describe('schema and cross-file rules (one fixture each in tests/fixtures/invalid/)', () => {
	test('unknown status', () => {
		expect(invalid('unknown-status')).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/unknown-status/content/articles/side-effects/infections.mdx
			  claims[0].status: status must be "evidence-backed" or "unproven"
			"
		`);
	});
	test('evidence-backed without sources', () => {
		expect(invalid('backed-without-sources')).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/backed-without-sources/content/articles/side-effects/infections.mdx
			  claims[0].sources: an evidence-backed claim needs at least one source; without one, make it unproven with a reason
			"
		`);
	});
	test('evidence-backed without certainty', () => {
		expect(invalid('backed-without-certainty')).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/backed-without-certainty/content/articles/side-effects/infections.mdx
			  claims[0].certainty: an evidence-backed benefit needs certainty: high, moderate or low (very low certainty means status: unproven)
			"
		`);
	});
	test('unproven without reason', () => {
		expect(invalid('unproven-without-reason')).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/unproven-without-reason/content/articles/side-effects/infections.mdx
			  claims[0].reason: an unproven claim needs a reason: one of no-trials, weak-studies, conflicting, negative-trials, contradicted
			"
		`);
	});
	test('a source id that does not exist', () => {
		expect(invalid('unknown-source')).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/unknown-source/content/articles/side-effects/infections.mdx
			  claims[0].sources[1]: "smith-2099-invented-trial" is not a reference: there is no tests/.tmp/unknown-source/content/references/smith-2099-invented-trial.yaml.
			    Fix: correct the key, or add the source with \`npm run add-reference -- smith-2099-invented-trial\` if ../shared/evidence/sources.yaml has it.
			"
		`);
	});
	test('a <Claim id> that no article declares', () => {
		expect(invalid('unknown-claim-id')).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/unknown-claim-id/content/articles/side-effects/infections.mdx
			  line 23, <Claim id>: <Claim id="infection-documented" /> refers to a claim that no article declares.
			    Fix: did you mean "infections-documented"? Otherwise declare the claim in the claims list of the article it belongs to.
			"
		`);
	});
	test('a claim id declared twice', () => {
		expect(invalid('duplicate-claim-id')).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/duplicate-claim-id/content/articles/aftercare/warning-signs.mdx
			  claims[0].id: the claim id "infections-documented" is already declared in tests/.tmp/duplicate-claim-id/content/articles/side-effects/infections.mdx (claims[0]).
			    Fix: declare each claim once: give this claim another id, or remove it here and show the existing one with <Claim id="infections-documented" />.
			"
		`);
	});
	test('a declared claim never shown in its article', () => {
		expect(invalid('claim-not-shown')).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/claim-not-shown/content/articles/side-effects/infections.mdx
			  claims[0]: the claim "infections-documented" is declared but never shown in the article.
			    Fix: add <Claim id="infections-documented" /> where the body discusses it, or remove the claim.
			"
		`);
	});
	test('nextReview before lastReviewed', () => {
		expect(invalid('review-dates-reversed')).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/review-dates-reversed/content/articles/side-effects/infections.mdx
			  nextReview: nextReview must be after lastReviewed: set the date the next review is due, e.g. a year later
			"
		`);
	});
	test('a malformed date', () => {
		expect(invalid('malformed-date')).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/malformed-date/content/articles/side-effects/infections.mdx
			  lastReviewed: lastReviewed must be a date written YYYY-MM-DD (without quotes), e.g. lastReviewed: 2026-11-21
			"
		`);
	});
	test('a missing title', () => {
		expect(invalid('missing-title')).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/missing-title/content/articles/side-effects/infections.mdx
			  title: every article needs a title, e.g. title: How a mesotherapy session goes
			"
		`);
	});
	test('a missing description', () => {
		expect(invalid('missing-description')).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/missing-description/content/articles/side-effects/infections.mdx
			  description: every article needs a description: one or two plain sentences saying what the page answers
			"
		`);
	});
	test('an aftercare handout without a changes log', () => {
		expect(invalid('aftercare-without-changes')).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/aftercare-without-changes/content/articles/aftercare/handout.mdx
			  changes: aftercare pages are printed as versioned handouts, so they need a changes log.
			    Fix: add changes: [{ version: 1, date: 2026-11-21, summary: First version. }] and a new entry whenever the advice changes.
			"
		`);
	});
	test('a <Term id> that the glossary lacks', () => {
		expect(invalid('unknown-term')).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/unknown-term/content/articles/side-effects/infections.mdx
			  line 19, <Term id>: <Term id="dermiss"> is not in the glossary.
			    Fix: did you mean "dermis"? Otherwise add the term to tests/.tmp/unknown-term/content/glossary/.
			"
		`);
	});
	test('a care card that puts a symptom at another level than its own, or names an unknown symptom', () => {
		expect(invalid('care-card-conflict')).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/care-card-conflict/content/articles/side-effects/infections.mdx
			  claims[0].kind: every claim needs a kind: benefit (a treatment does something good, including "it is safe"), risk (it can cause harm) or fact (what something is, how it is done, regulation, what the research contains)
			"
		`);
	});
	test('an evidence-backed benefit without a trial or review', () => {
		expect(invalid('benefit-without-trial')).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/benefit-without-trial/content/articles/basics/fixture.mdx
			  claims[0].certainty: "vitamin-injections-brighten-skin" is an evidence-backed benefit but cites no controlled trial, randomised controlled trial, systematic review or meta-analysis (its sources: case report).
			    Fix: make it status: unproven with reason: weak-studies (and remove certainty), or cite the trial or review that found the benefit.
			"
		`);
	});
	test('high certainty needs a systematic review or two RCTs', () => {
		expect(invalid('high-certainty-one-trial')).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/high-certainty-one-trial/content/articles/basics/fixture.mdx
			  claims[0].certainty: "skin-injections-ease-back-pain" has certainty: high, which needs a systematic review or meta-analysis, or two or more randomised controlled trials (its sources: randomised controlled trial).
			    Fix: lower it to certainty: moderate (and word it with "probably"), or cite the systematic review or the second trial.
			"
		`);
	});
	test('moderate certainty needs a trial', () => {
		expect(invalid('moderate-without-trial')).toMatchInlineSnapshot(`
			"The guide's content has 2 problems; the site was not built.

			tests/.tmp/moderate-without-trial/content/articles/basics/fixture.mdx
			  claims[0].certainty: "chin-fat-results-last" is an evidence-backed benefit but cites no controlled trial, randomised controlled trial, systematic review or meta-analysis (its sources: cohort study).
			    Fix: make it status: unproven with reason: weak-studies (and remove certainty), or cite the trial or review that found the benefit.
			  claims[0].certainty: "chin-fat-results-last" has certainty: moderate, which needs at least one randomised controlled trial, controlled trial, systematic review or meta-analysis (its sources: cohort study).
			    Fix: lower it to certainty: low (and word it with "may"), or cite the trial that supports it.
			"
		`);
	});
	test('a claim resting on case reports cannot be above low certainty', () => {
		expect(invalid('above-low-on-case-reports')).toMatchInlineSnapshot(`
			"The guide's content has 2 problems; the site was not built.

			tests/.tmp/above-low-on-case-reports/content/articles/basics/fixture.mdx
			  claims[0].certainty: "injections-clear-granulomas" is an evidence-backed benefit but cites no controlled trial, randomised controlled trial, systematic review or meta-analysis (its sources: case report).
			    Fix: make it status: unproven with reason: weak-studies (and remove certainty), or cite the trial or review that found the benefit.
			  claims[0].certainty: "injections-clear-granulomas" has certainty: moderate, but its sources are only: case report; a claim resting only on case reports, case series, reviews, guidelines, consensus, reference pages or news cannot be above low certainty.
			    Fix: set certainty: low (and word it with "may"), or cite the trial or systematic review that supports more.
			"
		`);
	});
	test('an evidence-backed claim cannot rest on marketing pages alone', () => {
		expect(invalid('marketing-only')).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/marketing-only/content/articles/basics/fixture.mdx
			  claims[0].certainty: "mesotherapy-goes-into-the-mesoderm" is evidence-backed but cites only marketing pages, which are examples of a claim, not evidence.
			    Fix: cite the study, regulator or report that shows it, or make the claim status: unproven with a reason.
			"
		`);
	});
	test('a risk with a certainty grade', () => {
		expect(invalid('risk-with-certainty')).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/risk-with-certainty/content/articles/basics/fixture.mdx
			  claims[0].certainty: a risk has no certainty: remove it. Readers see "how we know", computed from the study types of its sources, and "how often" (add frequency where a cited source counts it).
			"
		`);
	});
	test('a claim without a kind', () => {
		expect(invalid('claim-without-kind')).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/claim-without-kind/content/articles/basics/fixture.mdx
			  claims[0].kind: every claim needs a kind: benefit (a treatment does something good, including "it is safe"), risk (it can cause harm) or fact (what something is, how it is done, regulation, what the research contains)
			"
		`);
	});
	test('a risk frequency from a source the claim does not cite', () => {
		expect(invalid('frequency-not-cited')).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/frequency-not-cited/content/articles/basics/fixture.mdx
			  claims[0].frequency.source: frequency.source "rotunda-2006-mesotherapy-pc-review" is not one of the claim's sources: name the cited source that counts how often it happens (one of: singsing-2022-ntm-sr).
			"
		`);
	});
	test('a uses page without headline claims', () => {
		expect(invalid('uses-without-headline')).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/uses-without-headline/content/articles/uses/fixture.mdx
			  headline: a uses page needs headline claims: they make its row in the home page’s table of goals.
			    Fix: add headline: { answer: <id of the benefit claim that says whether it works>, risk: <id of the main risk>, better: <id of an evidence-backed benefit of a better-proven option> } (better is optional).
			"
		`);
	});
	test('a section that does not match the folder', () => {
		expect(invalid('section-not-folder')).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/section-not-folder/content/articles/side-effects/infections.mdx
			  section: section is "uses" but the file is in the folder "side-effects".
			    Fix: move the file to tests/.tmp/section-not-folder/content/articles/uses/ or set section: side-effects.
			"
		`);
	});
});

describe('frontmatter YAML errors name the file, line and column', () => {
	test('bad indentation', () => {
		expect(
			problems(planted('yaml-indent', { [basics]: (text) => text.replace('order: 1\n', 'order: 1\n  extra: 2\n') })),
		).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/planted/yaml-indent/content/articles/basics/what-it-is.mdx
			  line 5, column 8: the YAML does not read: Nested mappings are not allowed in compact mappings.
			    Fix: check the indentation (two spaces per level, items of a list start with "- ") and that quotes and brackets are closed.
			"
		`);
	});
	test('a duplicated key', () => {
		expect(
			problems(planted('yaml-duplicate', { [basics]: (text) => text.replace('order: 1\n', 'order: 1\ntitle: Again\n') })),
		).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/planted/yaml-duplicate/content/articles/basics/what-it-is.mdx
			  line 6, column 1: the YAML does not read: Map keys must be unique.
			    Fix: write each field once: remove or merge the second one.
			"
		`);
	});
	test('a broken reference file', () => {
		const file = 'references/singsing-2022-ntm-sr.yaml';
		expect(problems(planted('yaml-reference', { [file]: (text) => text.replace('year: 2022', 'year: [2022') }))).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/planted/yaml-reference/content/references/singsing-2022-ntm-sr.yaml
			  line 6, column 1: the YAML does not read: Flow sequence in block collection must be sufficiently indented and end with a ].
			    Fix: check the indentation (two spaces per level, items of a list start with "- ") and that quotes and brackets are closed.
			"
		`);
	});
});

describe('MDX bodies', () => {
	test('an unknown component names the line and lists the components that exist', () => {
		expect(
			problems(planted('unknown-component', { [basics]: (text) => `${text}\n<Claimm id="fixture-melts-fat" />\n` })),
		).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/planted/unknown-component/content/articles/basics/what-it-is.mdx
			  line 43, <Claimm>: <Claimm> is not a component the guide has.
			    Fix: did you mean <Claim>? The components are: <Anchor>, <Callout>, <CareCard>, <Claim>, <CorrectionsAddress>, <CostRanges>, <DoDont>, <EvidenceMethod>, <ProductStatus>, <Term> (src/user-components/index.ts).
			"
		`);
	});
	test('an article with frontmatter and no body', () => {
		expect(
			problems(planted('empty-body', { 'articles/basics/empty.mdx': article('basics', 'An empty page', '\n') })),
		).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/planted/empty-body/content/articles/basics/empty.mdx
			  (body): the article has frontmatter but no text, so readers would get an empty page.
			    Fix: write the page below the closing --- line, showing each declared claim with <Claim id="…" />, or delete the file.
			"
		`);
	});
});

describe('files and addresses', () => {
	test('a file in articles/ that is not .mdx', () => {
		expect(problems(planted('not-mdx', { 'articles/basics/notes.md': article('basics', 'Notes in Markdown') }))).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/planted/not-mdx/content/articles/basics/notes.md
			  (file): only .mdx files in articles/ become pages, so this file would be silently left out.
			    Fix: rename it to basics/notes.mdx (MDX is Markdown with components), or move it out of tests/.tmp/planted/not-mdx/content/articles.
			"
		`);
	});
	test('an article at the address of a fixed page, or of a hub page', () => {
		const edits = {
			'articles/about/glossary.mdx': article('about', 'Glossary by hand'),
			'articles/basics/2.mdx': article('basics', 'Page two'),
		};
		expect(problems(planted('route-clash', edits))).toMatchInlineSnapshot(`
			"The guide's content has 2 problems; the site was not built.

			tests/.tmp/planted/route-clash/content/articles/about/glossary.mdx
			  (file name): the article would be published at /about/glossary/, which is already the fixed page src/pages/about/glossary.astro, so one of them would silently disappear.
			    Fix: give the file another name (its slug), and link to the new address.

			tests/.tmp/planted/route-clash/content/articles/basics/2.mdx
			  (file name): the article would be published at /basics/2/, which is already page 2 of the basics hub, so one of them would silently disappear.
			    Fix: give the file another name (its slug), and link to the new address.
			"
		`);
	});
	test('a file name that is not kebab-case', () => {
		expect(problems(planted('file-name', { 'articles/basics/What It Is.mdx': article('basics', 'Badly named') }))).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/planted/file-name/content/articles/basics/What It Is.mdx
			  (file name): the file name "What It Is" is not kebab-case (lower-case letters, digits and single hyphens); it becomes part of an address.
			    Fix: rename it, e.g. "what-it-is".
			"
		`);
	});
	test('a reference, glossary or kit file that is not .yaml', () => {
		const edits = { 'references/notes.yml': 'title: x\n', 'glossary/dermis.txt': 'dermis\n' };
		expect(problems(planted('not-yaml', edits))).toMatchInlineSnapshot(`
			"The guide's content has 2 problems; the site was not built.

			tests/.tmp/planted/not-yaml/content/references/notes.yml
			  (file): only .yaml files in tests/.tmp/planted/not-yaml/content/references are read, so this file would be silently left out.
			    Fix: rename it to notes.yaml, or move it out of tests/.tmp/planted/not-yaml/content/references.

			tests/.tmp/planted/not-yaml/content/glossary/dermis.txt
			  (file): only .yaml files in tests/.tmp/planted/not-yaml/content/glossary are read, so this file would be silently left out.
			    Fix: rename it to dermis.yaml, or move it out of tests/.tmp/planted/not-yaml/content/glossary.
			"
		`);
	});
	test('a 300-character claim id is stopped before it becomes a folder name', () => {
		const long = `fixture-${'very-long-'.repeat(29)}id`;
		const edit = (text: string) => text.replaceAll('fixture-melts-fat', long);
		expect(problems(planted('long-id', { [basics]: edit }))).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/planted/long-id/content/articles/basics/what-it-is.mdx
			  claims[0].id: the claim id "fixture-very-long-very-long-very-long-ve…" is 300 characters long; the limit is 80 (it becomes an address and a folder name).
			    Fix: shorten it to a few words joined by hyphens, at most 80 characters.
			"
		`);
	});
});

describe('sources: never invent one', () => {
	const rotunda = 'references/rotunda-2006-mesotherapy-pc-review.yaml';
	test('a reference whose PMID is off by one digit', () => {
		expect(
			problems(planted('pmid-off-by-one', { [rotunda]: (text) => text.replace('pmid: "16681654"', 'pmid: "16681655"') })),
		).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/planted/pmid-off-by-one/content/references/rotunda-2006-mesotherapy-pc-review.yaml
			  pmid: is "16681655" but sources.yaml has "16681654" for "rotunda-2006-mesotherapy-pc-review".
			    Fix: never type an identifier by hand: copy the entry again with \`npm run add-reference -- rotunda-2006-mesotherapy-pc-review\`.
			"
		`);
	});
	test('a hand-typed reference that the evidence file lacks', () => {
		const edits = {
			'references/smith-2020-hand-typed.yaml':
				'title: A trial nobody checked\nstudyType: rct\npmid: "31234567"\nurl: https://pubmed.ncbi.nlm.nih.gov/31234567/\n',
			[basics]: (text: string) =>
				text.replace(
					'      - rotunda-2006-mesotherapy-pc-review\n',
					'      - rotunda-2006-mesotherapy-pc-review\n      - smith-2020-hand-typed\n',
				),
		};
		expect(problems(planted('hand-typed', edits))).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/planted/hand-typed/content/references/smith-2020-hand-typed.yaml
			  (file name): "smith-2020-hand-typed" is not a key in ../shared/evidence/sources.yaml, so nothing shows this source exists as written.
			    Fix: name the file after the key the evidence file uses and copy it with \`npm run add-reference -- <key>\`; for a source you verified elsewhere, add seenAt and checked.
			"
		`);
	});
	test('a PMID or DOI written in a page that the evidence file lacks', () => {
		const edit = (text: string) => `${text}\nA study (PMID: 31234567, doi 10.9999/made.up.2020) found it.\n`;
		expect(problems(planted('unknown-pmid', { [basics]: edit }))).toMatchInlineSnapshot(`
			"The guide's content has 2 problems; the site was not built.

			tests/.tmp/planted/unknown-pmid/content/articles/basics/what-it-is.mdx
			  line 43, PMID: 31234567 is not in ../shared/evidence/sources.yaml: a reader would be sent to a source nobody checked.
			    Fix: cite the source through a reference file (\`npm run add-reference -- <key>\`) and copy identifiers exactly as the evidence file writes them.
			  line 43, DOI: 10.9999/made.up.2020 is not in ../shared/evidence/sources.yaml: a reader would be sent to a source nobody checked.
			    Fix: cite the source through a reference file (\`npm run add-reference -- <key>\`) and copy identifiers exactly as the evidence file writes them.
			"
		`);
	});
	test('a source verified elsewhere needs both seenAt and checked; with both, its identifiers are known', () => {
		const reference = (extra: string) =>
			`title: A source read at its publisher\nstudyType: review\npmid: "31234567"\nurl: https://example.org/review\n${extra}`;
		const cite = (text: string) =>
			`${text.replace(
				'      - rotunda-2006-mesotherapy-pc-review\n',
				'      - rotunda-2006-mesotherapy-pc-review\n      - example-2020-verified\n',
			)}\nThe review (PMID 31234567) says so.\n`;
		expect(
			problems(
				planted('seen-at-only', {
					'references/example-2020-verified.yaml': reference('seenAt: https://example.org/review\n'),
					[basics]: cite,
				}),
			),
		).toMatchInlineSnapshot(`
			"The guide's content has 2 problems; the site was not built.

			tests/.tmp/planted/seen-at-only/content/references/example-2020-verified.yaml
			  checked: a reference verified outside sources.yaml needs both seenAt and checked; checked is missing.
			    Fix: add seenAt (the address where you read the source) and checked (the date, YYYY-MM-DD), or copy the entry again with \`npm run add-reference -- example-2020-verified\`.

			tests/.tmp/planted/seen-at-only/content/articles/basics/what-it-is.mdx
			  line 44, PMID: 31234567 is not in ../shared/evidence/sources.yaml: a reader would be sent to a source nobody checked.
			    Fix: cite the source through a reference file (\`npm run add-reference -- <key>\`) and copy identifiers exactly as the evidence file writes them.
			"
		`);
		const both = reference('seenAt: https://example.org/review\nchecked: 2026-11-20\n');
		expect(problems(planted('seen-at-checked', { 'references/example-2020-verified.yaml': both, [basics]: cite }))).toBe('');
	});
});

describe('review dates', () => {
	test('a review or change dated after the day of the build', () => {
		const edit = (text: string) =>
			text.replace('lastReviewed: 2026-11-21\nnextReview: 2027-05-21', 'lastReviewed: 2062-11-21\nnextReview: 2063-05-21');
		expect(problems(planted('future-review', { 'articles/side-effects/fixture-infections.mdx': edit }))).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/planted/future-review/content/articles/side-effects/fixture-infections.mdx
			  lastReviewed: 2062-11-21 is after today (2026-11-21): readers would see a review that has not happened.
			    Fix: write the date the content was actually checked against the evidence, YYYY-MM-DD.
			"
		`);
	});
});

describe('redirects', () => {
	test('from a live page, to a missing page, and round a loop', () => {
		const redirects = [
			'- from: /side-effects/fixture-infections/',
			'  to: /basics/what-it-is/',
			'- from: /basics/gone/',
			'  to: /basics/never-was/',
			'- from: /basics/a/',
			'  to: /basics/b/',
			'- from: /basics/b/',
			'  to: /basics/a/',
		].join('\n');
		expect(problems(planted('redirects', { 'redirects.yaml': redirects }))).toMatchInlineSnapshot(`
			"The guide's content has 4 problems; the site was not built.

			tests/.tmp/planted/redirects/content/redirects.yaml
			  entry 1, from: /side-effects/fixture-infections/ is a live page: the redirect would replace it, and readers following its links would never see it.
			    Fix: redirect only addresses that no page has any more; to move a page, rename its file and redirect the old address.
			  entry 2, to: /basics/never-was/ is not a page of the site, so the redirect would lead to "page not found".
			    Fix: point it at the address of an existing page, e.g. /aftercare/the-first-week/.
			  entry 3, to: /basics/b/ is itself redirected (entry 4), so readers would go round a chain or a loop.
			    Fix: point every redirect straight at the page where the content now lives.
			  entry 4, to: /basics/a/ is itself redirected (entry 3), so readers would go round a chain or a loop.
			    Fix: point every redirect straight at the page where the content now lives.
			"
		`);
	});
	test('from or to a numbered page of a hub', () => {
		expect(
			problems(planted('redirect-numbered', { 'redirects.yaml': '- from: /basics/2/\n  to: /basics/what-it-is/\n' })),
		).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/planted/redirect-numbered/content/redirects.yaml
			  entry 1, from: a numbered page of a hub or topic list (/basics/2/) moves as the guide grows, so it cannot be redirected from or to.
			    Fix: redirect from the old address of the page itself, to the new address of the page itself.
			"
		`);
	});
	test('a redirect to a live page is fine', () => {
		expect(problems(planted('redirect-ok', { 'redirects.yaml': '- from: /basics/old-name/\n  to: /basics/what-it-is/\n' }))).toBe('');
	});
});

describe('consultation kits follow the articles’ review rules', () => {
	test('nextReview before lastReviewed', () => {
		expect(problems(planted('kit-dates', kitFiles('lastReviewed: 2026-11-21\nnextReview: 2020-01-01')))).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			tests/.tmp/planted/kit-dates/content/consultation/planted.yaml
			  nextReview: nextReview must be after lastReviewed.
			    Fix: set the date the next review is due, e.g. a year after lastReviewed.
			"
		`);
	});
	test('an overdue kit and an overdue page build, and are listed once as warnings with their fix', () => {
		const dir = planted('kit-overdue', kitFiles('lastReviewed: 2026-11-21\nnextReview: 2027-03-01'));
		const report = checkContent(dir, { today: new Date('2027-06-01T00:00:00Z') });
		expect(report.problems).toEqual([]);
		expect(report.guide?.kits[0].reviewOverdue).toBe(true);
		expect(formatWarnings(report.warnings)).toMatchInlineSnapshot(`
			"2 warnings: the site was built, but these need a person:

			tests/.tmp/planted/kit-overdue/content/articles/side-effects/fixture-infections.mdx
			  nextReview: review overdue since 2027-05-21; readers see a "Review overdue" notice.
			    Fix: check the page against the evidence, then set lastReviewed to today and nextReview to the next due date.

			tests/.tmp/planted/kit-overdue/content/consultation/planted.yaml
			  nextReview: review overdue since 2027-03-01; readers see a "Review overdue" notice.
			    Fix: check the kit against its uses article, then set lastReviewed to today, nextReview to the next due date, and raise version.
			"
		`);
	});
});

describe('errors from Astro keep where and how to fix', () => {
	test('a component prop error names the article and the line of the tag, and keeps its fix', () => {
		const source = [
			'---',
			'title: x',
			'---',
			'<DoDont do={["Keep it clean"]} dont={["do not rub"]} />',
			'',
			'<DoDont',
			'  do={["Rest"]}',
			'  dont={["rub the area"]}',
			'/>',
		].join('\n');
		// The error <DoDont> throws (src/user-components/DoDont.astro), located by ArticleBody.astro.
		const error = new AstroError(
			'<DoDont> "don\'t" item "rub the area" does not start with "do not".',
			'Start every item of dont with the words "do not", so the meaning never rests on the icon.',
		);
		expect(explainBuildError(locateComponentError(error, 'content/articles/aftercare/face.mdx', source))).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			content/articles/aftercare/face.mdx
			  line 6, <DoDont>: <DoDont> "don't" item "rub the area" does not start with "do not".
			    Fix: Start every item of dont with the words "do not", so the meaning never rests on the icon.
			"
		`);
		const card = new AstroError('<CareCard level="urgnet"> is not a known level.', 'Use one of: non-urgent, urgent, emergency.');
		expect(
			explainBuildError(locateComponentError(card, 'content/articles/aftercare/face.mdx', '---\n---\n\n<CareCard level="urgnet">\n')),
		).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			content/articles/aftercare/face.mdx
			  line 4, <CareCard>: <CareCard level="urgnet"> is not a known level.
			    Fix: Use one of: non-urgent, urgent, emergency.
			"
		`);
	});
	test('an MDX syntax error names file, line and column', () => {
		const message = `Build failed with 1 error:\n\n[plugin @mdx-js/rolldown] ${root}/content/articles/basics/a.mdx:27:15\nMDXError: 27:15: Unexpected character after \`<\`, expected a valid JSX tag (mdx-jsx:unexpected-character)\n    at handler (file:///x.js:1:1)`;
		expect(explainBuildError(Object.assign(new Error(message), { name: 'Error' }), root)).toMatchInlineSnapshot(`
			"The guide's content has 1 problem; the site was not built.

			content/articles/basics/a.mdx
			  line 27, column 15: Unexpected character after \`<\`, expected a valid JSX tag (mdx-jsx:unexpected-character)
			    Fix: close every component tag (<Claim id="…" />, <CareCard level="urgent">…</CareCard>), and write a < or { that is meant as text as &lt; or &#123;.
			"
		`);
	});
});
