import { z } from 'astro/zod';

/** Kinds of source, from strongest design to weakest. The order is used to sort reference lists. */
export const studyTypeValues = [
	'meta-analysis',
	'systematic-review',
	'rct',
	'controlled-trial',
	'cohort',
	'case-series',
	'case-report',
	'review',
	'guideline',
	'consensus',
	'regulatory',
	'outbreak-investigation',
	'reference-page',
	'news-report',
	'product-information',
	'marketing-page',
] as const;
export type StudyType = (typeof studyTypeValues)[number];

/** How each study type is named to readers. */
export const studyTypeLabels: Record<StudyType, string> = {
	'meta-analysis': 'Meta-analysis',
	'systematic-review': 'Systematic review',
	rct: 'Randomised controlled trial',
	'controlled-trial': 'Controlled trial',
	cohort: 'Cohort study',
	'case-series': 'Case series',
	'case-report': 'Case report',
	review: 'Review',
	guideline: 'Guideline',
	consensus: 'Expert consensus',
	regulatory: 'Regulator or government document',
	'outbreak-investigation': 'Outbreak investigation',
	'reference-page': 'Reference page',
	'news-report': 'News report',
	'product-information': 'Product information (maker or regulator)',
	'marketing-page': 'Marketing page (example of a claim, not evidence)',
};

/** The study types in Spanish words (Spanish pages: reference lists, claim pages, /es/referencias/). */
export const studyTypeLabelsEs: Record<StudyType, string> = {
	'meta-analysis': 'Metaanálisis',
	'systematic-review': 'Revisión sistemática',
	rct: 'Ensayo controlado aleatorizado',
	'controlled-trial': 'Ensayo controlado',
	cohort: 'Estudio de cohortes',
	'case-series': 'Serie de casos',
	'case-report': 'Informe de un caso',
	review: 'Revisión',
	guideline: 'Guía de práctica clínica',
	consensus: 'Consenso de expertos',
	regulatory: 'Documento de un organismo regulador o de un gobierno',
	'outbreak-investigation': 'Investigación de un brote',
	'reference-page': 'Página de consulta',
	'news-report': 'Noticia de prensa',
	'product-information': 'Información del producto (del fabricante o del organismo regulador)',
	'marketing-page': 'Página publicitaria (ejemplo de una afirmación, no una prueba)',
};

/** The study types' names in a page's language. */
export const studyTypeLabelsIn = (lang: string): Record<StudyType, string> => (lang === 'es' ? studyTypeLabelsEs : studyTypeLabels);

/**
 * The words sources.yaml adds after a study type (`studyDetail`), in Spanish. Every detail a reference uses has its
 * Spanish words here (tests/unit/references.test.ts); a detail "of <key>" names another source and is shown as a link
 * to it instead (src/components/ReferenceItem.astro).
 */
export const studyDetailsEs: Record<string, string> = {
	'2 cases': '2 casos',
	'PRISMA; literature 1992-2018': 'PRISMA; bibliografía de 1992 a 2018',
	'advertising ruling': 'resolución sobre publicidad',
	'before-after exploratory study': 'estudio exploratorio de antes y después',
	consensus: 'consenso',
	consultation: 'consulta pública',
	'court ruling': 'sentencia de un tribunal',
	dictionary: 'diccionario',
	educational: 'material educativo',
	'expert consensus': 'consenso de expertos',
	'government review': 'revisión de un gobierno',
	'health technology assessment': 'evaluación de tecnologías sanitarias',
	'joint society statement': 'declaración conjunta de sociedades médicas',
	letter: 'carta',
	'national reference laboratory': 'laboratorio nacional de referencia',
	'news of label change': 'noticia de un cambio en el prospecto',
	'of RCTs': 'de ensayos controlados aleatorizados',
	'of an RCT': 'sobre un ensayo controlado aleatorizado',
	'post-marketing surveillance': 'vigilancia después de la comercialización',
	'practitioner overview': 'resumen para profesionales',
	'prescribing-information summary': 'resumen de la ficha técnica',
	'professional regulator statement, reported': 'declaración de un colegio profesional, según la prensa',
	'professional society': 'sociedad profesional',
	'professional society technology assessment': 'evaluación de una técnica por una sociedad profesional',
	'professional society, advocacy': 'sociedad profesional, defensa de la profesión',
	'professional-regulator opinion quoting academy report': 'opinión de un colegio profesional que cita un informe de una academia',
	'public health notice': 'aviso de salud pública',
	'public health summary': 'resumen de salud pública',
	'questionnaire survey of a real-world cohort, no control': 'encuesta a un grupo de pacientes tratados, sin grupo de control',
	'retrospective, single tertiary hospital, China': 'retrospectivo, un solo hospital de referencia, China',
	'small non-randomized intervention': 'estudio pequeño de intervención, no aleatorizado',
	'society consensus': 'consenso de una sociedad médica',
	'society history': 'historia de una sociedad médica',
	'society patient-safety warning': 'aviso de una sociedad médica sobre la seguridad de los pacientes',
	'society recommendations': 'recomendaciones de una sociedad médica',
	'society statement': 'declaración de una sociedad médica',
	"sponsor's trial-registry description": 'descripción del patrocinador en un registro de ensayos',
	'summary of HAS 2014': 'resumen del informe de la HAS de 2014',
	'textbook excerpt': 'fragmento de un libro de texto',
	'with literature review': 'con revisión de la bibliografía',
	'with pooled effect summary': 'con resumen del efecto combinado',
};

/** A detail that names another source by its key ("of has-2014-mesotherapy-risk"): that key. */
export const detailSourceKey = (detail: string) => /^of ([a-z0-9]+(?:-[a-z0-9]+)+)$/.exec(detail)?.[1];

/** Languages a source's title may be written in, besides English (the default). */
export const referenceLanguages = ['es', 'fr', 'de', 'it', 'pt'] as const;

/**
 * A reference: one file per source in `content/references/<key>.yaml`, the file name being the key the source
 * has in `../shared/evidence/sources.yaml`. Create them with `npm run add-reference -- <key>`; never type an
 * identifier by hand.
 */
export const referenceSchema = z.strictObject({
	/** The title exactly as the source prints it. */
	title: z.string({ error: 'every reference needs a title: copy it from sources.yaml' }).min(1),
	/** Authors as listed in sources.yaml, e.g. "Atiyeh BS et al.". Left out when the evidence file says "not shown". */
	authors: z.string().min(1).optional(),
	/** Journal, publisher or organisation, with volume and pages where known. */
	journal: z.string().min(1).optional(),
	/** Year of publication, only where the evidence file prints it. */
	year: z.number().int().min(1900).max(2100).optional(),
	/** The design of the study; see `studyTypeValues`. */
	studyType: z.enum(studyTypeValues, {
		error: `studyType must be one of: ${studyTypeValues.join(', ')}`,
	}),
	/** Detail of the design, e.g. "2 cases" or "PRISMA; literature 1992-2018". */
	studyDetail: z.string().optional(),
	/** PubMed id, digits only, exactly as in sources.yaml. Left out where sources.yaml has none. */
	pmid: z
		.string()
		.regex(/^\d{5,9}$/, { error: 'pmid must be the digits of a PubMed id exactly as in sources.yaml, e.g. "34516073"' })
		.optional(),
	/** DOI without the https://doi.org/ prefix, exactly as in sources.yaml. */
	doi: z
		.string()
		.regex(/^10\.\d{4,9}\/\S+$/, { error: 'doi must start with "10." and have no https://doi.org/ prefix, exactly as in sources.yaml' })
		.optional(),
	/**
	 * The language the source's title is written in, when it is not English: es, fr, de, it or pt. The evidence file
	 * does not record it; pages in another language mark the title with it (`lang`), so it is read out right.
	 */
	language: z
		.enum(referenceLanguages, {
			error: `language is the language of the title when it is not English: one of ${referenceLanguages.join(', ')}`,
		})
		.optional(),
	/** Where the source was seen (the first `seen_at` of sources.yaml). */
	url: z.url({ error: 'url must be a full web address (https://…), the first seen_at of sources.yaml' }),
	/**
	 * Only for a source a writer verified somewhere other than sources.yaml: the address it was read at. With
	 * `checked`, the build accepts a reference that differs from (or is missing in) the evidence file.
	 */
	seenAt: z.url({ error: 'seenAt must be the full web address (https://…) where the source was read' }).optional(),
	/** With `seenAt`: the date (YYYY-MM-DD) a writer checked the source there. */
	checked: z
		.custom<Date>((value) => value instanceof Date && !Number.isNaN(value.getTime()), {
			error: 'checked must be the date the source was checked, written YYYY-MM-DD (without quotes)',
		})
		.optional(),
});
export type ReferenceData = z.infer<typeof referenceSchema>;
