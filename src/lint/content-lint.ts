/**
 * The content lint: reads a built site (and the content folder for review dates) and reports, per article,
 * claims by status, reading grade, review dates, references and problems; plus orphans across the site.
 * `npm run check:content` prints it; the content tests assert on the same functions.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { readFrontmatter } from '../utils/frontmatter.ts';
import { bodyText, readingLevel } from '../utils/readability.ts';
import { readingLevelEs } from '../utils/readability-es.ts';
import { sectionSlugs } from '../utils/urls.ts';
import { existsSync } from 'node:fs';
import type { ContentProblem } from '../utils/errors.ts';

export const maxGrade = 9;
export const maxMedianGrade = 8;
/** Spanish pages: INFLESZ "bastante fácil" (≥ 65) on the median page (an error below), and a warning per page below 55. */
export const minMedianInflesz = 65;
export const minPageInflesz = 55;

export interface SpanishReport {
	/** The English article id it translates. */
	id: string;
	url: string;
	inflesz: number;
	band: string;
	words: number;
}

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

const normal = (text: string) =>
	text
		.toLowerCase()
		.replace(/[“”"‘’']/g, '')
		.replace(/\s+/g, ' ')
		.replace(/\.$/, '')
		.trim();

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
	/** Spanish translations: INFLESZ per page, and the median. */
	spanish: SpanishReport[];
	medianInflesz: number;
	/** Problems that fail the check (and the build). */
	errors: string[];
	/** The same errors with file, field and fix, as the build reports them. */
	problems: ContentProblem[];
	/** Things to look at that do not fail it. */
	warnings: string[];
	/** Those of the warnings the build lists at its end, with file and fix (overdue reviews come from the content gate). */
	notices: ContentProblem[];
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
	const references: { id: string; claims: string[]; products?: string[]; prices?: string[]; usedBy?: string[] }[] = JSON.parse(
		readFileSync(join(siteDir, 'references.json'), 'utf8'),
	);
	const ids = articleIds(contentDir);
	const pages = new Map(ids.map((id) => [id, readFileSync(join(siteDir, id, 'index.html'), 'utf8')]));
	const problems: ContentProblem[] = [];
	const warnings: string[] = [];
	const notices: ContentProblem[] = [];
	const articleFile = (id: string) => join(contentDir, 'articles', `${id}.mdx`);

	const articles = ids.map((id): ArticleReport => {
		const html = pages.get(id)!;
		const front = readFrontmatter<{ lastReviewed: Date; nextReview: Date }>(
			readFileSync(join(contentDir, 'articles', `${id}.mdx`), 'utf8'),
		);
		const shown = new Set([...html.matchAll(/data-claim-id="([^"]+)"/g)].map((match) => match[1]));
		const shownClaims = claims.filter((claim) => shown.has(claim.id));
		const level = readingLevel(bodyText(html));
		const own: ContentProblem[] = [];
		const file = articleFile(id);
		if (level.grade > maxGrade) {
			own.push({
				file,
				field: '(body)',
				message: `reading grade ${level.grade} is above ${maxGrade}: shorter sentences, plainer words`,
				fix: 'split long sentences and use everyday words; explain each medical term in a short sentence of its own.',
			});
		}
		if (level.words < 100) {
			own.push({
				file,
				field: '(body)',
				message: `only ${level.words} words of body text`,
				fix: 'write the page out (at least 100 words), or fold it into a related page and redirect its address.',
			});
		}
		for (const claimId of assertedUnproven(html, claims)) {
			own.push({
				file,
				field: '(body)',
				message: `states the unproven claim "${claimId}" in its own words`,
				fix: `show it as a claim with <Claim id="${claimId}" />, which labels it, instead of saying it in the guide's own voice.`,
			});
		}
		const nextReview = new Date(front.nextReview);
		const overdue = nextReview.getTime() < today.getTime();
		if (overdue) warnings.push(`${id}: review overdue since ${nextReview.toISOString().slice(0, 10)}`);
		problems.push(...own);
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
			problems: own.map((problem) => problem.message),
		};
	});

	for (const claim of claims) {
		const problem = wordingProblem(claim);
		const owner = new URL(claim.article, 'https://guide.invalid').pathname.replace(/^\/|\/$/g, '');
		if (problem) {
			problems.push({
				file: articleFile(owner),
				field: `claim ${claim.id}`,
				message: problem,
				fix: 'reword the statement, or correct its certainty if the evidence says otherwise.',
			});
		}
	}
	const uses = (reference: (typeof references)[number]) =>
		reference.claims.length + (reference.products?.length ?? 0) + (reference.prices?.length ?? 0) + (reference.usedBy?.length ?? 0);
	for (const reference of references.filter((reference) => uses(reference) === 0)) {
		problems.push({
			file: join(contentDir, 'references', `${reference.id}.yaml`),
			field: `reference ${reference.id}`,
			message: 'no claim, product, price, symptom or help route cites it',
			fix: `cite it from a claim, a product, a price, a symptom or a help route, or delete ${join(contentDir, 'references', `${reference.id}.yaml`)}.`,
		});
	}
	// An article no other article links to can only be found through its section hub.
	for (const id of ids) {
		const linked = [...pages].some(([other, html]) => other !== id && html.includes(`href="/${id}/`));
		if (!linked) {
			warnings.push(`${id}: no other article links to it`);
			notices.push({
				file: articleFile(id),
				field: '(links)',
				message: 'no other article links to it, so readers find it only through its section hub.',
				fix: 'link to it from the articles that cover the same ground, or list it in their related: field.',
			});
		}
	}
	const medianGrade = median(articles.map((article) => article.grade));
	if (medianGrade > maxMedianGrade) {
		problems.push({
			file: join(contentDir, 'articles'),
			field: '(all articles)',
			message: `median reading grade ${medianGrade} is above ${maxMedianGrade}`,
			fix: 'make the hardest pages plainer (see npm run check:content).',
		});
	}
	// The Spanish edition: INFLESZ reading ease per translated page (src/utils/readability-es.ts).
	const esDir = join(contentDir, 'translations', 'es', 'articles');
	const spanish: SpanishReport[] = [];
	for (const id of existsSync(esDir) ? articleIds(join(contentDir, 'translations', 'es')) : []) {
		const file = join(esDir, `${id}.mdx`);
		const front = readFrontmatter<{ slug?: string }>(readFileSync(file, 'utf8'));
		const section = id.split('/')[0] as keyof typeof sectionSlugs.es;
		const url = `/es/${sectionSlugs.es[section]}/${front.slug}/`;
		const page = join(siteDir, url, 'index.html');
		if (!front.slug || !existsSync(page)) continue;
		const level = readingLevelEs(bodyText(readFileSync(page, 'utf8')));
		spanish.push({ id, url, inflesz: level.inflesz, band: level.band, words: level.words });
		if (level.inflesz < minPageInflesz) {
			warnings.push(`${url}: INFLESZ ${level.inflesz} (${level.band}) is below ${minPageInflesz}`);
			notices.push({
				file,
				field: '(body)',
				message: `INFLESZ reading ease ${level.inflesz} (${level.band}) is below ${minPageInflesz}.`,
				fix: 'split long sentences (15 words or fewer) and use everyday words; explain each medical term in a short sentence of its own.',
			});
		}
	}
	const medianInflesz = median(spanish.map((page) => page.inflesz));
	if (spanish.length && medianInflesz < minMedianInflesz) {
		problems.push({
			file: esDir,
			field: '(all articles)',
			message: `median Spanish reading ease (INFLESZ) ${medianInflesz} is below ${minMedianInflesz} ("bastante fácil")`,
			fix: 'make the hardest Spanish pages plainer (see npm run check:content).',
		});
	}
	// The check's one-line form: "<article id>: message", "claim <id>: message", "reference <id>: message".
	const errors = problems.map((problem) => {
		if (problem.field !== '(body)') return `${problem.field === '(all articles)' ? '' : `${problem.field}: `}${problem.message}`;
		return `${problem.file.slice(join(contentDir, 'articles').length + 1).replace(/\.mdx$/, '')}: ${problem.message}`;
	});
	return { articles, medianGrade, spanish, medianInflesz, errors, problems, warnings, notices };
}

/** The report as a plain-text table. */
export function formatReport(report: SiteReport): string {
	const header = ['article', 'backed', 'unproven', 'grade', 'words', 'refs', 'last reviewed', 'next review'];
	const rows = report.articles.map((a) =>
		[
			a.id,
			a.backed,
			a.unproven,
			a.grade.toFixed(1),
			a.words,
			a.references,
			a.lastReviewed,
			`${a.nextReview}${a.overdue ? ' OVERDUE' : ''}`,
		].map(String),
	);
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
	const line = (cells: string[]) =>
		cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
	const totals = report.articles.reduce((sum, a) => ({ backed: sum.backed + a.backed, unproven: sum.unproven + a.unproven }), {
		backed: 0,
		unproven: 0,
	});
	return [
		line(header),
		...rows.map(line),
		'',
		`${report.articles.length} articles; claims shown: ${totals.backed} evidence-backed, ${totals.unproven} unproven (claims shown in several articles count in each); median reading grade ${report.medianGrade.toFixed(1)}.`,
		...(report.spanish.length
			? [
					'',
					'Spanish page (INFLESZ, higher is easier)',
					...report.spanish.map(
						(page) => `${page.url.padEnd(60)} ${page.inflesz.toFixed(1).padStart(6)}  ${page.band}  ${page.words} words`,
					),
					`${report.spanish.length} Spanish pages; median INFLESZ ${report.medianInflesz.toFixed(1)} (target ≥ ${minMedianInflesz}, "bastante fácil").`,
				]
			: []),
		...(report.warnings.length ? ['', `Warnings (${report.warnings.length}):`, ...report.warnings.map((w) => `  ${w}`)] : []),
		'',
		report.errors.length ? `Errors (${report.errors.length}):\n${report.errors.map((e) => `  ${e}`).join('\n')}` : 'No errors.',
	].join('\n');
}
