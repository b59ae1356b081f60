/**
 * Rule 1 of the guide: never invent a source. Every reference file must match its entry in
 * ../shared/evidence/sources.yaml exactly, and no PMID or DOI may appear in content/ that the file lacks.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { loadEvidenceSources, toReferenceData } from '../../src/utils/evidence-file.ts';
import { referenceSchema } from '../../src/schemas/reference.ts';

const root = join(import.meta.dirname, '../..');
const sources = loadEvidenceSources();
const evidenceText = readFileSync(join(root, '../shared/evidence/sources.yaml'), 'utf8');
const referenceDir = join(root, 'content/references');
const referenceFiles = readdirSync(referenceDir).filter((file) => file.endsWith('.yaml'));

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
	);
}

describe('references', () => {
	test('the guide has references to check', () => {
		expect(referenceFiles.length).toBeGreaterThan(5);
	});

	test.each(referenceFiles)('%s is exactly its entry in sources.yaml', (file) => {
		const key = file.replace(/\.yaml$/, '');
		const source = sources.get(key);
		expect(source, `${key} is not a key in ../shared/evidence/sources.yaml`).toBeDefined();
		const data = parse(readFileSync(join(referenceDir, file), 'utf8'));
		expect(referenceSchema.safeParse(data).success).toBe(true);
		expect(data).toEqual(toReferenceData(source!));
	});

	test('every PMID and DOI written anywhere in content/ is in sources.yaml', () => {
		const cited = filesUnder(join(root, 'content')).flatMap((file) => {
			const text = readFileSync(file, 'utf8');
			return [
				...[...text.matchAll(/pmid["']?\s*[:=]\s*["']?(\d{5,9})/gi)].map((match) => match[1]),
				...[...text.matchAll(/pubmed\.ncbi\.nlm\.nih\.gov\/(\d{5,9})/gi)].map((match) => match[1]),
				...[...text.matchAll(/\b(10\.\d{4,9}\/[^\s"'<>)`,;]+)/g)].map((match) => match[1].replace(/\.$/, '')),
			].map((id) => ({ file, id }));
		});
		expect(cited.length).toBeGreaterThan(0);
		const unknown = cited.filter(({ id }) => !evidenceText.toLowerCase().includes(id.toLowerCase()));
		expect(unknown).toEqual([]);
	});
});
