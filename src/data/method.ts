/**
 * The evidence method's vocabulary, declared once: what each label, certainty level and reason means, and
 * the words readers see. Every label on the site (claim labels, claim pages, lists, the chart, the exports,
 * the search filters and the evidence method page) comes from `labelOf` here.
 *
 * A label is derived from the claim's kind (benefit, risk, fact), its status (evidence-backed, unproven), its
 * reason (why unproven) and, for a benefit, its certainty; never typed by an author.
 */
import type { Certainty, ClaimData, Kind, Reason, Status } from '../schemas/claim.ts';
import type { StudyType } from '../schemas/reference.ts';
import { withoutNotes } from '../utils/source-links.ts';

export const certaintyInfo: Record<Certainty, { label: string; verb: string; meaning: string }> = {
	high: {
		label: 'high certainty',
		verb: '“is” or “does”',
		meaning: 'We are confident in the finding. New studies are very unlikely to change it.',
	},
	moderate: {
		label: 'moderate certainty',
		verb: '“probably”',
		meaning: 'The finding is probably right, but new studies could change it.',
	},
	low: {
		label: 'low certainty',
		verb: '“may”',
		meaning: 'The finding may be right. Better studies could well change it.',
	},
};

export const reasonInfo: Record<Reason, { label: string; meaning: string }> = {
	'no-trials': {
		label: 'No trials',
		meaning: 'No controlled study has tested it. It rests on opinion, theory or marketing.',
	},
	'weak-studies': {
		label: 'Weak studies',
		meaning: 'The only studies are small, had no comparison group, or were run in ways that make their results hard to trust.',
	},
	conflicting: {
		label: 'Conflicting results',
		meaning: 'Some studies found an effect and others did not.',
	},
	'negative-trials': {
		label: 'Trials found no benefit',
		meaning: 'Controlled trials tested it and did not find the promised benefit.',
	},
	contradicted: {
		label: 'Contradicted by the evidence',
		meaning: 'The evidence points the other way, or the claim gets a basic fact wrong.',
	},
};

export const kindInfo: Record<Kind, { label: string; meaning: string }> = {
	benefit: {
		label: 'Benefit',
		meaning: 'A treatment does something good for you, including “it is safe”.',
	},
	risk: {
		label: 'Risk',
		meaning: 'A treatment can cause harm.',
	},
	fact: {
		label: 'Fact',
		meaning: 'What something is, how it is done, what the rules say, or what the research contains.',
	},
};

/**
 * The label groups, in the order readers meet them. The id is stable: it is used in URLs (search filters),
 * in /claims.json and in CSS, so never rename one.
 */
export const labelIds = ['helps', 'known-risk', 'sourced-fact', 'not-true', 'does-not-work', 'not-shown'] as const;
export type LabelId = (typeof labelIds)[number];

/** How a label is coloured (`data-tone` in CSS). The benefit tone is only ever given to an evidence-backed benefit. */
export type Tone = 'benefit' | 'risk' | 'fact' | 'false' | 'unknown';

export const labelGroups: Record<LabelId, { text: string; mark: string; tone: Tone; meaning: string }> = {
	helps: {
		text: 'Shown to help',
		mark: '✓',
		tone: 'benefit',
		meaning:
			'At least one controlled trial or systematic review found this benefit for the specific ingredient and use. The certainty says how sure we are.',
	},
	'known-risk': {
		text: 'Known risk',
		mark: '⚠\uFE0E',
		tone: 'risk',
		meaning:
			'This harm has been documented. “How we know” names the strongest kind of source that reports it, and “how often” says how many people it happens to, where a source counts it.',
	},
	'sourced-fact': {
		text: 'Sourced fact',
		mark: 'ℹ\uFE0E',
		tone: 'fact',
		meaning:
			'A plain fact (what something is, how it is done, what the rules say or what the research contains), checked against the sources listed. It is not a verdict on whether a treatment works.',
	},
	'not-true': {
		text: 'Not true',
		mark: '✗',
		tone: 'false',
		meaning: 'The evidence shows this is false: it points the other way, or the claim gets a basic fact wrong.',
	},
	'does-not-work': {
		text: 'Trials found it does not work',
		mark: '✗',
		tone: 'false',
		meaning: 'Controlled trials tested this and found it does not work: they did not find the promised effect.',
	},
	'not-shown': {
		text: 'Not shown',
		mark: '?',
		tone: 'unknown',
		meaning: 'Nobody has shown this with good enough studies, so you should not count on it. The label says why.',
	},
};

/** The filter groups for search (`data-pagefind-filter` values are the text; URLs use the id). */
export const labelFilterGroups: { id: LabelId; text: string }[] = labelIds.map((id) => ({ id, text: labelGroups[id].text }));

/** A label group's id from its filter text (and back through labelGroups), e.g. for search URLs. */
export const labelIdOfText = (text: string): LabelId | undefined => labelFilterGroups.find((group) => group.text === text)?.id;

/**
 * "How we know" for a risk: the kinds of evidence, strongest first. Each study type belongs to one; the
 * strongest among a risk's sources is shown.
 */
export const howWeKnowLevels = [
	{
		id: 'systematic-review',
		text: 'systematic review',
		explain: 'a review that pooled all the studies it could find',
		studyTypes: ['meta-analysis', 'systematic-review'],
	},
	{
		id: 'trials',
		text: 'trials',
		explain: 'controlled trials that compared treated people with untreated ones',
		studyTypes: ['rct', 'controlled-trial'],
	},
	{ id: 'cohort', text: 'cohort studies', explain: 'studies that followed groups of patients', studyTypes: ['cohort'] },
	{
		id: 'regulator',
		text: 'regulator',
		explain: 'a regulator’s warning or a public-health investigation',
		studyTypes: ['regulatory', 'outbreak-investigation'],
	},
	{ id: 'case-series', text: 'case series', explain: 'doctors’ reports on a few patients', studyTypes: ['case-series'] },
	{ id: 'case-reports', text: 'case reports', explain: 'doctors’ reports on single patients', studyTypes: ['case-report'] },
	{
		id: 'expert-reviews',
		text: 'expert reviews',
		explain: 'reviews, guidelines and expert statements',
		studyTypes: ['review', 'guideline', 'consensus'],
	},
	{
		id: 'product-information',
		text: 'product information',
		explain: 'the maker’s or regulator’s product information',
		studyTypes: ['product-information'],
	},
	{
		id: 'reference-pages',
		text: 'reference pages',
		explain: 'reference pages such as drug or medical dictionaries',
		studyTypes: ['reference-page'],
	},
	{ id: 'news', text: 'news reports', explain: 'news reports', studyTypes: ['news-report', 'marketing-page'] },
] as const satisfies readonly { id: string; text: string; explain: string; studyTypes: readonly StudyType[] }[];
export type HowWeKnow = { id: (typeof howWeKnowLevels)[number]['id']; text: string; explain: string };

/** The strongest kind of evidence among some study types; undefined for none. */
export function howWeKnowOf(studyTypes: readonly StudyType[]): HowWeKnow | undefined {
	const level = howWeKnowLevels.find((candidate) => candidate.studyTypes.some((type) => (studyTypes as readonly string[]).includes(type)));
	return level && { id: level.id, text: level.text, explain: level.explain };
}

export const howOftenUnknown = 'how often is not known';

/** What `labelOf` needs: the claim, and (for a risk) its sources' study types and titles. */
export type LabelledClaim = ClaimData & {
	references?: readonly { id: string; data: { studyType: StudyType; title: string } }[];
};

export interface Label {
	/** Stable id of the label group (see labelIds). */
	id: LabelId;
	/** The group's words, e.g. "Known risk" (the search filter value). */
	group: string;
	/** The whole label as shown: e.g. "Shown to help · moderate certainty", "Not shown · weak studies". */
	text: string;
	/** Shown beside the text (aria-hidden); never a tick on anything but an evidence-backed benefit. */
	mark: string;
	tone: Tone;
	/** What screen readers hear: the same words, in a sentence. */
	srText: string;
	/** What the label means, in one or two sentences. */
	meaning: string;
	certainty?: Certainty;
	reason?: Reason;
	/** Risks: the strongest kind of source that documents it, computed from the sources' study types. */
	howWeKnow?: HowWeKnow;
	/** Risks: a natural frequency a cited source states, or "how often is not known" (`lang: 'en'`: English words on another language's page). */
	howOften?: { text: string; source?: string; known: boolean; lang?: 'en' };
	/**
	 * The text in parts: the group's words, then details (e.g. how we know, how often) joined by " · ". `english`:
	 * the end of `text` that is still English on another language's page (to be marked lang="en").
	 */
	parts: { kind: 'group' | 'certainty' | 'reason' | 'how-we-know' | 'how-often' | 'how-often-unknown'; text: string; english?: string }[];
}

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The reader's label for a claim, from its kind, status, reason and certainty. */
export function labelOf(claim: LabelledClaim): Label {
	const kind: Kind = claim.kind ?? 'benefit';
	if (claim.status === 'unproven') {
		const reason = claim.reason;
		if (reason === 'contradicted') {
			const group = labelGroups['not-true'];
			return {
				id: 'not-true',
				group: group.text,
				text: group.text,
				mark: group.mark,
				tone: group.tone,
				srText: 'Not true: the evidence shows this is false.',
				meaning: group.meaning,
				reason,
				parts: [{ kind: 'group', text: group.text }],
			};
		}
		if (reason === 'negative-trials') {
			const group = labelGroups['does-not-work'];
			const text = kind === 'risk' ? 'Trials did not find this harm' : group.text;
			const meaning = kind === 'risk' ? 'Controlled trials looked for this harm and did not find it.' : group.meaning;
			return {
				id: 'does-not-work',
				group: group.text,
				text,
				mark: group.mark,
				tone: group.tone,
				srText: `${text}.`,
				meaning,
				reason,
				parts: [{ kind: 'group', text }],
			};
		}
		const group = labelGroups['not-shown'];
		const why = lower(reasonInfo[reason].label);
		return {
			id: 'not-shown',
			group: group.text,
			text: `${group.text} · ${why}`,
			mark: group.mark,
			tone: group.tone,
			srText: `Not shown, because of ${why}.`,
			meaning: `Nobody has shown this with good enough studies, so you should not count on it. Why: ${lower(reasonInfo[reason].meaning)}`,
			reason,
			parts: [
				{ kind: 'group', text: group.text },
				{ kind: 'reason', text: why },
			],
		};
	}
	if (kind === 'risk') {
		const group = labelGroups['known-risk'];
		const howWeKnow = howWeKnowOf((claim.references ?? []).map((reference) => reference.data.studyType));
		const frequency = claim.frequency;
		const source = frequency && claim.references?.find((reference) => reference.id === frequency.source);
		const howOften = frequency
			? { text: frequency.text, source: source && (withoutNotes(source.data.title) ?? source.id), known: true }
			: { text: howOftenUnknown, known: false };
		const knowWords = `how we know: ${howWeKnow?.text ?? 'documented reports'}`;
		const oftenWords = howOften.known ? `how often: ${howOften.text}` : howOftenUnknown;
		return {
			id: 'known-risk',
			group: group.text,
			text: `${group.text} · ${knowWords} · ${oftenWords}`,
			mark: group.mark,
			tone: group.tone,
			srText: `Known risk; ${knowWords}; ${oftenWords}.`,
			meaning: group.meaning,
			howWeKnow,
			howOften,
			parts: [
				{ kind: 'group', text: group.text },
				{ kind: 'how-we-know', text: knowWords },
				{ kind: howOften.known ? 'how-often' : 'how-often-unknown', text: oftenWords },
			],
		};
	}
	if (kind === 'fact') {
		const group = labelGroups['sourced-fact'];
		return {
			id: 'sourced-fact',
			group: group.text,
			text: group.text,
			mark: group.mark,
			tone: group.tone,
			srText: 'Sourced fact.',
			meaning: group.meaning,
			parts: [{ kind: 'group', text: group.text }],
		};
	}
	const group = labelGroups.helps;
	const certainty = claim.certainty;
	const text = certainty ? `${group.text} · ${certaintyInfo[certainty].label}` : group.text;
	return {
		id: 'helps',
		group: group.text,
		text,
		mark: group.mark,
		tone: group.tone,
		srText: certainty ? `Shown to help, with ${certaintyInfo[certainty].label}.` : 'Shown to help.',
		meaning: group.meaning,
		certainty,
		parts: [
			{ kind: 'group', text: group.text },
			...(certainty ? [{ kind: 'certainty' as const, text: certaintyInfo[certainty].label }] : []),
		],
	};
}

/** The words of a claim's label, e.g. "Shown to help · moderate certainty" or "Not true". */
export const claimLabel = (claim: LabelledClaim): string => labelOf(claim).text;

/** The status words used where a plain status is still named (e.g. the unproven reasons' heading). */
export const statusNames: Record<Status, string> = { 'evidence-backed': 'Evidence-backed', unproven: 'Unproven' };

/**
 * The labels' words in other languages, keyed by the same ids (label groups, certainty, reasons, how we know).
 * The decision (which label, which certainty, which study type) is `labelOf`'s alone; only the words change.
 */
export const labelWords = {
	es: {
		groups: {
			helps: 'Demostrado que ayuda',
			'known-risk': 'Riesgo conocido',
			'sourced-fact': 'Dato con fuente',
			'not-true': 'No es cierto',
			'does-not-work': 'Los ensayos muestran que no funciona',
			'not-shown': 'No demostrado',
		} satisfies Record<LabelId, string>,
		certainty: { high: 'certeza alta', moderate: 'certeza moderada', low: 'certeza baja' } satisfies Record<Certainty, string>,
		certaintyMeaning: {
			high: 'Estamos seguros del resultado. Es muy poco probable que estudios nuevos lo cambien.',
			moderate: 'Probablemente el resultado es correcto, pero estudios nuevos podrían cambiarlo.',
			low: 'Puede que el resultado sea correcto. Estudios mejores bien podrían cambiarlo.',
		} satisfies Record<Certainty, string>,
		reasons: {
			'no-trials': 'sin ensayos',
			'weak-studies': 'estudios débiles',
			conflicting: 'resultados contradictorios',
			'negative-trials': 'los ensayos no vieron beneficio',
			contradicted: 'las pruebas lo contradicen',
		} satisfies Record<Reason, string>,
		howWeKnow: {
			'systematic-review': 'revisión sistemática',
			trials: 'ensayos',
			cohort: 'estudios de cohortes',
			regulator: 'autoridad sanitaria',
			'case-series': 'series de casos',
			'case-reports': 'casos clínicos',
			'expert-reviews': 'revisiones de expertos',
			'product-information': 'información del producto',
			'reference-pages': 'páginas de referencia',
			news: 'noticias',
		} satisfies Record<HowWeKnow['id'], string>,
		kinds: {
			benefit: { label: 'Beneficio', meaning: 'Un tratamiento hace algo bueno por usted, también «es seguro».' },
			risk: { label: 'Riesgo', meaning: 'Un tratamiento puede causar daño.' },
			fact: { label: 'Dato', meaning: 'Qué es algo, cómo se hace, qué dicen las normas o qué contienen los estudios.' },
		} satisfies Record<Kind, { label: string; meaning: string }>,
		reasonMeanings: {
			'no-trials': 'Ningún estudio controlado lo ha probado. Se basa en opiniones, teorías o publicidad.',
			'weak-studies':
				'Los únicos estudios son pequeños, no tenían grupo de comparación o se hicieron de una forma que no permite fiarse de sus resultados.',
			conflicting: 'Unos estudios encontraron un efecto y otros no.',
			'negative-trials': 'Ensayos controlados lo probaron y no encontraron el beneficio prometido.',
			contradicted: 'Las pruebas apuntan a lo contrario, o la afirmación se equivoca en un dato básico.',
		} satisfies Record<Reason, string>,
		certaintyVerbs: { high: '«es» o «hace»', moderate: '«probablemente»', low: '«puede»' } satisfies Record<Certainty, string>,
		howWeKnowExplain: {
			'systematic-review': 'una revisión que reunió todos los estudios que encontró',
			trials: 'ensayos controlados que compararon a personas tratadas con personas sin tratar',
			cohort: 'estudios que siguieron a grupos de pacientes',
			regulator: 'un aviso de una autoridad sanitaria o una investigación de salud pública',
			'case-series': 'informes de médicos sobre unos pocos pacientes',
			'case-reports': 'informes de médicos sobre un solo paciente',
			'expert-reviews': 'revisiones, guías y declaraciones de expertos',
			'product-information': 'la información del producto del fabricante o de la autoridad sanitaria',
			'reference-pages': 'páginas de consulta, como diccionarios de medicamentos o de medicina',
			news: 'noticias',
		} satisfies Record<HowWeKnow['id'], string>,
		certaintyRules: [
			'Un beneficio solo está «demostrado que ayuda» cuando al menos un ensayo controlado, un ensayo controlado aleatorizado, una revisión sistemática o un metaanálisis lo encontró. Si no, está «no demostrado», porque los estudios son débiles.',
			'La certeza alta necesita una revisión sistemática o un metaanálisis, o dos o más ensayos controlados aleatorizados.',
			'La certeza moderada necesita al menos un ensayo controlado aleatorizado, un ensayo controlado, una revisión sistemática o un metaanálisis.',
			'Una afirmación que solo se apoya en casos clínicos, series de casos, revisiones, guías, consensos de expertos, páginas de consulta o noticias no puede pasar de certeza baja.',
			'Una página publicitaria es un ejemplo de afirmación, nunca una prueba de ella.',
			'Un riesgo no tiene nivel de certeza. Su «cómo lo sabemos» sale de sus fuentes (el tipo de estudio más sólido entre ellas), nunca se escribe a mano, y su «frecuencia» viene de una fuente citada que la cuenta; si no, dice «no se sabe con qué frecuencia».',
		],
		howWeKnowPrefix: 'cómo lo sabemos: ',
		documented: 'casos documentados',
		howOftenPrefix: 'frecuencia: ',
		howOftenUnknown: 'no se sabe con qué frecuencia',
		harmNotFound: 'Los ensayos no encontraron este daño',
		meanings: {
			helps: 'Al menos un ensayo controlado o una revisión sistemática encontró este beneficio. La certeza dice lo seguros que estamos.',
			'known-risk': 'Este daño está documentado. «Cómo lo sabemos» nombra la fuente más sólida que lo describe.',
			'sourced-fact': 'Un dato comprobado con las fuentes citadas. No dice si un tratamiento funciona.',
			'not-true': 'Las pruebas muestran que es falso.',
			'does-not-work': 'Ensayos controlados lo probaron y no encontraron el efecto prometido.',
			'not-shown': 'Nadie lo ha demostrado con estudios lo bastante buenos, así que no cuente con ello.',
		} satisfies Record<LabelId, string>,
	},
};

/**
 * A claim's label with its words in a language: the same id, tone, mark, certainty and reason as `labelOf`.
 * `howOftenWords`: a risk's frequency in the language (the translation's `howOften`); without them the English
 * frequency is kept and marked as English.
 */
export function labelIn(claim: LabelledClaim, lang: 'en' | 'es', howOftenWords?: string): Label {
	const label = labelOf(claim);
	if (lang === 'en') return label;
	const words = labelWords[lang];
	const group = label.id === 'does-not-work' && (claim.kind ?? 'benefit') === 'risk' ? words.harmNotFound : words.groups[label.id];
	const parts: Label['parts'] = [{ kind: 'group', text: group }];
	if (label.certainty) parts.push({ kind: 'certainty', text: words.certainty[label.certainty] });
	if (label.id === 'not-shown' && label.reason) parts.push({ kind: 'reason', text: words.reasons[label.reason] });
	const howWeKnow = label.howWeKnow && {
		...label.howWeKnow,
		text: words.howWeKnow[label.howWeKnow.id],
		explain: words.howWeKnowExplain[label.howWeKnow.id],
	};
	const howOften =
		label.howOften &&
		(label.howOften.known
			? howOftenWords
				? { ...label.howOften, text: howOftenWords }
				: { ...label.howOften, lang: 'en' as const }
			: { ...label.howOften, text: words.howOftenUnknown });
	if (label.id === 'known-risk') {
		parts.push({ kind: 'how-we-know', text: `${words.howWeKnowPrefix}${howWeKnow ? howWeKnow.text : words.documented}` });
		parts.push(
			howOften?.known
				? { kind: 'how-often', text: `${words.howOftenPrefix}${howOften.text}`, ...(howOften.lang && { english: howOften.text }) }
				: { kind: 'how-often-unknown', text: words.howOftenUnknown },
		);
	}
	const text = parts.map((part) => part.text).join(' · ');
	return {
		...label,
		howWeKnow,
		howOften,
		group: words.groups[label.id],
		text,
		srText: `${parts.map((part) => part.text).join('; ')}.`,
		meaning: words.meanings[label.id],
		parts,
	};
}
