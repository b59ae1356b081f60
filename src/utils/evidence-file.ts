/**
 * Reads the project's verified evidence file (`../shared/evidence/sources.yaml`) and maps one of its
 * entries onto the shape of a reference in `content/references/`.
 *
 * Only tooling and tests use this module: the site itself reads `content/references/`, which is copied
 * from the evidence file by `scripts/add-reference.ts` and checked against it by `tests/unit/references.test.ts`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { StudyType } from '../schemas/reference.ts';
import { withoutNotes } from './source-links.ts';

export const evidenceFilePath =
	process.env.GUIDE_EVIDENCE_FILE ?? fileURLToPath(new URL('../../../shared/evidence/sources.yaml', import.meta.url));

export interface EvidenceSource {
	key: string;
	title: string;
	authors?: string;
	journal?: string;
	year?: number | string;
	pmid?: string;
	doi?: string;
	seen_at: string | string[];
	study_type: string;
}

export function loadEvidenceSources(path = evidenceFilePath): Map<string, EvidenceSource> {
	const data = parse(readFileSync(path, 'utf8')) as { sources: EvidenceSource[] };
	return new Map(data.sources.map((source) => [source.key, source]));
}

/** "not shown in the search result", "not visible", … : the evidence file's words for a missing field. */
const isMissing = (value: unknown) =>
	value === undefined ||
	value === null ||
	/^(not (shown|visible|stated|printed|confirmed|given|available)|unknown|n\/a\b)/i.test(String(value).trim());

const studyTypes: [RegExp, StudyType][] = [
	[/^systematic review \/ meta-analysis|^meta-analysis/i, 'meta-analysis'],
	[/^systematic review/i, 'systematic-review'],
	[/^rct/i, 'rct'],
	[/^controlled trial/i, 'controlled-trial'],
	[/^cohort/i, 'cohort'],
	[/^case series/i, 'case-series'],
	[/^case report/i, 'case-report'],
	[/^review/i, 'review'],
	[/^guideline/i, 'guideline'],
	[/^consensus/i, 'consensus'],
	[/^regulatory/i, 'regulatory'],
	[/^outbreak investigation/i, 'outbreak-investigation'],
	[/^reference page/i, 'reference-page'],
	[/^news report/i, 'news-report'],
	[/^marketing page/i, 'marketing-page'],
	[/^product information/i, 'product-information'],
];

export function studyTypeOf(raw: string): StudyType {
	const match = studyTypes.find(([pattern]) => pattern.test(raw.trim()));
	if (!match) throw new Error(`Unknown study_type "${raw}" in ${evidenceFilePath}: add it to studyTypes in src/utils/evidence-file.ts.`);
	return match[1];
}

/** The reference file written for one evidence entry. Identifiers are copied as they are, never completed. */
export function toReferenceData(source: EvidenceSource) {
	const seen = Array.isArray(source.seen_at) ? source.seen_at : [source.seen_at];
	const detail = /\(([^)]*)\)\s*$/.exec(source.study_type)?.[1];
	const yearMatch = /^(\d{4})\b/.exec(String(source.year ?? ''));
	const yearIsInferred = /inferred|about|per DOI/i.test(String(source.year ?? ''));
	return {
		title: source.title,
		// Research notes ("initials not shown", "per citing reference lists") are dropped, never copied.
		...(isMissing(source.authors) || !withoutNotes(source.authors) ? {} : { authors: withoutNotes(source.authors) }),
		...(isMissing(source.journal) || !withoutNotes(source.journal) ? {} : { journal: withoutNotes(source.journal) }),
		...(yearMatch && !yearIsInferred ? { year: Number(yearMatch[1]) } : {}),
		studyType: studyTypeOf(source.study_type),
		...(detail ? { studyDetail: detail } : {}),
		...(source.pmid ? { pmid: String(source.pmid) } : {}),
		...(source.doi ? { doi: String(source.doi) } : {}),
		url: seen[0],
	};
}
