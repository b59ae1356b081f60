/**
 * Rule 1 of the guide, never invent a source, as a build gate: every reference file is exactly its entry in
 * ../shared/evidence/sources.yaml (copied with `npm run add-reference -- <key>`), unless a writer verified
 * the source elsewhere and says so with `seenAt` and `checked`; and every PMID or DOI written anywhere in the
 * content is one the evidence file (or such a reference) has.
 */
import { existsSync, readFileSync } from 'node:fs';
import { type EvidenceSource, evidenceFilePath, loadEvidenceSources, toReferenceData } from '../utils/evidence-file.ts';
import type { ContentProblem } from '../utils/errors.ts';

export interface Evidence {
	sources: Map<string, EvidenceSource>;
	/** The evidence file's text, lower-cased: an identifier is known when it appears in it. */
	text: string;
}

const loaded = new Map<string, Evidence>();

/** The evidence file (read once per process), or a problem saying where it should be. */
export function loadEvidence(path = evidenceFilePath): Evidence | ContentProblem {
	const cached = loaded.get(path);
	if (cached) return cached;
	if (!existsSync(path)) {
		return {
			file: path,
			field: '(file)',
			message: 'the evidence file is missing, so no reference can be checked.',
			fix: 'check out the shared material next to the project (../shared/evidence/sources.yaml), or point GUIDE_EVIDENCE_FILE at it.',
		};
	}
	const evidence = { sources: loadEvidenceSources(path), text: readFileSync(path, 'utf8').toLowerCase() };
	loaded.set(path, evidence);
	return evidence;
}

const show = (value: unknown) =>
	value === undefined ? '(nothing)' : JSON.stringify(value instanceof Date ? value.toISOString().slice(0, 10) : value);

/** A reference file (parsed YAML) against its evidence entry. */
export function referenceProblems(key: string, file: string, data: Record<string, unknown>, evidence: Evidence): ContentProblem[] {
	const verifiedElsewhere = data.seenAt !== undefined || data.checked !== undefined;
	if (verifiedElsewhere) {
		if (data.seenAt !== undefined && data.checked !== undefined) return [];
		const missing = data.seenAt === undefined ? 'seenAt' : 'checked';
		return [
			{
				file,
				field: missing,
				message: `a reference verified outside sources.yaml needs both seenAt and checked; ${missing} is missing.`,
				fix: `add seenAt (the address where you read the source) and checked (the date, YYYY-MM-DD), or copy the entry again with \`npm run add-reference -- ${key}\`.`,
			},
		];
	}
	const source = evidence.sources.get(key);
	if (!source) {
		return [
			{
				file,
				field: '(file name)',
				message: `"${key}" is not a key in ../shared/evidence/sources.yaml, so nothing shows this source exists as written.`,
				fix: 'name the file after the key the evidence file uses and copy it with `npm run add-reference -- <key>`; for a source you verified elsewhere, add seenAt and checked.',
			},
		];
	}
	let expected: Record<string, unknown>;
	try {
		expected = toReferenceData(source);
	} catch (error) {
		return [{ file, field: 'studyType', message: (error as Error).message }];
	}
	// `language` (the title's language) is ours: the evidence file does not record it.
	const fields = [...new Set([...Object.keys(expected), ...Object.keys(data)])].filter((field) => field !== 'language');
	return fields
		.filter((field) => show(expected[field]) !== show(data[field]))
		.map((field) => ({
			file,
			field,
			message: `is ${show(data[field])} but sources.yaml has ${show(expected[field])} for "${key}".`,
			fix: `never type an identifier by hand: copy the entry again with \`npm run add-reference -- ${key}\`.`,
		}));
}

/** PMIDs and DOIs written in a file's text, with their lines. */
export function citedIdentifiers(text: string): { line: number; id: string }[] {
	const patterns = [
		/pmid["']?\s*[:=]?\s*["']?(\d{5,9})/gi,
		/pubmed\.ncbi\.nlm\.nih\.gov\/(\d{5,9})/gi,
		/\b(10\.\d{4,9}\/[^\s"'<>)`,;\]}]+)/g,
	];
	return patterns.flatMap((pattern) =>
		[...text.matchAll(pattern)].map((match) => ({
			line: text.slice(0, match.index).split('\n').length,
			id: match[1].replace(/\.$/, ''),
		})),
	);
}

/** Identifiers in a file that neither the evidence file nor a seenAt/checked reference has. */
export function unknownIdentifierProblems(file: string, text: string, evidence: Evidence, verified: Set<string>): ContentProblem[] {
	return citedIdentifiers(text)
		.filter(({ id }) => !evidence.text.includes(id.toLowerCase()) && !verified.has(id.toLowerCase()))
		.map(({ line, id }) => ({
			file: `${file}:${line}`,
			field: /^10\./.test(id) ? 'DOI' : 'PMID',
			message: `${id} is not in ../shared/evidence/sources.yaml: a reader would be sent to a source nobody checked.`,
			fix: 'cite the source through a reference file (`npm run add-reference -- <key>`) and copy identifiers exactly as the evidence file writes them.',
		}));
}
