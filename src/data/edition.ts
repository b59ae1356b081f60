/**
 * The Spanish edition, resolved against the English guide: which pages are translated, their addresses, the
 * Spanish words of each claim and glossary entry, and whether each translation is up to date. Labels, statuses
 * and sources are never read from a translation: pages take them from the English declaration (guide.claim).
 *
 * Cross-file rules (problems stop the build; warnings are listed at its end):
 * - every translation pairs with an English file (same path);
 * - an article's `claims:` keys are exactly the English article's claim ids;
 * - its body uses the same components with the same ids, in the same order, as the English body;
 * - Spanish slugs are unique in their section;
 * - links in the body to guide pages lead to pages that exist;
 * - an article's `changes:` names only versions of the English page's changes log, and gives Spanish words for
 *   every English change summary up to its `translatedFrom.version`;
 * - an article's `howOften:` gives the words of each English risk frequency, with the same numbers;
 * - a kit translation has as many questions, worrying answers and alternatives as the English kit;
 * - a price's words keep the English numbers and currency signs, and have a note exactly where the English has one;
 * - out of date (warning): the English page's version or lastReviewed is newer than `translatedFrom`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Guide, GuideArticle, GuideClaim } from './model.ts';
import type {
	ArticleTranslationData,
	CostTranslationData,
	GlossaryTranslationData,
	KitCommonTranslationData,
	KitTranslationData,
	ProductTranslationData,
	SymptomTranslationData,
} from '../schemas/translation.ts';
import type { ContentProblem } from '../utils/errors.ts';
import type { RawTranslations } from '../validation/translations.ts';
import { registerSlugs, sectionSlugs, urls, urlsFor } from '../utils/urls.ts';
import { isoDate } from '../utils/dates.ts';
import { hubPageSize, sectionIds } from '../config.ts';
import { topicPageSize } from '../validation/topics.ts';

/**
 * Sources in full per page (/references/sources/ and /es/referencias/fuentes/, paginated alike so each page pairs
 * with its other-language page): keeps each page well inside the byte budget.
 */
export const referencePageSize = 30;

export type TranslationState = 'up-to-date' | 'out-of-date' | 'missing';

export interface EditionArticle {
	/** The English article's id, "<section>/<slug>". */
	id: string;
	english: GuideArticle;
	filePath: string;
	data: ArticleTranslationData;
	slug: string;
	url: string;
	state: Exclude<TranslationState, 'missing'>;
}

export interface EditionKit {
	id: string;
	filePath: string;
	data: KitTranslationData;
	url: string;
	state: Exclude<TranslationState, 'missing'>;
}

export interface StatusRow {
	kind: 'article' | 'kit';
	title: string;
	english: string;
	translated?: string;
	state: TranslationState;
	file?: string;
	translatedOn?: Date;
}

export interface Edition {
	lang: 'es';
	articles: EditionArticle[];
	article(id: string): EditionArticle | undefined;
	/** The Spanish statement of a claim, when its owner article is translated. */
	statement(claimId: string): string | undefined;
	/** The Spanish words of a risk's frequency ("how often"), when its owner article is translated. */
	howOften(claimId: string): string | undefined;
	term(id: string): GlossaryTranslationData | undefined;
	kits: EditionKit[];
	kit(id: string): EditionKit | undefined;
	kitCommon?: KitCommonTranslationData;
	/** A symptom's Spanish words (noticed, whenText, whatToDo, whatToSay), when translated. */
	symptom(id: string): SymptomTranslationData | undefined;
	/** A product's Spanish words (contains, and each status statement in the English order). */
	product(id: string): ProductTranslationData | undefined;
	/** A dated price's Spanish words (treatment, range, dated, note), when translated. */
	cost(id: string): CostTranslationData | undefined;
	/** Every English article and kit with its translation state (the translation status page). */
	status: StatusRow[];
	/** An English address of a guide page as a link on a Spanish page: the Spanish page where there is one. */
	localPath(englishPath: string): string;
	/** Every page the edition publishes that has an English pair (its Spanish addresses). */
	pages: string[];
	/** The other language's address of a page (English ↔ Spanish), when that page exists. */
	pairOf(path: string): { en?: string; es?: string };
}

/** The numbers of a paginated list's pages after the first: 2, 3, … (none when it fits on one page). */
const laterPages = (items: number, size: number) =>
	Array.from({ length: Math.max(0, Math.ceil(items / size) - 1) }, (_, index) => index + 2);

/** The English page's version and date, as a translation records them. */
const isNewer = (english: { version: number; lastReviewed: Date }, from: { version: number; lastReviewed: Date }) =>
	english.version > from.version || isoDate(english.lastReviewed) > isoDate(from.lastReviewed);

/** A translation file with no English file of the same name in `folder` (content/<folder>/<id>.yaml). */
const unpaired = (entry: { id: string; filePath: string }, folder: string): ContentProblem => ({
	file: entry.filePath,
	field: '(file name)',
	message: `no English file content/${folder}/${entry.id}.yaml to translate.`,
	fix: 'name the file after the English one, or delete it.',
});

/** A page's row on the translation status page: its translation's state, or missing. */
const statusRow = (
	kind: StatusRow['kind'],
	englishTitle: string,
	english: string,
	translation?: { data: { title: string; translated: Date }; url: string; state: StatusRow['state']; filePath: string },
): StatusRow =>
	translation
		? {
				kind,
				title: translation.data.title,
				english,
				translated: translation.url,
				state: translation.state,
				file: translation.filePath,
				translatedOn: translation.data.translated,
			}
		: { kind, title: englishTitle, english, state: 'missing' };

/** The sequence of components in an MDX body: "Claim#id", "Term#id", "CareCard", … (code blanked). */
export function componentSequence(body: string): string[] {
	const visible = body.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').replace(/`[^`\n]*`/g, '');
	return [...visible.matchAll(/<([A-Z]\w*)\b([^>]*)>/g)].map((match) => {
		const id = /\b(?:id|product|level)\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(match[2]);
		return id ? `${match[1]}#${id[1] ?? id[2]}` : match[1];
	});
}

/** Guide-internal links in an MDX body: markdown `](/…)` and `href="/…"`. */
export function internalLinks(body: string): { path: string; line: number }[] {
	const links: { path: string; line: number }[] = [];
	for (const match of body.matchAll(/\]\((\/[^)\s]*)\)|href=["'](\/[^"']*)["']/g)) {
		links.push({ path: (match[1] ?? match[2])!, line: body.slice(0, match.index).split('\n').length });
	}
	return links;
}

/** `fixedRoutes`: the pages of src/pages without parameters; links are checked only when given (the pre-Astro gate). */
export function buildEdition(
	guide: Guide,
	raw: RawTranslations,
	contentDir: string,
	fixedRoutes?: string[],
	redirects: { from: string; to: string }[] = [],
) {
	const problems: ContentProblem[] = [];
	const warnings: ContentProblem[] = [];
	const es = urlsFor('es');
	const englishFile = (id: string) => join(contentDir, 'articles', `${id}.mdx`);

	// Articles: pairs, slugs, claims, components.
	const articles: EditionArticle[] = [];
	const slugs = new Map<string, string>();
	const seen = new Map<string, string>();
	for (const translation of raw.articles) {
		const english = guide.article(translation.id);
		if (!english) {
			problems.push({
				file: translation.filePath,
				field: '(file name)',
				message: `no English article ${englishFile(translation.id)} to translate: a translation mirrors the English path.`,
				fix: 'name the file after the English article (content/translations/es/articles/<section>/<slug>.mdx), or delete it.',
			});
			continue;
		}
		const slugKey = `${english.section}/${translation.data.slug}`;
		const clash = seen.get(slugKey);
		if (clash) {
			problems.push({
				file: translation.filePath,
				field: 'slug',
				message: `slug "${translation.data.slug}" is already the slug of ${clash}, so one page would hide the other.`,
				fix: 'give this page another slug.',
			});
		}
		seen.set(slugKey, translation.filePath);
		if (/^\d+$/.test(translation.data.slug)) {
			problems.push({
				file: translation.filePath,
				field: 'slug',
				message: `slug "${translation.data.slug}" is the address of page ${translation.data.slug} of the hub ${es.section(english.section)}, so one page would hide the other.`,
				fix: 'give this page a slug of words (lower case, hyphens), e.g. the title in a few words.',
			});
		}
		const declared = english.claims.map((claim) => claim.id);
		const given = Object.keys(translation.data.claims);
		for (const id of declared.filter((id) => !given.includes(id))) {
			problems.push({
				file: translation.filePath,
				field: `claims.${id}`,
				message: `the English article declares claim ${id}, but the translation gives no Spanish statement for it.`,
				fix: `add "${id}: <the statement in Spanish>" under claims:.`,
			});
		}
		for (const id of given.filter((id) => !declared.includes(id))) {
			problems.push({
				file: translation.filePath,
				field: `claims.${id}`,
				message: `the English article ${english.id} declares no claim ${id}.`,
				fix: `remove it, or use one of: ${declared.join(', ') || '(none)'}.`,
			});
		}
		const englishTags = componentSequence(readFileSync(english.filePath, 'utf8').replace(/^---[\s\S]*?\n---/, ''));
		const spanishTags = componentSequence(translation.body);
		if (englishTags.join('|') !== spanishTags.join('|')) {
			const at = englishTags.findIndex((tag, index) => spanishTags[index] !== tag);
			const index = at === -1 ? englishTags.length : at;
			problems.push({
				file: translation.filePath,
				field: '(body)',
				message: `the body's components differ from the English body at component ${index + 1}: English has ${englishTags[index] ?? '(nothing more)'}, the translation has ${spanishTags[index] ?? '(nothing more)'}.`,
				fix: 'copy every <Claim id>, <Term id> and other component tag of the English body, same ids and same order; translate only the words.',
			});
		}
		problems.push(...changeProblems(translation.filePath, english, translation.data));
		problems.push(...howOftenProblems(translation.filePath, english, translation.data));
		if (translation.data.translatedFrom.version > english.version) {
			problems.push({
				file: translation.filePath,
				field: 'translatedFrom.version',
				message: `version ${translation.data.translatedFrom.version} is newer than the English page (version ${english.version}).`,
				fix: `set translatedFrom.version to ${english.version}, the English page's version.`,
			});
		}
		const state = isNewer({ version: english.version, lastReviewed: english.data.lastReviewed }, translation.data.translatedFrom)
			? 'out-of-date'
			: 'up-to-date';
		if (state === 'out-of-date') {
			warnings.push({
				file: translation.filePath,
				field: 'translatedFrom',
				message: `out of date: the English page ${english.url} is now version ${english.version} of ${isoDate(english.data.lastReviewed)}, and this translation is of version ${translation.data.translatedFrom.version} of ${isoDate(translation.data.translatedFrom.lastReviewed)}. Readers see an "out of date" notice.`,
				fix: `update the translation from the English page's changes, then set translatedFrom to { version: ${english.version}, lastReviewed: ${isoDate(english.data.lastReviewed)} } and translated to today.`,
			});
		}
		slugs.set(english.id, translation.data.slug);
		articles.push({
			id: english.id,
			english,
			filePath: translation.filePath,
			data: translation.data,
			slug: translation.data.slug,
			url: `/es/${sectionSlugs.es[english.section]}/${translation.data.slug}/`,
			state,
		});
	}
	const articleById = new Map(articles.map((article) => [article.id, article]));

	// Glossary, kits, symptoms, products: each pairs with an English file.
	const termById = new Map<string, GlossaryTranslationData>();
	for (const term of raw.terms) {
		if (!guide.term(term.id)) {
			problems.push(unpaired(term, 'glossary'));
			continue;
		}
		termById.set(term.id, term.data);
	}
	const kits: EditionKit[] = [];
	const kitSlugs = new Map<string, string>();
	for (const kit of raw.kits) {
		const english = guide.kits.find((candidate) => candidate.id === kit.id);
		if (!english) {
			problems.push(unpaired(kit, 'consultation'));
			continue;
		}
		for (const list of ['questions', 'worryingAnswers', 'alternatives'] as const) {
			if (kit.data[list].length !== english.data[list].length) {
				problems.push({
					file: kit.filePath,
					field: list,
					message: `the English kit has ${english.data[list].length} ${list}, the translation ${kit.data[list].length}.`,
					fix: `translate each of the English kit's ${list}, one for one, in the same order.`,
				});
			}
		}
		const state = isNewer(english.data, kit.data.translatedFrom) ? 'out-of-date' : 'up-to-date';
		if (state === 'out-of-date') {
			warnings.push({
				file: kit.filePath,
				field: 'translatedFrom',
				message: `out of date: the English kit ${english.url} is now version ${english.data.version} of ${isoDate(english.data.lastReviewed)}. Readers see an "out of date" notice.`,
				fix: `update the translation, then set translatedFrom to { version: ${english.data.version}, lastReviewed: ${isoDate(english.data.lastReviewed)} } and translated to today.`,
			});
		}
		const twin = [...kitSlugs].find(([, slug]) => slug === kit.data.slug);
		if (twin) {
			problems.push({
				file: kit.filePath,
				field: 'slug',
				message: `the slug "${kit.data.slug}" is already the address of the kit ${twin[0]}.`,
				fix: 'give each kit its own slug.',
			});
		}
		kitSlugs.set(kit.id, kit.data.slug);
		kits.push({ id: kit.id, filePath: kit.filePath, data: kit.data, url: `/es/consulta/${kit.data.slug}/`, state });
	}
	registerSlugs('es', slugs, kitSlugs);
	if (raw.kitCommon && guide.kitCommon) {
		for (const list of ['questions', 'worryingAnswers'] as const) {
			if (raw.kitCommon.data[list].length !== guide.kitCommon[list].length) {
				problems.push({
					file: raw.kitCommon.filePath,
					field: list,
					message: `the English _common.yaml has ${guide.kitCommon[list].length} ${list}, the translation ${raw.kitCommon.data[list].length}.`,
					fix: `translate each of the English ${list}, one for one, in the same order.`,
				});
			}
		}
	}
	for (const [folder, list, known] of [
		['symptoms', raw.symptoms, (id: string) => guide.symptoms.some((symptom) => symptom.id === id)],
		['products', raw.products, (id: string) => Boolean(guide.product(id))],
	] as const) {
		for (const entry of list) {
			if (!known(entry.id)) problems.push(unpaired(entry, folder));
		}
	}

	for (const entry of raw.products) {
		const english = guide.product(entry.id);
		if (!english) continue;
		const statements = english.data.status.map((status) => status.statement);
		if (
			entry.data.statements.length !== statements.length ||
			statements.some((statement, index) => Boolean(statement) !== Boolean(entry.data.statements[index]))
		) {
			problems.push({
				file: entry.filePath,
				field: 'statements',
				message: `the English product has ${statements.length} status entries (${statements.map((statement) => (statement ? 'a statement' : 'no statement')).join(', ')}); the translation's statements do not match them one for one.`,
				fix: "give one entry per English status entry, in the same order: its statement in Spanish, or '' where the English entry has none.",
			});
		}
	}

	for (const entry of raw.costs) {
		const english = guide.costs.find((cost) => cost.id === entry.id);
		if (!english) {
			problems.push(unpaired(entry, 'costs'));
			continue;
		}
		for (const field of ['treatment', 'range', 'dated', 'note'] as const) {
			const englishWords = english.data[field];
			const words = entry.data[field];
			if (!englishWords !== !words) {
				problems.push({
					file: entry.filePath,
					field,
					message: englishWords
						? `the English price has a ${field}, the translation none.`
						: `the English price has no ${field} to translate.`,
					fix: englishWords ? `add ${field}: the English ${field} in Spanish.` : `remove ${field}.`,
				});
				continue;
			}
			const figures = (text = '') => [...numbersIn(text), ...(text.match(/[£$€]/g) ?? [])].join(' ');
			if (figures(englishWords) !== figures(words)) {
				problems.push({
					file: entry.filePath,
					field,
					message: `the numbers or currency signs differ from the English ${field}: English "${englishWords}", translation "${words}". A price is never changed in translation.`,
					fix: 'write the same numbers and currency signs, in the same order, as the English file.',
				});
			}
		}
	}

	// Which Spanish pages exist, and each one's English pair.
	const pairs: [string, string][] = [
		[urls.home(), es.home()],
		[urls.evidence(), es.evidence()],
		[urls.glossary(), es.glossary()],
		[urls.kits(), es.kits()],
		[urls.worried(), es.worried()],
		[urls.search(), es.search()],
		[urls.products(), es.products()],
		...sectionIds.map((section) => [urls.section(section), es.section(section)] as [string, string]),
		// Hubs and topics paginate with one page size in both languages (src/data/paginated.ts): page n pairs with page n.
		...sectionIds.flatMap((section) =>
			laterPages(guide.articles.filter((article) => article.section === section).length, hubPageSize).map(
				(page) => [urls.section(section, page), es.section(section, page)] as [string, string],
			),
		),
		...guide.topics.flatMap((topic) =>
			[1, ...laterPages(topic.claims.length, topicPageSize)].map(
				(page) => [urls.evidenceTopic(topic.section.id, page), es.evidenceTopic(topic.section.id, page)] as [string, string],
			),
		),
		...guide.claims.map((claim) => [claim.url, es.claim(claim.id)] as [string, string]),
		...articles.map((article) => [article.english.url, article.url] as [string, string]),
		...kits.map((kit) => [urls.kit(kit.id), kit.url] as [string, string]),
		// The references (same sources, same pages, same anchors), for clinics and the aftercare feed.
		[urls.references(), es.references()],
		...Array.from(
			{ length: Math.ceil(guide.references.length / referencePageSize) },
			(_, index) => [urls.referenceDetails(index + 1), es.referenceDetails(index + 1)] as [string, string],
		),
		[urls.forClinics(), es.forClinics()],
		[urls.aftercareFeed(), es.aftercareFeed()],
	];
	const toSpanish = new Map(pairs);
	const toEnglish = new Map(pairs.map(([en, es]) => [es, en]));
	// An old address (content/redirects.yaml) leads where its redirect leads.
	const moved = new Map(redirects.map(({ from, to }) => [from, to]));
	const localPath = (englishPath: string) => {
		const [written, fragment] = englishPath.split('#');
		const path = moved.get(written!) ?? written;
		const spanish = toSpanish.get(path!);
		return spanish ? `${spanish}${fragment ? `#${fragment}` : ''}` : englishPath;
	};

	// Links written in Spanish bodies lead to pages that exist (English addresses, mapped at render time).
	const live = new Set([
		...(fixedRoutes ?? []),
		...moved.keys(),
		...pairs.map(([en]) => en),
		...guide.articles.map((article) => article.url),
		...guide.kits.map((kit) => kit.url),
	]);
	for (const translation of fixedRoutes ? raw.articles : []) {
		const bodyLine = translation.text.slice(0, translation.text.length - translation.body.length).split('\n').length - 1;
		for (const link of internalLinks(translation.body)) {
			const path = link.path.split(/[#?]/)[0]!;
			if (/\.(json|xml|txt|svg|png)$/.test(path) || live.has(path) || path.startsWith('/references/')) continue;
			problems.push({
				file: `${translation.filePath}:${bodyLine + link.line}`,
				field: '(link)',
				message: `the link to ${link.path} leads to no page of the guide.`,
				fix: 'link to the English address of an existing page (e.g. /uses/body-fat/); the build maps it to the Spanish page.',
			});
		}
	}

	// The status of every page (the translation status page).
	const status: StatusRow[] = [
		...guide.articles.map((english) => statusRow('article', english.data.title, english.url, articleById.get(english.id))),
		...guide.kits.map((english) =>
			statusRow(
				'kit',
				english.data.title,
				english.url,
				kits.find((kit) => kit.id === english.id),
			),
		),
	];

	const statements = new Map<string, string>();
	for (const article of articles) for (const [id, words] of Object.entries(article.data.claims)) statements.set(id, words);
	const frequencies = new Map(articles.flatMap((article) => Object.entries(article.data.howOften)));

	const edition: Edition = {
		lang: 'es',
		articles,
		article: (id) => articleById.get(id),
		statement: (id) => statements.get(id),
		howOften: (id) => frequencies.get(id),
		term: (id) => termById.get(id),
		kits,
		kit: (id) => kits.find((kit) => kit.id === id),
		kitCommon: raw.kitCommon?.data,
		symptom: (id) => raw.symptoms.find((entry) => entry.id === id)?.data,
		product: (id) => raw.products.find((entry) => entry.id === id)?.data,
		cost: (id) => raw.costs.find((entry) => entry.id === id)?.data,
		status,
		localPath,
		pages: pairs.map(([, spanish]) => spanish),
		pairOf: (path) => {
			const [bare, fragment] = path.split('#');
			const suffix = fragment ? `#${fragment}` : '';
			if (toEnglish.has(bare!)) return { es: path, en: `${toEnglish.get(bare!)}${suffix}` };
			if (toSpanish.has(bare!)) return { en: path, es: `${toSpanish.get(bare!)}${suffix}` };
			return bare!.startsWith('/es/') ? { es: path } : { en: path };
		},
	};
	return { edition, problems, warnings };
}

/** The numbers in a text (digits, with their separators), in order: they must survive translation unchanged. */
export const numbersIn = (text: string) => [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((match) => match[0].replace(/[.,]/g, ''));

/** `changes:` names versions the English page has, and words every English summary up to translatedFrom.version. */
function changeProblems(file: string, english: GuideArticle, data: ArticleTranslationData): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const written = english.data.changes;
	const versions = written.map((change) => change.version);
	for (const version of Object.keys(data.changes).map(Number)) {
		if (versions.includes(version)) continue;
		problems.push({
			file,
			field: `changes.${version}`,
			message: written.length
				? `the English page ${english.url} has no version ${version} in its changes log (its versions: ${versions.join(', ')}).`
				: `the English page ${english.url} keeps no changes log, so there is no summary to translate (its version 1 is summarised by the interface string changes.firstVersion).`,
			fix: written.length ? `remove changes.${version}, or use one of the English versions: ${versions.join(', ')}.` : 'remove changes.',
		});
	}
	for (const change of written) {
		if (change.version > data.translatedFrom.version || data.changes[String(change.version)]) continue;
		problems.push({
			file,
			field: `changes.${change.version}`,
			message: `the English page's version ${change.version} has a change summary ("${change.summary}"), but the translation gives no Spanish words for it.`,
			fix: `add under changes: ${change.version}: "<the summary in Spanish>".`,
		});
	}
	return problems;
}

/** `howOften:` words each English risk frequency of the article, with the same numbers, and nothing else. */
function howOftenProblems(file: string, english: GuideArticle, data: ArticleTranslationData): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const frequencyOf = (claim: GuideClaim) => (claim.status === 'evidence-backed' ? claim.frequency?.text : undefined);
	const counted = english.claims.filter((claim) => frequencyOf(claim));
	for (const claim of counted) {
		const words = data.howOften[claim.id];
		const frequency = frequencyOf(claim)!;
		if (!words) {
			problems.push({
				file,
				field: `howOften.${claim.id}`,
				message: `the English claim ${claim.id} says how often it happens ("${frequency}"), but the translation gives no Spanish words for it.`,
				fix: `add under howOften: ${claim.id}: "<the same frequency in Spanish, with the same numbers>".`,
			});
		} else if (numbersIn(words).join(' ') !== numbersIn(frequency).join(' ')) {
			problems.push({
				file,
				field: `howOften.${claim.id}`,
				message: `the numbers differ from the English frequency: English "${frequency}" (${numbersIn(frequency).join(', ')}), translation "${words}" (${numbersIn(words).join(', ') || 'none'}).`,
				fix: 'write the same numbers, in the same order, as the English frequency.',
			});
		}
	}
	for (const id of Object.keys(data.howOften).filter((id) => !counted.some((claim) => claim.id === id))) {
		problems.push({
			file,
			field: `howOften.${id}`,
			message: `the English article ${english.id} declares no claim ${id} with a frequency.`,
			fix: `remove it${counted.length ? `, or use one of: ${counted.map((claim) => claim.id).join(', ')}` : ''}.`,
		});
	}
	return problems;
}

/** A page's change log in a language: the translation's words for the versions it covers, else the English ones. */
export function changesIn(
	english: GuideArticle,
	translation: EditionArticle | undefined,
	firstVersion: string,
): { version: number; date: Date; summary: string; english: boolean }[] {
	return english.changes.map((change) => {
		if (!translation) return { ...change, english: true };
		if (english.data.changes.length === 0) return { ...change, summary: firstVersion, english: false };
		const words = translation.data.changes[String(change.version)];
		return words ? { ...change, summary: words, english: false } : { ...change, english: true };
	});
}

/** A claim's statement on a page in a language: the Spanish words when translated, else the English ones. */
export function statementIn(claim: GuideClaim, edition: Edition | undefined): { text: string; translated: boolean } {
	const words = edition?.statement(claim.id);
	return words ? { text: words, translated: true } : { text: claim.statement, translated: !edition };
}
