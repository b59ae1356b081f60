/**
 * The content gate that runs before Astro (scripts/build.ts): reads every content file the way the content
 * layer will, and reports, all at once and each with file, field or line, and fix:
 * YAML errors (line and column), schema errors, the cross-file rules of src/data/validate.ts, references that
 * differ from the evidence file, unknown PMIDs/DOIs, files Astro would silently skip, ids too long for an
 * address, articles clashing with fixed pages, unknown components, empty pages, and redirects that would
 * hide a page or lead nowhere. Problems that do not stop the build (overdue reviews) come back as warnings.
 *
 * The tests call this same function on planted defects (tests/unit/content-errors.test.ts), so every message
 * an author can see is pinned without a build per case.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { articleSchema } from '../schemas/article.ts';
import { referenceSchema } from '../schemas/reference.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { kitCommonSchema, kitSchema } from '../schemas/kit.ts';
import { costSchema, productSchema } from '../schemas/product.ts';
import { symptomSchema } from '../schemas/symptom.ts';
import { buildGuide } from '../data/validate.ts';
import type { Guide } from '../data/model.ts';
import { sectionIds } from '../config.ts';
import { type ContentProblem, GuideContentError } from '../utils/errors.ts';
import { readRedirects } from '../utils/redirects.ts';
import { urls } from '../utils/urls.ts';
import { isoDate } from '../utils/dates.ts';
import type { RawArticle, RawKit, RawReference, RawTerm } from './raw.ts';
import { parseFrontmatter, parseYaml } from './yaml.ts';
import { type Evidence, loadEvidence, referenceProblems, unknownIdentifierProblems } from './evidence.ts';
import { articleFileProblem, filesUnder, fixedRoutes, idProblem, maxIdLength, routeClashProblem } from './files.ts';
import { componentNames, unknownComponentProblems } from './components.ts';
import { redirectProblems } from './redirects.ts';
import { futureDateProblems } from './dates.ts';
import { readTranslations } from './translations.ts';
import { buildEdition } from '../data/edition.ts';

export interface ContentReport {
	/** Problems that stop the build. */
	problems: ContentProblem[];
	/** Problems a person must see but that do not stop the build (e.g. an overdue review). */
	warnings: ContentProblem[];
	/** The resolved guide, when there were no problems. */
	guide?: Guide;
}

export interface CheckOptions {
	today: Date;
	/** ../shared/evidence/sources.yaml unless given. */
	evidenceFile?: string;
}

/** Zod issues as problems, fields written the way YAML writes them (claims[0].status). */
export function schemaProblems(file: string, error: z.ZodError): ContentProblem[] {
	return error.issues.map((issue) => ({
		file,
		field: issue.path.length
			? issue.path
					.map(String)
					.join('.')
					.replace(/\.(\d+)(?=\.|$)/g, '[$1]')
			: '(frontmatter)',
		message: issue.message,
	}));
}

function validate<T>(schema: z.ZodType<T>, data: unknown, file: string, problems: ContentProblem[]): T | undefined {
	const result = schema.safeParse(data);
	if (result.success) return result.data;
	problems.push(...schemaProblems(file, result.error));
	return undefined;
}

const yamlFiles = (dir: string, include: (file: string) => boolean) =>
	existsSync(dir)
		? filesUnder(dir)
				.filter((file) => file.endsWith('.yaml') && include(file))
				.sort()
		: [];

/** Files in a YAML folder (references, glossary, consultation) that the site would silently leave out. */
function strayFiles(dir: string): ContentProblem[] {
	if (!existsSync(dir)) return [];
	return filesUnder(dir)
		.filter((file) => !file.endsWith('.yaml'))
		.map((file) => ({
			file: join(dir, file),
			field: '(file)',
			message: `only .yaml files in ${dir} are read, so this file would be silently left out.`,
			fix: `rename it to ${file.replace(/\.[^./]*$/, '')}.yaml, or move it out of ${dir}.`,
		}));
}

export function checkContent(contentDir: string, { today, evidenceFile }: CheckOptions): ContentReport {
	const problems: ContentProblem[] = [];
	const warnings: ContentProblem[] = [];
	const loaded = loadEvidence(evidenceFile);
	const evidence: Evidence | undefined = 'sources' in loaded ? loaded : undefined;
	if (!evidence) problems.push(loaded as ContentProblem);
	const components = componentNames();
	const fixed = new Set(fixedRoutes());

	// Articles: content/articles/<section>/<slug>.mdx ("_" files are partials, not pages).
	const articleDir = join(contentDir, 'articles');
	const articles: RawArticle[] = [];
	for (const rel of existsSync(articleDir) ? filesUnder(articleDir).sort() : []) {
		const file = join(articleDir, rel);
		const fileProblem = articleFileProblem(articleDir, rel);
		if (fileProblem) {
			problems.push(fileProblem);
			continue;
		}
		if (rel.split('/').at(-1)!.startsWith('_')) continue;
		const id = rel.replace(/\.mdx$/, '');
		const slug = id.split('/').at(-1)!;
		const named = idProblem(slug, file, '(file name)', 'the file name');
		if (named) problems.push(named);
		const text = readFileSync(file, 'utf8');
		const front = parseFrontmatter(text, file);
		problems.push(...front.problems);
		problems.push(...unknownComponentProblems(file, text, components));
		if (
			!front.body
				.replace(/^import .*$/gm, '')
				.replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
				.trim()
		) {
			problems.push({
				file,
				field: '(body)',
				message: 'the article has frontmatter but no text, so readers would get an empty page.',
				fix: 'write the page below the closing --- line, showing each declared claim with <Claim id="…" />, or delete the file.',
			});
		}
		if (front.data === undefined) continue;
		const data = validate(articleSchema, front.data, file, problems);
		if (!data) continue;
		problems.push(...futureDateProblems(file, data, today));
		data.claims.forEach((claim, index) => {
			const long = claim.id.length > maxIdLength ? idProblem(claim.id, file, `claims[${index}].id`, 'the claim id') : undefined;
			if (long) problems.push(long);
		});
		const clash = routeClashProblem(file, data.section, slug, fixed);
		if (clash) problems.push(clash);
		articles.push({ id, filePath: file, data, text });
	}

	// References: each exactly its evidence entry; glossary; consultation kits.
	const references: RawReference[] = [];
	const verified = new Set<string>();
	/** Reference files are compared with the evidence file field by field (or verified elsewhere): no second look. */
	const compared = new Set<string>();
	const referenceDir = join(contentDir, 'references');
	for (const rel of yamlFiles(referenceDir, () => true)) {
		const file = join(referenceDir, rel);
		const key = rel.replace(/\.yaml$/, '');
		const named = idProblem(key, file, '(file name)', 'the reference key');
		if (named) problems.push(named);
		compared.add(file);
		const parsed = parseYaml(readFileSync(file, 'utf8'), file);
		problems.push(...parsed.problems);
		if (parsed.data === undefined) continue;
		const data = validate(referenceSchema, parsed.data, file, problems);
		if (!data) continue;
		if (evidence) problems.push(...referenceProblems(key, file, parsed.data as Record<string, unknown>, evidence));
		if (data.seenAt && data.checked) for (const id of [data.pmid, data.doi]) if (id) verified.add(id.toLowerCase());
		references.push({ id: key, filePath: file, data });
	}
	const terms: RawTerm[] = [];
	const glossaryDir = join(contentDir, 'glossary');
	for (const rel of yamlFiles(glossaryDir, () => true)) {
		const file = join(glossaryDir, rel);
		const id = rel.replace(/\.yaml$/, '');
		const named = idProblem(id, file, '(file name)', 'the glossary id');
		if (named) problems.push(named);
		const parsed = parseYaml(readFileSync(file, 'utf8'), file);
		problems.push(...parsed.problems);
		const data = parsed.data === undefined ? undefined : validate(glossarySchema, parsed.data, file, problems);
		if (data) terms.push({ id, data });
	}
	const kits: RawKit[] = [];
	let kitCommon: z.infer<typeof kitCommonSchema> | undefined;
	const kitDir = join(contentDir, 'consultation');
	for (const rel of yamlFiles(kitDir, (file) => !file.includes('/'))) {
		const file = join(kitDir, rel);
		const parsed = parseYaml(readFileSync(file, 'utf8'), file);
		problems.push(...parsed.problems);
		if (parsed.data === undefined) continue;
		if (rel === '_common.yaml') {
			kitCommon = validate(kitCommonSchema, parsed.data, file, problems);
			continue;
		}
		if (rel.startsWith('_')) continue;
		const id = rel.replace(/\.yaml$/, '');
		const named = idProblem(id, file, '(file name)', 'the kit id');
		if (named) problems.push(named);
		const data = validate(kitSchema, parsed.data, file, problems);
		if (data) problems.push(...futureDateProblems(file, data, today));
		if (data) kits.push({ id, filePath: file, data });
	}

	/** A folder of YAML entries (<id>.yaml), each read and checked against its schema. */
	const collection = <T>(folder: string, schema: z.ZodType<T>, what: string) => {
		const dir = join(contentDir, folder);
		const entries: { id: string; filePath: string; data: T }[] = [];
		for (const rel of yamlFiles(dir, () => true)) {
			const file = join(dir, rel);
			const id = rel.replace(/\.yaml$/, '');
			const named = idProblem(id, file, '(file name)', what);
			if (named) problems.push(named);
			const parsed = parseYaml(readFileSync(file, 'utf8'), file);
			problems.push(...parsed.problems);
			const data = parsed.data === undefined ? undefined : validate(schema, parsed.data, file, problems);
			if (data) entries.push({ id, filePath: file, data });
		}
		return { dir, entries };
	};
	const products = collection('products', productSchema, 'the product id');
	const costs = collection('costs', costSchema, 'the price id');
	const symptoms = collection('symptoms', symptomSchema, 'the symptom id');

	for (const dir of [referenceDir, glossaryDir, kitDir, products.dir, costs.dir, symptoms.dir]) problems.push(...strayFiles(dir));

	// Every PMID and DOI written anywhere in the content is known.
	if (evidence) {
		for (const rel of filesUnder(contentDir)
			.filter((file) => file !== 'url-ledger.txt')
			.sort()) {
			const file = join(contentDir, rel);
			if (compared.has(file)) continue;
			problems.push(...unknownIdentifierProblems(file, readFileSync(file, 'utf8'), evidence, verified));
		}
	}

	// The cross-file rules, once every file reads.
	let guide: Guide | undefined;
	if (!problems.length) {
		try {
			guide = buildGuide({
				articles,
				references,
				terms,
				kits,
				kitCommon,
				products: products.entries,
				costs: costs.entries,
				symptoms: symptoms.entries,
				today,
				contentDir,
			});
		} catch (error) {
			if (!(error instanceof GuideContentError)) throw error;
			problems.push(...error.problems);
		}
	}

	// Translations (content/translations/es/): words only, each paired with its English page (src/data/edition.ts).
	const translationProblems: ContentProblem[] = [];
	const translations = readTranslations(contentDir, 'es', translationProblems);
	problems.push(...translationProblems);
	/** The Spanish edition's pages (redirects may lead to them). */
	let spanishPages: string[] = [];
	if (guide && !translationProblems.length) {
		let moved: { from: string; to: string }[] = [];
		try {
			moved = existsSync(join(contentDir, 'redirects.yaml')) ? readRedirects(contentDir) : [];
		} catch {
			// A redirects file that does not read is reported below.
		}
		const edition = buildEdition(guide, translations, contentDir, [...fixed], moved);
		problems.push(...edition.problems);
		warnings.push(...edition.warnings);
		spanishPages = edition.edition.pages;
	}

	// Redirects: judged against every page the guide will have.
	const redirectsFile = join(contentDir, 'redirects.yaml');
	if (existsSync(redirectsFile)) {
		let redirects: ReturnType<typeof readRedirects> | undefined;
		try {
			redirects = readRedirects(contentDir);
		} catch (error) {
			problems.push({ file: redirectsFile, field: '(file)', message: (error as Error).message.replace(`${redirectsFile}: `, '') });
		}
		if (redirects?.length && guide) {
			const live = new Set([
				...fixed,
				...sectionIds.map((section) => urls.section(section)),
				...guide.articles.map((article) => article.url),
				...guide.claims.map((claim) => claim.url),
				...guide.kits.map((kit) => kit.url),
				...guide.topics.map((topic) => topic.url),
				...spanishPages,
			]);
			problems.push(...redirectProblems(redirectsFile, redirects, live));
		}
	}

	for (const article of guide?.articles.filter((article) => article.reviewOverdue) ?? []) {
		warnings.push({
			file: article.filePath,
			field: 'nextReview',
			message: `review overdue since ${isoDate(article.data.nextReview)}; readers see a "Review overdue" notice.`,
			fix: 'check the page against the evidence, then set lastReviewed to today and nextReview to the next due date.',
		});
	}
	for (const kit of guide?.kits.filter((kit) => kit.reviewOverdue) ?? []) {
		const file = join(kitDir, `${kit.id}.yaml`);
		warnings.push({
			file,
			field: 'nextReview',
			message: `review overdue since ${isoDate(kit.data.nextReview)}; readers see a "Review overdue" notice.`,
			fix: 'check the kit against its uses article, then set lastReviewed to today, nextReview to the next due date, and raise version.',
		});
	}
	return { problems, warnings, guide: problems.length ? undefined : guide };
}
