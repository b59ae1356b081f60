/**
 * Every content rule the build enforces, each with a fixture in tests/fixtures/invalid/<case>/ holding one
 * defect. A real build runs on each; the test pins the message an author sees and checks that no site
 * was written.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, fixtureContent, root, tmp } from '../helpers/build.ts';

function buildCase(name: string) {
	const content = fixtureContent(name, join(root, 'tests/fixtures/invalid', name));
	const result = buildSite(content, join(tmp, name, 'dist'));
	expect(result.ok, result.output).toBe(false);
	expect(existsSync(result.outDir), 'a failed build must not leave a site behind').toBe(false);
	expect(readdirSync(join(tmp, name)).filter((entry) => entry.includes('staging'))).toEqual([]);
	return result.error;
}

describe('the build refuses bad content with an error naming file, field and fix', () => {
	test('unknown status', () => {
		expect(buildCase('unknown-status')).toMatchInlineSnapshot(`
			"Build failed; nothing was written.

			The guide's content has 1 problem; the site was not built.

			tests/.tmp/unknown-status/content/articles/side-effects/infections.mdx
			  claims[0].status: status must be "evidence-backed" or "unproven""
		`);
	});
	test('evidence-backed without sources', () => {
		expect(buildCase('backed-without-sources')).toMatchInlineSnapshot(`
			"Build failed; nothing was written.

			The guide's content has 1 problem; the site was not built.

			tests/.tmp/backed-without-sources/content/articles/side-effects/infections.mdx
			  claims[0].sources: an evidence-backed claim needs at least one source; without one, make it unproven with a reason"
		`);
	});
	test('evidence-backed without certainty', () => {
		expect(buildCase('backed-without-certainty')).toMatchInlineSnapshot(`
			"Build failed; nothing was written.

			The guide's content has 1 problem; the site was not built.

			tests/.tmp/backed-without-certainty/content/articles/side-effects/infections.mdx
			  claims[0].certainty: an evidence-backed benefit needs certainty: high, moderate or low (very low certainty means status: unproven)"
		`);
	});
	test('unproven without reason', () => {
		expect(buildCase('unproven-without-reason')).toMatchInlineSnapshot(`
			"Build failed; nothing was written.

			The guide's content has 1 problem; the site was not built.

			tests/.tmp/unproven-without-reason/content/articles/side-effects/infections.mdx
			  claims[0].reason: an unproven claim needs a reason: one of no-trials, weak-studies, conflicting, negative-trials, contradicted"
		`);
	});
	test('a source id that does not exist', () => {
		expect(buildCase('unknown-source')).toMatchInlineSnapshot(`
			"Build failed; nothing was written.

			The guide's content has 1 problem; the site was not built.

			tests/.tmp/unknown-source/content/articles/side-effects/infections.mdx
			  claims[0].sources[1]: "smith-2099-invented-trial" is not a reference: there is no tests/.tmp/unknown-source/content/references/smith-2099-invented-trial.yaml.
			    Fix: correct the key, or add the source with \`npm run add-reference -- smith-2099-invented-trial\` if ../shared/evidence/sources.yaml has it."
		`);
	});
	test('a <Claim id> that no article declares', () => {
		expect(buildCase('unknown-claim-id')).toMatchInlineSnapshot(`
			"Build failed; nothing was written.

			The guide's content has 1 problem; the site was not built.

			tests/.tmp/unknown-claim-id/content/articles/side-effects/infections.mdx
			  line 23, <Claim id>: <Claim id="infection-documented" /> refers to a claim that no article declares.
			    Fix: did you mean "infections-documented"? Otherwise declare the claim in the claims list of the article it belongs to."
		`);
	});
	test('a claim id declared twice', () => {
		expect(buildCase('duplicate-claim-id')).toMatchInlineSnapshot(`
			"Build failed; nothing was written.

			The guide's content has 1 problem; the site was not built.

			tests/.tmp/duplicate-claim-id/content/articles/aftercare/warning-signs.mdx
			  claims[0].id: the claim id "infections-documented" is already declared in tests/.tmp/duplicate-claim-id/content/articles/side-effects/infections.mdx (claims[0]).
			    Fix: declare each claim once: give this claim another id, or remove it here and show the existing one with <Claim id="infections-documented" />."
		`);
	});
	test('a declared claim never shown in its article', () => {
		expect(buildCase('claim-not-shown')).toMatchInlineSnapshot(`
			"Build failed; nothing was written.

			The guide's content has 1 problem; the site was not built.

			tests/.tmp/claim-not-shown/content/articles/side-effects/infections.mdx
			  claims[0]: the claim "infections-documented" is declared but never shown in the article.
			    Fix: add <Claim id="infections-documented" /> where the body discusses it, or remove the claim."
		`);
	});
	test('nextReview before lastReviewed', () => {
		expect(buildCase('review-dates-reversed')).toMatchInlineSnapshot(`
			"Build failed; nothing was written.

			The guide's content has 1 problem; the site was not built.

			tests/.tmp/review-dates-reversed/content/articles/side-effects/infections.mdx
			  nextReview: nextReview must be after lastReviewed: set the date the next review is due, e.g. a year later"
		`);
	});
	test('a malformed date', () => {
		expect(buildCase('malformed-date')).toMatchInlineSnapshot(`
			"Build failed; nothing was written.

			The guide's content has 1 problem; the site was not built.

			tests/.tmp/malformed-date/content/articles/side-effects/infections.mdx
			  lastReviewed: lastReviewed must be a date written YYYY-MM-DD (without quotes), e.g. lastReviewed: 2026-11-21"
		`);
	});
	test('a missing title', () => {
		expect(buildCase('missing-title')).toMatchInlineSnapshot(`
			"Build failed; nothing was written.

			The guide's content has 1 problem; the site was not built.

			tests/.tmp/missing-title/content/articles/side-effects/infections.mdx
			  title: every article needs a title, e.g. title: How a mesotherapy session goes"
		`);
	});
	test('a missing description', () => {
		expect(buildCase('missing-description')).toMatchInlineSnapshot(`
			"Build failed; nothing was written.

			The guide's content has 1 problem; the site was not built.

			tests/.tmp/missing-description/content/articles/side-effects/infections.mdx
			  description: every article needs a description: one or two plain sentences saying what the page answers"
		`);
	});
	test('an aftercare handout without a changes log', () => {
		expect(buildCase('aftercare-without-changes')).toMatchInlineSnapshot(`
			"Build failed; nothing was written.

			The guide's content has 1 problem; the site was not built.

			tests/.tmp/aftercare-without-changes/content/articles/aftercare/handout.mdx
			  changes: aftercare pages are printed as versioned handouts, so they need a changes log.
			    Fix: add changes: [{ version: 1, date: 2026-11-21, summary: First version. }] and a new entry whenever the advice changes."
		`);
	});
	test('a <Term id> that the glossary lacks', () => {
		expect(buildCase('unknown-term')).toMatchInlineSnapshot(`
			"Build failed; nothing was written.

			The guide's content has 1 problem; the site was not built.

			tests/.tmp/unknown-term/content/articles/side-effects/infections.mdx
			  line 19, <Term id>: <Term id="dermiss"> is not in the glossary.
			    Fix: did you mean "dermis"? Otherwise add the term to tests/.tmp/unknown-term/content/glossary/."
		`);
	});
	test('a section that does not match the folder', () => {
		expect(buildCase('section-not-folder')).toMatchInlineSnapshot(`
			"Build failed; nothing was written.

			The guide's content has 1 problem; the site was not built.

			tests/.tmp/section-not-folder/content/articles/side-effects/infections.mdx
			  section: section is "uses" but the file is in the folder "side-effects".
			    Fix: move the file to tests/.tmp/section-not-folder/content/articles/uses/ or set section: side-effects."
		`);
	});
	test('the build refuses an evidence-backed benefit without a trial or review', () => {
		expect(buildCase('benefit-without-trial')).toMatchInlineSnapshot(`
			"Build failed; nothing was written.

			The guide's content has 1 problem; the site was not built.

			tests/.tmp/benefit-without-trial/content/articles/basics/fixture.mdx
			  claims[0].certainty: "vitamin-injections-brighten-skin" is an evidence-backed benefit but cites no controlled trial, randomised controlled trial, systematic review or meta-analysis (its sources: case report).
			    Fix: make it status: unproven with reason: weak-studies (and remove certainty), or cite the trial or review that found the benefit."
		`);
	});
	test('high certainty needs a systematic review or two RCTs', () => {
		expect(buildCase('high-certainty-one-trial')).toMatchInlineSnapshot(`
			"Build failed; nothing was written.

			The guide's content has 1 problem; the site was not built.

			tests/.tmp/high-certainty-one-trial/content/articles/basics/fixture.mdx
			  claims[0].certainty: "skin-injections-ease-back-pain" has certainty: high, which needs a systematic review or meta-analysis, or two or more randomised controlled trials (its sources: randomised controlled trial).
			    Fix: lower it to certainty: moderate (and word it with "probably"), or cite the systematic review or the second trial."
		`);
	});
	test('moderate certainty needs a trial', () => {
		expect(buildCase('moderate-without-trial')).toMatchInlineSnapshot(`
			"Build failed; nothing was written.

			The guide's content has 2 problems; the site was not built.

			tests/.tmp/moderate-without-trial/content/articles/basics/fixture.mdx
			  claims[0].certainty: "chin-fat-results-last" is an evidence-backed benefit but cites no controlled trial, randomised controlled trial, systematic review or meta-analysis (its sources: cohort study).
			    Fix: make it status: unproven with reason: weak-studies (and remove certainty), or cite the trial or review that found the benefit.
			  claims[0].certainty: "chin-fat-results-last" has certainty: moderate, which needs at least one randomised controlled trial, controlled trial, systematic review or meta-analysis (its sources: cohort study).
			    Fix: lower it to certainty: low (and word it with "may"), or cite the trial that supports it."
		`);
	});
	test('a claim resting on case reports cannot be above low certainty', () => {
		expect(buildCase('above-low-on-case-reports')).toMatchInlineSnapshot(`
			"Build failed; nothing was written.

			The guide's content has 2 problems; the site was not built.

			tests/.tmp/above-low-on-case-reports/content/articles/basics/fixture.mdx
			  claims[0].certainty: "injections-clear-granulomas" is an evidence-backed benefit but cites no controlled trial, randomised controlled trial, systematic review or meta-analysis (its sources: case report).
			    Fix: make it status: unproven with reason: weak-studies (and remove certainty), or cite the trial or review that found the benefit.
			  claims[0].certainty: "injections-clear-granulomas" has certainty: moderate, but its sources are only: case report; a claim resting only on case reports, case series, reviews, guidelines, consensus, reference pages or news cannot be above low certainty.
			    Fix: set certainty: low (and word it with "may"), or cite the trial or systematic review that supports more."
		`);
	});
	test('an evidence-backed claim cannot rest on marketing pages alone', () => {
		expect(buildCase('marketing-only')).toMatchInlineSnapshot(`
			"Build failed; nothing was written.

			The guide's content has 1 problem; the site was not built.

			tests/.tmp/marketing-only/content/articles/basics/fixture.mdx
			  claims[0].certainty: "mesotherapy-goes-into-the-mesoderm" is evidence-backed but cites only marketing pages, which are examples of a claim, not evidence.
			    Fix: cite the study, regulator or report that shows it, or make the claim status: unproven with a reason."
		`);
	});
	test('a risk with a certainty grade', () => {
		expect(buildCase('risk-with-certainty')).toMatchInlineSnapshot(`
			"Build failed; nothing was written.

			The guide's content has 1 problem; the site was not built.

			tests/.tmp/risk-with-certainty/content/articles/basics/fixture.mdx
			  claims[0].certainty: a risk has no certainty: remove it. Readers see "how we know", computed from the study types of its sources, and "how often" (add frequency where a cited source counts it)."
		`);
	});
	test('a claim without a kind', () => {
		expect(buildCase('claim-without-kind')).toMatchInlineSnapshot(`
			"Build failed; nothing was written.

			The guide's content has 1 problem; the site was not built.

			tests/.tmp/claim-without-kind/content/articles/basics/fixture.mdx
			  claims[0].kind: every claim needs a kind: benefit (a treatment does something good, including "it is safe"), risk (it can cause harm) or fact (what something is, how it is done, regulation, what the research contains)"
		`);
	});
	test('a risk frequency from a source the claim does not cite', () => {
		expect(buildCase('frequency-not-cited')).toMatchInlineSnapshot(`
			"Build failed; nothing was written.

			The guide's content has 1 problem; the site was not built.

			tests/.tmp/frequency-not-cited/content/articles/basics/fixture.mdx
			  claims[0].frequency.source: frequency.source "rotunda-2006-mesotherapy-pc-review" is not one of the claim's sources: name the cited source that counts how often it happens (one of: singsing-2022-ntm-sr)."
		`);
	});
	test('a uses page without headline claims', () => {
		expect(buildCase('uses-without-headline')).toMatchInlineSnapshot(`
			"Build failed; nothing was written.

			The guide's content has 1 problem; the site was not built.

			tests/.tmp/uses-without-headline/content/articles/uses/fixture.mdx
			  headline: a uses page needs headline claims: they make its row in the home page’s table of goals.
			    Fix: add headline: { answer: <id of the benefit claim that says whether it works>, risk: <id of the main risk>, better: <id of an evidence-backed benefit of a better-proven option> } (better is optional)."
		`);
	});
});
