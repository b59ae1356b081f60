/**
 * The content lint: reads a built site (and the content folder for review dates) and reports, per article,
 * claims by status, reading grade, review dates, references and problems; plus orphans across the site.
 * `npm run check:content` prints it; the content tests assert on the same functions.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { bodyText, readingLevel } from '../utils/readability.ts';

export const maxGrade = 9;
export const maxMedianGrade = 8;

export interface ExportedClaim {
	id: string;
	statement: string;
	kind: 'benefit' | 'risk' | 'fact';
	status: 'evidence-backed' | 'unproven';
	/** The reader's label: a stable id and its words (src/data/method.ts). */
	label: { id: string; text: string };
	certainty: 'high' | 'moderate' | 'low' | null;
	reason: string | null;
	howWeKnow: { id: string; text: string } | null;
	howOften: { text: string; known: boolean; source: string | null } | null;
	sources: { id: string }[];
	url: string;
	article: string;
}

/** Why an evidence-backed statement's wording does not match its certainty, or undefined. */
export function wordingProblem(claim: Pick<ExportedClaim, 'status' | 'certainty' | 'statement'>): string | undefined {
	if (claim.status !== 'evidence-backed') return undefined;
	const hedge = /\b(may|might|probably|possibly|perhaps|likely|appears? to|seems? to)\b/i;
	if (claim.certainty === 'high' && hedge.test(claim.statement)) return 'high certainty: state it plainly, without "may" or "probably"';
	if (claim.certainty === 'moderate' && !/\b(probably|appears? to)\b/i.test(claim.statement)) return 'moderate certainty: say "probably"';
	if (claim.certainty === 'low' && !/\bmay\b/i.test(claim.statement)) return 'low certainty: say "may"';
	return undefined;
}

const normal = (text: string) => text.toLowerCase().replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ').replace(/\.$/, '').trim();

/** Unproven statements that a page's body states outside their quoted <Claim>. */
export function assertedUnproven(html: string, claims: ExportedClaim[]): string[] {
	const prose = parseHtml(html).querySelector('.prose');
	if (!prose) return [];
	for (const node of prose.querySelectorAll('.claim')) node.remove();
	const text = normal(prose.textContent);
	return claims.filter((claim) => claim.status === 'unproven' && text.includes(normal(claim.statement))).map((claim) => claim.id);
}

export interface ArticleReport {
	id: string;
	backed: number;
	unproven: number;
	grade: number;
	words: number;
	lastReviewed: string;
	nextReview: string;
	overdue: boolean;
	references: number;
	problems: string[];
}

export interface SiteReport {
	articles: ArticleReport[];
	medianGrade: number;
	/** Problems that fail the check. */
	errors: string[];
	/** Things to look at that do not fail it. */
	warnings: string[];
}

/** Every article of a content folder as "<section>/<slug>", sorted. */
export function articleIds(contentDir: string): string[] {
	const dir = join(contentDir, 'articles');
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap((section) =>
			readdirSync(join(dir, section.name))
				.filter((file) => file.endsWith('.mdx') && !file.startsWith('_'))
				.map((file) => `${section.name}/${file.replace(/\.mdx$/, '')}`),
		)
		.sort();
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export function lintSite(siteDir: string, contentDir: string, today: Date): SiteReport {
	const claims: ExportedClaim[] = JSON.parse(readFileSync(join(siteDir, 'claims.json'), 'utf8'));
	const references: { id: string; claims: string[] }[] = JSON.parse(readFileSync(join(siteDir, 'references.json'), 'utf8'));
	const ids = articleIds(contentDir);
	const pages = new Map(ids.map((id) => [id, readFileSync(join(siteDir, id, 'index.html'), 'utf8')]));
	const errors: string[] = [];
	const warnings: string[] = [];

	const articles = ids.map((id): ArticleReport => {
		const html = pages.get(id)!;
		const front = parseYaml(readFileSync(join(contentDir, 'articles', `${id}.mdx`), 'utf8').split(/^---$/m)[1]) as {
			lastReviewed: Date;
			nextReview: Date;
		};
		const shown = new Set([...html.matchAll(/data-claim-id="([^"]+)"/g)].map((match) => match[1]));
		const shownClaims = claims.filter((claim) => shown.has(claim.id));
		const level = readingLevel(bodyText(html));
		const problems: string[] = [];
		if (level.grade > maxGrade) problems.push(`reading grade ${level.grade} is above ${maxGrade}: shorter sentences, plainer words`);
		if (level.words < 100) problems.push(`only ${level.words} words of body text`);
		for (const claimId of assertedUnproven(html, claims)) problems.push(`states the unproven claim "${claimId}" in its own words`);
		const nextReview = new Date(front.nextReview);
		const overdue = nextReview.getTime() < today.getTime();
		if (overdue) warnings.push(`${id}: review overdue since ${nextReview.toISOString().slice(0, 10)}`);
		errors.push(...problems.map((problem) => `${id}: ${problem}`));
		return {
			id,
			backed: shownClaims.filter((claim) => claim.status === 'evidence-backed').length,
			unproven: shownClaims.filter((claim) => claim.status === 'unproven').length,
			grade: level.grade,
			words: level.words,
			lastReviewed: new Date(front.lastReviewed).toISOString().slice(0, 10),
			nextReview: nextReview.toISOString().slice(0, 10),
			overdue,
			references: (html.match(/<li id="cite-/g) ?? []).length,
			problems,
		};
	});

	for (const claim of claims) {
		const problem = wordingProblem(claim);
		if (problem) errors.push(`claim ${claim.id}: ${problem}`);
	}
	for (const reference of references.filter((reference) => reference.claims.length === 0)) {
		errors.push(`reference ${reference.id}: no claim cites it (cite it from a claim or delete content/references/${reference.id}.yaml)`);
	}
	// An article no other article links to can only be found through its section hub.
	for (const id of ids) {
		const linked = [...pages].some(([other, html]) => other !== id && html.includes(`href="/${id}/`));
		if (!linked) warnings.push(`${id}: no other article links to it`);
	}
	const medianGrade = median(articles.map((article) => article.grade));
	if (medianGrade > maxMedianGrade) errors.push(`median reading grade ${medianGrade} is above ${maxMedianGrade}`);
	return { articles, medianGrade, errors, warnings };
}

/** The report as a plain-text table. */
export function formatReport(report: SiteReport): string {
	const header = ['article', 'backed', 'unproven', 'grade', 'words', 'refs', 'last reviewed', 'next review'];
	const rows = report.articles.map((a) => [a.id, a.backed, a.unproven, a.grade.toFixed(1), a.words, a.references, a.lastReviewed, `${a.nextReview}${a.overdue ? ' OVERDUE' : ''}`].map(String));
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
	const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
	const totals = report.articles.reduce((sum, a) => ({ backed: sum.backed + a.backed, unproven: sum.unproven + a.unproven }), { backed: 0, unproven: 0 });
	return [
		line(header),
		...rows.map(line),
		'',
		`${report.articles.length} articles; claims shown: ${totals.backed} evidence-backed, ${totals.unproven} unproven (claims shown in several articles count in each); median reading grade ${report.medianGrade.toFixed(1)}.`,
		...(report.warnings.length ? ['', `Warnings (${report.warnings.length}):`, ...report.warnings.map((w) => `  ${w}`)] : []),
		'',
		report.errors.length ? `Errors (${report.errors.length}):\n${report.errors.map((e) => `  ${e}`).join('\n')}` : 'No errors.',
	].join('\n');
}
