/**
 * Rule 1 of the guide: never invent a source. The real content passes the build's own evidence gate
 * (src/validation/evidence.ts): every reference file is exactly its entry in ../shared/evidence/sources.yaml,
 * and no PMID or DOI appears in content/ that the file lacks. (Planted defects: tests/unit/content-errors.test.ts.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { loadEvidence, referenceProblems, unknownIdentifierProblems, type Evidence } from '../../src/validation/evidence.ts';
import { filesUnder } from '../../src/validation/files.ts';
import { detailSourceKey, referenceSchema, studyDetailsEs } from '../../src/schemas/reference.ts';

const root = join(import.meta.dirname, '../..');
const evidence = loadEvidence() as Evidence;
const referenceDir = join(root, 'content/references');
const referenceFiles = readdirSync(referenceDir).filter((file) => file.endsWith('.yaml'));

describe('references', () => {
	test('the guide has references to check', () => {
		expect(referenceFiles.length).toBeGreaterThan(5);
	});

	test.each(referenceFiles)('%s is exactly its entry in sources.yaml', (file) => {
		const data = parse(readFileSync(join(referenceDir, file), 'utf8'), { customTags: ['timestamp'] });
		expect(referenceSchema.safeParse(data).success).toBe(true);
		if (data.seenAt || data.checked) {
			// Verified outside the evidence file (issue rules): both fields, and never a PMID or DOI from memory.
			expect([data.seenAt, data.checked].every(Boolean)).toBe(true);
			return;
		}
		expect(referenceProblems(file.replace(/\.yaml$/, ''), file, data, evidence)).toEqual([]);
	});

	test("a title's language is ours to add (the evidence file does not record it), and only a known language", () => {
		const file = 'has-2014-mesotherapy-risk.yaml';
		const data = parse(readFileSync(join(referenceDir, file), 'utf8'), { customTags: ['timestamp'] });
		expect(data.language).toBe('fr');
		expect(referenceProblems('has-2014-mesotherapy-risk', file, data, evidence)).toEqual([]);
		expect(referenceProblems('has-2014-mesotherapy-risk', file, { ...data, year: 1999 }, evidence)).not.toEqual([]);
		expect(referenceSchema.safeParse({ ...data, language: 'french' }).success).toBe(false);
	});

	test('every PMID and DOI written anywhere in content/ is in sources.yaml', () => {
		const files = filesUnder(join(root, 'content')).filter((file) => !file.startsWith('references/') && file !== 'url-ledger.txt');
		const texts = files.map((file) => [file, readFileSync(join(root, 'content', file), 'utf8')] as const);
		expect(texts.flatMap(([file, text]) => unknownIdentifierProblems(file, text, evidence, new Set()))).toEqual([]);
	});

	test('every study detail has Spanish words, or names another source the guide has (shown as a link to it)', () => {
		const details = referenceFiles.flatMap((file) => {
			const detail = parse(readFileSync(join(referenceDir, file), 'utf8'), { customTags: ['timestamp'] }).studyDetail as string | undefined;
			return detail ? [{ file, detail }] : [];
		});
		expect(details.length).toBeGreaterThan(20);
		const untranslated = details.filter(({ detail }) => {
			const key = detailSourceKey(detail);
			return key ? !referenceFiles.includes(`${key}.yaml`) : !studyDetailsEs[detail];
		});
		expect(untranslated, 'add the Spanish words to studyDetailsEs in src/schemas/reference.ts').toEqual([]);
		expect(detailSourceKey('of has-2014-mesotherapy-risk')).toBe('has-2014-mesotherapy-risk');
		expect(detailSourceKey('of RCTs')).toBeUndefined();
	});
});
