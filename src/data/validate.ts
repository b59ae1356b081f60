/**
 * Resolves the content into a Guide and enforces the rules zod cannot see, because they span files:
 * unique claim ids, existing sources, existing <Claim id> targets, every declared claim shown, sections
 * matching folders, existing related articles. All problems are collected and thrown together as one
 * GuideContentError, so an author fixes them in one pass and the build never half-succeeds.
 *
 * Pure: no Astro imports, so unit tests call it directly.
 */
import type { ArticleData } from '../schemas/article.ts';
import type { ReferenceData } from '../schemas/reference.ts';
import type { GlossaryData } from '../schemas/glossary.ts';
import type { KitData } from '../schemas/kit.ts';
import type { Guide, GuideArticle, GuideClaim, GuideKit, GuideReference, GuideTerm, GuideTopic, KitCommon } from './model.ts';
import { sectionIds, sections, type SectionId } from './sections.ts';
import { urls } from '../utils/urls.ts';
import { contentDir } from '../utils/content-dir.ts';
import { type ContentProblem, GuideContentError } from '../utils/errors.ts';
import { evidenceRuleProblems } from './certainty-rules.ts';

export interface RawArticle {
	id: string;
	filePath: string;
	data: ArticleData;
	/** The whole source file, frontmatter included (for line numbers). */
	text: string;
}

export interface RawTerm {
	id: string;
	data: GlossaryData;
}

export interface RawReference {
	id: string;
	filePath: string;
	data: ReferenceData;
}

/** Every `<Name …>` tag (e.g. Claim, Term) in an MDX source, with its line and literal id (undefined when not a plain string). */
export function findTags(text: string, name: string): { line: number; id?: string; tag: string }[] {
	// Blank out fenced code so an example of the syntax is not taken for a use; keep line numbers.
	const visible = text.replace(/^(```|~~~)[\s\S]*?^\1/gm, (block) => block.replace(/[^\n]/g, ' '));
	const tags: { line: number; id?: string; tag: string }[] = [];
	for (const match of visible.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))) {
		const line = visible.slice(0, match.index).split('\n').length;
		const id = /\bid\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(match[0]);
		tags.push({ line, tag: match[0], id: id ? (id[1] ?? id[2]) : undefined });
	}
	return tags;
}

const sectionOrder = (section: SectionId) => sectionIds.indexOf(section);

export interface RawKit {
	id: string;
	filePath: string;
	data: KitData;
}

export interface GuideInput {
	articles: RawArticle[];
	references: RawReference[];
	terms?: RawTerm[];
	kits?: RawKit[];
	kitCommon?: KitCommon;
	/** The day review dates are judged against. */
	today?: Date;
}

export function buildGuide({
	articles: rawArticles,
	references: rawReferences,
	terms: rawTerms = [],
	kits: rawKits = [],
	kitCommon = { questions: [], worryingAnswers: [] },
	today = new Date(),
}: GuideInput): Guide {
	const problems: ContentProblem[] = [];
	const terms = rawTerms
		.map((raw): GuideTerm => ({ id: raw.id, ...raw.data, url: urls.term(raw.id) }))
		.sort((a, b) => a.term.localeCompare(b.term));
	const termById = new Map(terms.map((term) => [term.id, term]));

	const references = rawReferences
		.map((raw): GuideReference => ({ id: raw.id, filePath: raw.filePath, data: raw.data, citedBy: [] }))
		.sort((a, b) => a.id.localeCompare(b.id));
	const referenceById = new Map(references.map((reference) => [reference.id, reference]));

	const sources = new Map<GuideArticle, string>();
	const articles = rawArticles
		.map((raw): GuideArticle => {
			const slash = raw.id.lastIndexOf('/');
			const folder = slash === -1 ? '' : raw.id.slice(0, slash);
			if (folder !== raw.data.section) {
				problems.push({
					file: raw.filePath,
					field: 'section',
					message: `section is "${raw.data.section}" but the file is in the folder "${folder || '(none)'}".`,
					fix: `move the file to ${contentDir}/articles/${raw.data.section}/ or set section: ${folder || '<section>'}.`,
				});
			}
			const slug = slash === -1 ? raw.id : raw.id.slice(slash + 1);
			const id = `${raw.data.section}/${slug}`;
			const article: GuideArticle = {
				id,
				section: raw.data.section,
				slug,
				url: urls.article(id),
				filePath: raw.filePath,
				data: raw.data,
				claims: [],
				shownClaims: [],
				references: [],
				related: [],
				reviewOverdue: raw.data.nextReview.getTime() < today.getTime(),
				changes: changesOf(raw.data),
				version: 0,
			};
			article.version = article.changes[0].version;
			if (raw.data.section === 'aftercare' && raw.data.changes.length === 0) {
				problems.push({
					file: raw.filePath,
					field: 'changes',
					message: 'aftercare pages are printed as versioned handouts, so they need a changes log.',
					fix: 'add changes: [{ version: 1, date: 2026-11-21, summary: First version. }] and a new entry whenever the advice changes.',
				});
			}
			sources.set(article, raw.text);
			return article;
		})
		.sort(
			(a, b) =>
				sectionOrder(a.section) - sectionOrder(b.section) ||
				a.data.order - b.data.order ||
				a.data.title.localeCompare(b.data.title),
		);
	const articleById = new Map(articles.map((article) => [article.id, article]));

	// Claims: declared once, sources resolved.
	const claimById = new Map<string, GuideClaim>();
	const declaredAt = new Map<string, string>();
	for (const article of articles) {
		article.data.claims.forEach((data, index) => {
			const field = `claims[${index}]`;
			const previous = declaredAt.get(data.id);
			if (previous) {
				problems.push({
					file: article.filePath,
					field: `${field}.id`,
					message: `the claim id "${data.id}" is already declared in ${previous}.`,
					fix: `declare each claim once: give this claim another id, or remove it here and show the existing one with <Claim id="${data.id}" />.`,
				});
				return;
			}
			declaredAt.set(data.id, `${article.filePath} (${field})`);
			const claim: GuideClaim = {
				...data,
				ownerId: article.id,
				section: article.section,
				url: urls.claim(data.id),
				references: [],
				shownIn: [],
			};
			data.sources.forEach((key, sourceIndex) => {
				const reference = referenceById.get(key);
				if (!reference) {
					problems.push({
						file: article.filePath,
						field: `${field}.sources[${sourceIndex}]`,
						message: `"${key}" is not a reference: there is no ${contentDir}/references/${key}.yaml.`,
						fix: `correct the key, or add the source with \`npm run add-reference -- ${key}\` if ../shared/evidence/sources.yaml has it.`,
					});
					return;
				}
				claim.references.push(reference);
				reference.citedBy.push(claim);
			});
			article.claims.push(claim);
			claimById.set(claim.id, claim);
		});
	}

	// Bodies: every <Claim id> resolves; every declared claim is shown by its owner.
	for (const article of articles) {
		const shown = new Set<string>();
		for (const tag of findTags(sources.get(article) ?? '', 'Claim')) {
			if (tag.id === undefined) {
				problems.push({
					file: `${article.filePath}:${tag.line}`,
					field: '<Claim>',
					message: `${tag.tag} has no id written as a plain string.`,
					fix: 'write the id in quotes, e.g. <Claim id="hyaluronic-acid-hydration" />.',
				});
				continue;
			}
			const claim = claimById.get(tag.id);
			if (!claim) {
				const hint = closest(tag.id, [...claimById.keys()]);
				problems.push({
					file: `${article.filePath}:${tag.line}`,
					field: '<Claim id>',
					message: `<Claim id="${tag.id}" /> refers to a claim that no article declares.`,
					fix: hint
						? `did you mean "${hint}"? Otherwise declare the claim in the claims list of the article it belongs to.`
						: 'declare the claim in the claims list of the article it belongs to, or correct the id.',
				});
				continue;
			}
			if (shown.has(claim.id)) continue;
			shown.add(claim.id);
			article.shownClaims.push(claim);
		}
		for (const tag of findTags(sources.get(article) ?? '', 'Term')) {
			if (tag.id !== undefined && termById.has(tag.id)) continue;
			const hint = tag.id === undefined ? undefined : closest(tag.id, [...termById.keys()]);
			problems.push({
				file: `${article.filePath}:${tag.line}`,
				field: '<Term id>',
				message: tag.id === undefined ? `${tag.tag} has no id written as a plain string.` : `<Term id="${tag.id}"> is not in the glossary.`,
				fix: hint
					? `did you mean "${hint}"? Otherwise add the term to ${contentDir}/glossary/.`
					: `add the term to ${contentDir}/glossary/<id>.yaml (term, definition), or correct the id.`,
			});
		}
		article.claims.forEach((claim, index) => {
			if (!shown.has(claim.id)) {
				problems.push({
					file: article.filePath,
					field: `claims[${index}]`,
					message: `the claim "${claim.id}" is declared but never shown in the article.`,
					fix: `add <Claim id="${claim.id}" /> where the body discusses it, or remove the claim.`,
				});
			}
		});
		article.data.related.forEach((relatedId, index) => {
			const related = articleById.get(relatedId.replace(/^\/|\/$/g, ''));
			if (!related) {
				problems.push({
					file: article.filePath,
					field: `related[${index}]`,
					message: `"${relatedId}" is not an article.`,
					fix: 'write the id of an existing article as <section>/<slug>, e.g. procedure/how-a-session-goes.',
				});
			} else article.related.push(related);
		});
	}

	const kits = rawKits
		.map((raw): GuideKit | undefined => {
			const article = articleById.get(raw.data.uses);
			if (!article) {
				problems.push({
					file: raw.filePath,
					field: 'uses',
					message: `"${raw.data.uses}" is not an article.`,
					fix: 'name the uses article whose claims are the evidence for this goal, e.g. uses/hair-loss.',
				});
				return undefined;
			}
			const chosen = (raw.data.claims ?? article.shownClaims.map((claim) => claim.id)).flatMap((claimId, index) => {
				const claim = claimById.get(claimId);
				if (!claim) {
					problems.push({
						file: raw.filePath,
						field: `claims[${index}]`,
						message: `"${claimId}" is not a claim any article declares.`,
						fix: 'list ids of declared claims (see /claims.json), or leave claims out to show every claim of the uses article.',
					});
				}
				return claim ? [claim] : [];
			});
			const claims = [...chosen].sort((a, b) => Number(b.status === 'evidence-backed') - Number(a.status === 'evidence-backed'));
			return { id: raw.id, data: raw.data, article, claims, url: urls.kit(raw.id) };
		})
		.filter((kit): kit is GuideKit => kit !== undefined)
		.sort((a, b) => a.data.order - b.data.order);

	problems.push(...evidenceRuleProblems(articles, (id) => claimById.get(id)));
	if (problems.length) throw new GuideContentError(problems);

	// Owners first in shownIn, then the other articles in site order; numbered references per article.
	for (const article of articles) {
		for (const claim of article.shownClaims) {
			if (claim.ownerId === article.id) claim.shownIn.unshift(article);
			else claim.shownIn.push(article);
		}
		const seen = new Set<string>();
		for (const claim of article.shownClaims) {
			for (const reference of claim.references) {
				if (!seen.has(reference.id)) {
					seen.add(reference.id);
					article.references.push(reference);
				}
			}
		}
	}

	const claims = articles.flatMap((article) => article.claims);
	return {
		topics: topicsOf(claims),
		articles,
		claims,
		references,
		terms,
		kits,
		kitCommon,
		article: (id) => articleById.get(id),
		term: (id) => termById.get(id),
		claim: (id) => claimById.get(id),
		reference: (id) => referenceById.get(id),
	};
}

/** The versions of a page, newest first; version 1 of lastReviewed when the page keeps no log. */
function changesOf(data: ArticleData): GuideArticle['changes'] {
	if (data.changes.length === 0) return [{ version: 1, date: data.lastReviewed, summary: 'First version of this page.' }];
	return [...data.changes].sort((a, b) => b.version - a.version);
}

/** The known id closest to a mistyped one, when it is close enough to be a likely typo. */
function closest(id: string, known: string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Math.max(3, Math.floor(id.length / 4)) + 1;
	for (const candidate of known) {
		const distance = editDistance(id, candidate);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length];
}

/** Claims per evidence topic page: topics paginate, so no evidence page grows with the size of the guide. */
export const topicPageSize = 50;

/** The claims grouped by their article's section, evidence-backed first: the evidence pages' topics. */
function topicsOf(claims: GuideClaim[]): GuideTopic[] {
	return sectionIds
		.map((id) => {
			const backed = claims.filter((claim) => claim.section === id && claim.status === 'evidence-backed');
			const unproven = claims.filter((claim) => claim.section === id && claim.status === 'unproven');
			return {
				section: sections[id],
				url: urls.evidenceTopic(id),
				claims: [...backed, ...unproven],
				count: { 'evidence-backed': backed.length, unproven: unproven.length },
				starts: {
					'evidence-backed': `${urls.evidenceTopic(id)}#evidence-backed`,
					unproven: `${urls.evidenceTopic(id, Math.floor(backed.length / topicPageSize) + 1)}#unproven`,
				},
			};
		})
		.filter((topic) => topic.claims.length > 0);
}
