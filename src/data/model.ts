/**
 * The guide's content model, resolved: articles with their claims, claims with their sources and the articles
 * that show them, references with the claims that cite them. Built once by `src/data/guide.ts` and read by
 * every page; nothing else computes these links.
 */
import type { ArticleData } from '../schemas/article.ts';
import type { ClaimData, Status } from '../schemas/claim.ts';
import type { ReferenceData } from '../schemas/reference.ts';
import type { GlossaryData } from '../schemas/glossary.ts';
import type { KitData } from '../schemas/kit.ts';
import type { Section, SectionId } from '../config.ts';
import type { Catalogue, GuideProduct } from './catalogue.ts';
import type { GuideSymptom } from './symptom-rules.ts';

export interface GuideReference {
	/** The key: the file name in content/references/ and in ../shared/evidence/sources.yaml. */
	id: string;
	filePath: string;
	data: ReferenceData;
	/** Claims that cite it, in site order. */
	citedBy: GuideClaim[];
}

export type GuideClaim = ClaimData & {
	/** Id of the article that declares the claim. */
	ownerId: string;
	/** The section of that article: the claim's topic on the evidence pages. */
	section: SectionId;
	url: string;
	/** The claim's sources, resolved, in the order the claim lists them. */
	references: GuideReference[];
	/** Articles that show the claim, the owner first. */
	shownIn: GuideArticle[];
};

export interface GuideArticle {
	/** "<section>/<slug>" */
	id: string;
	section: SectionId;
	slug: string;
	url: string;
	filePath: string;
	data: ArticleData;
	/** Claims the article declares, in frontmatter order. */
	claims: GuideClaim[];
	/** Claims the body shows with <Claim id>, in order of first appearance (declared here or elsewhere). */
	shownClaims: GuideClaim[];
	/** Numbered reference list: the sources of the shown claims, by first citation. */
	references: GuideReference[];
	related: GuideArticle[];
	/** The page's versions, newest first (a page without a changes log is version 1 of lastReviewed). */
	changes: { version: number; date: Date; summary: string }[];
	/** The current version: the highest in changes. */
	version: number;
	/** True when nextReview has passed: readers see a notice and the build warns. */
	reviewOverdue: boolean;
}

/** A glossary entry: a medical word and its plain definition. */
export type GuideTerm = GlossaryData & { id: string; url: string };

/** A consultation kit for one goal; its evidence is the claims of its uses article. */
export interface GuideKit {
	id: string;
	data: KitData;
	article: GuideArticle;
	/** The claims shown as the evidence for the goal, evidence-backed first. */
	claims: GuideClaim[];
	url: string;
	/** nextReview has passed: the kit still builds, the build warns and the kit shows readers a notice. */
	reviewOverdue: boolean;
}

/** What every consultation kit shares. */
export interface KitCommon {
	questions: string[];
	worryingAnswers: string[];
}

/** The claims of one section (topic), as the evidence pages list them. */
export interface GuideTopic {
	section: Section;
	url: string;
	/** Evidence-backed first, then unproven; site order within each. */
	claims: GuideClaim[];
	/** How many claims carry each label. */
	count: Record<Status, number>;
	/** Where each label's claims begin: the topic page holding the first of them, at the label's heading. */
	starts: Record<Status, string>;
}

export interface Guide extends Catalogue {
	/** Sections that have claims, in navigation order. */
	topics: GuideTopic[];
	/** Consultation kits, in order. */
	kits: GuideKit[];
	kitCommon: KitCommon;
	/** Symptoms, most urgent first, then by time since treatment. */
	symptoms: GuideSymptom[];
	articles: GuideArticle[];
	claims: GuideClaim[];
	references: GuideReference[];
	/** Glossary entries, alphabetical. */
	terms: GuideTerm[];
	term(id: string): GuideTerm | undefined;
	product(id: string): GuideProduct | undefined;
	article(id: string): GuideArticle | undefined;
	claim(id: string): GuideClaim | undefined;
	reference(id: string): GuideReference | undefined;
}
