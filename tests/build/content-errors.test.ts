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
			  claims[0].certainty: an evidence-backed claim needs certainty: high, moderate or low (very low certainty means status: unproven)"
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
	test('a care card that puts a symptom at another level than its own, or names an unknown symptom', () => {
		expect(buildCase('care-card-conflict')).toMatchInlineSnapshot(`
			"Build failed; nothing was written.

			The guide's content has 2 problems; the site was not built.

			tests/.tmp/care-card-conflict/content/articles/side-effects/infections.mdx
			  line 23, <CareCard symptoms>[0]: "red-tender-lump" is declared at level "urgent" in tests/.tmp/care-card-conflict/content/symptoms/red-tender-lump.yaml, but this card is "soon".
			    Fix: move it to <CareCard level="urgent">. If the advice itself has changed, change level in tests/.tmp/care-card-conflict/content/symptoms/red-tender-lump.yaml, and every page follows.
			  line 25, <CareCard symptoms>[0]: "red-lump" is not a symptom: there is no tests/.tmp/care-card-conflict/content/symptoms/red-lump.yaml.
			    Fix: declare the symptom in tests/.tmp/care-card-conflict/content/symptoms/red-lump.yaml (noticed, when, level, whatToDo, explainedIn, claims or sources), or correct the id."
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
});
