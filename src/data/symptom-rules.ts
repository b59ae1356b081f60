/**
 * Symptoms are declared once (content/symptoms/<id>.yaml) with their care level; care cards list them by id.
 * This module resolves them and enforces the rules that keep every page agreeing on how urgent a symptom is:
 *
 * - a `<CareCard>` names a known level and lists symptoms by id, as plain strings;
 * - every id is a symptom, and the card's level is the symptom's own level;
 * - a symptom's `explainedIn` article, `claims` (evidence-backed) and `sources` exist;
 * - every help route's sources (src/data/help-routes.ts) exist, once the guide has symptoms (the worried page and
 *   the care cards show the routes; a fixture site without symptoms need not carry their references).
 *
 * Called from src/data/validate.ts; adds its problems to the build's list. Pure: no Astro imports.
 */
import type { GuideArticle, GuideClaim, GuideReference } from './model.ts';
import { symptomLevels, symptomTimes, type SymptomData, type SymptomLevel } from '../schemas/symptom.ts';
import { places, placesEs } from './help-routes.ts';
import { contentDir as defaultContentDir } from '../config.ts';
import type { ContentProblem } from '../utils/errors.ts';
import { closest } from '../utils/suggest.ts';

export interface RawSymptom {
	id: string;
	filePath: string;
	data: SymptomData;
}

/** A symptom, resolved: its article, claims and references, and the pages whose care cards list it. */
export type GuideSymptom = SymptomData & {
	id: string;
	filePath: string;
	/** The article that explains it. */
	article: GuideArticle;
	/** The claims behind it, resolved. */
	evidence: GuideClaim[];
	references: GuideReference[];
	/** Articles whose care cards list it, in site order. */
	listedOn: GuideArticle[];
};

/** One `<CareCard>` as written in an MDX source. */
export interface CareCardTag {
	line: number;
	tag: string;
	level?: string;
	/** The ids in `symptoms={["a", "b"]}`; undefined when the prop is missing or not a plain list of strings. */
	symptoms?: string[];
}

/** Every `<CareCard …>` in an MDX source (fenced code ignored), with its level and symptom ids. */
export function findCareCards(text: string): CareCardTag[] {
	const visible = text.replace(/^(```|~~~)[\s\S]*?^\1/gm, (block) => block.replace(/[^\n]/g, ' '));
	const cards: CareCardTag[] = [];
	for (const match of visible.matchAll(/<CareCard\b[^>]*>/g)) {
		const line = visible.slice(0, match.index).split('\n').length;
		const level = /\blevel\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(match[0]);
		const list = /\bsymptoms\s*=\s*\{\s*\[([^\]]*)\]\s*\}/.exec(match[0]);
		const items = list?.[1]
			.split(',')
			.map((item) => item.trim())
			.filter(Boolean);
		const ids = items?.map((item) => /^(?:"([^"]*)"|'([^']*)')$/.exec(item)).map((m) => (m ? (m[1] ?? m[2]) : undefined));
		cards.push({
			line,
			tag: match[0].replace(/\s+/g, ' '),
			level: level ? (level[1] ?? level[2]) : undefined,
			symptoms: ids?.every((id) => id !== undefined) ? (ids as string[]) : undefined,
		});
	}
	return cards;
}

export interface SymptomInput {
	symptoms: RawSymptom[];
	/** Articles in site order. */
	articles: GuideArticle[];
	/** The MDX source of an article. */
	sourceOf: (article: GuideArticle) => string;
	article: (id: string) => GuideArticle | undefined;
	claim: (id: string) => GuideClaim | undefined;
	reference: (id: string) => GuideReference | undefined;
	/** The content folder, for paths in messages; GUIDE_CONTENT_DIR or ./content unless given. */
	contentDir?: string;
}

const example = '<CareCard level="urgent" symptoms={["red-tender-lump", "pus-or-leaking-lump"]} />';

/** Resolves the symptoms and checks them and every care card; problems are appended to `problems`. */
export function resolveSymptoms(input: SymptomInput, problems: ContentProblem[]): GuideSymptom[] {
	const contentDir = input.contentDir ?? defaultContentDir;
	const symptomFile = (id: string) => `${contentDir}/symptoms/${id}.yaml`;
	const resolved = new Map<string, GuideSymptom>();
	const timeOrder = (symptom: SymptomData) => symptomTimes.indexOf(symptom.when.after);
	const levelOrder = (symptom: SymptomData) => symptomLevels.indexOf(symptom.level);

	for (const raw of input.symptoms) {
		const article = input.article(raw.data.explainedIn.replace(/^\/|\/$/g, ''));
		if (!article) {
			problems.push({
				file: raw.filePath,
				field: 'explainedIn',
				message: `"${raw.data.explainedIn}" is not an article.`,
				fix: 'name the article that explains this symptom as <section>/<slug>, e.g. side-effects/lumps-and-nodules.',
			});
		}
		const evidence: GuideClaim[] = [];
		raw.data.claims.forEach((claimId, index) => {
			const claim = input.claim(claimId);
			if (!claim) {
				problems.push({
					file: raw.filePath,
					field: `claims[${index}]`,
					message: `"${claimId}" is not a claim any article declares.`,
					fix: 'list the id of a declared evidence-backed claim (see /claims.json), or cite a reference in sources instead.',
				});
			} else if (claim.status !== 'evidence-backed') {
				problems.push({
					file: raw.filePath,
					field: `claims[${index}]`,
					message: `"${claimId}" is unproven, so it cannot stand behind a symptom's advice.`,
					fix: 'list evidence-backed claims only, or cite the reference that states the advice in sources.',
				});
			} else evidence.push(claim);
		});
		const references: GuideReference[] = [];
		raw.data.sources.forEach((key, index) => {
			const reference = input.reference(key);
			if (!reference) {
				problems.push({
					file: raw.filePath,
					field: `sources[${index}]`,
					message: `"${key}" is not a reference: there is no ${contentDir}/references/${key}.yaml.`,
					fix: `correct the key, or add the source with \`npm run add-reference -- ${key}\` if ../shared/evidence/sources.yaml has it.`,
				});
			} else references.push(reference);
		});
		if (article) resolved.set(raw.id, { ...raw.data, id: raw.id, filePath: raw.filePath, article, evidence, references, listedOn: [] });
	}
	const known = new Set(input.symptoms.map((symptom) => symptom.id));
	const levelOf = new Map(input.symptoms.map((symptom) => [symptom.id, symptom.data.level]));

	for (const article of input.articles) {
		for (const card of findCareCards(input.sourceOf(article))) {
			const file = `${article.filePath}:${card.line}`;
			if (card.level === undefined || !(symptomLevels as readonly string[]).includes(card.level)) {
				problems.push({
					file,
					field: '<CareCard level>',
					message:
						card.level === undefined ? `${card.tag} has no level written as a plain string.` : `"${card.level}" is not a care level.`,
					fix: `use one of: ${symptomLevels.join(', ')}, e.g. ${example}.`,
				});
			}
			if (card.symptoms === undefined || card.symptoms.length === 0) {
				problems.push({
					file,
					field: '<CareCard symptoms>',
					message: `${card.tag} lists no symptoms as a plain list of ids.`,
					fix: `list the symptoms by id, e.g. ${example}. Each symptom is declared once in ${contentDir}/symptoms/<id>.yaml.`,
				});
				continue;
			}
			card.symptoms.forEach((id, index) => {
				const field = `<CareCard symptoms>[${index}]`;
				const level = levelOf.get(id);
				if (level === undefined) {
					const hint = closest(id, [...known]);
					problems.push({
						file,
						field,
						message: `"${id}" is not a symptom: there is no ${symptomFile(id)}.`,
						fix: hint
							? `did you mean "${hint}"? Otherwise declare the symptom in ${symptomFile(id)} (noticed, when, level, whatToDo, explainedIn, claims or sources).`
							: `declare the symptom in ${symptomFile(id)} (noticed, when, level, whatToDo, explainedIn, claims or sources), or correct the id.`,
					});
					return;
				}
				if (card.level !== undefined && level !== card.level && (symptomLevels as readonly string[]).includes(card.level)) {
					problems.push({
						file,
						field,
						message: `"${id}" is declared at level "${level}" in ${symptomFile(id)}, but this card is "${card.level}".`,
						fix: `move it to <CareCard level="${level}">. If the advice itself has changed, change level in ${symptomFile(id)}, and every page follows.`,
					});
				}
				const symptom = resolved.get(id);
				if (symptom && !symptom.listedOn.includes(article)) symptom.listedOn.push(article);
			});
		}
	}

	for (const place of input.symptoms.length ? [...places, ...placesEs] : []) {
		for (const kind of ['emergency', 'urgent', 'report'] as const) {
			place[kind].sources.forEach((key, index) => {
				if (input.reference(key)) return;
				problems.push({
					file: 'src/data/help-routes.ts',
					field: `${place.id}.${kind}.sources[${index}]`,
					message: `"${key}" is not a reference: there is no ${contentDir}/references/${key}.yaml.`,
					fix: `add the source with \`npm run add-reference -- ${key}\`, or remove the route: never name a number or a service without a source.`,
				});
			});
		}
	}

	return [...resolved.values()].sort((a, b) => levelOrder(a) - levelOrder(b) || timeOrder(a) - timeOrder(b) || a.id.localeCompare(b.id));
}

/** The ids a care card may list at a level: for error hints and the component. */
export const isSymptomLevel = (value: unknown): value is SymptomLevel =>
	typeof value === 'string' && (symptomLevels as readonly string[]).includes(value);
