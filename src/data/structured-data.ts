/**
 * JSON-LD for search engines, typed against the schema.org vocabulary (schema-dts), so `astro check` rejects
 * a type or property schema.org does not define. Every page gets a MedicalWebPage and a BreadcrumbList;
 * FAQ pages add an FAQPage, procedure pages a MedicalProcedure.
 */
import type { BreadcrumbList, CreativeWork, FAQPage, MedicalProcedure, MedicalWebPage, WithContext } from 'schema-dts';
import type { GuideReference } from './model.ts';
import { siteName } from '../config.ts';
import { isoDate } from '../utils/dates.ts';
import { absoluteUrl, urls } from '../utils/urls.ts';
import { referenceDisplay } from '../utils/source-links.ts';
import { studyTypeLabels } from '../schemas/reference.ts';

export type StructuredData =
	| WithContext<MedicalWebPage>
	| WithContext<BreadcrumbList>
	| WithContext<FAQPage>
	| WithContext<MedicalProcedure>;

/** The procedure every page is about. */
const mesotherapy = {
	'@type': 'MedicalProcedure',
	name: 'Mesotherapy',
	description: 'Many small injections of a drug, vitamins or a mixture into the skin (the dermis) or the fat just under it.',
	bodyLocation: 'Skin (dermis) and the fat under the skin',
} as const satisfies MedicalProcedure;

/** A cited source: its title and the address that identifies it (DOI, PubMed or the source's own page; never a mirror). */
function citation(reference: GuideReference): CreativeWork {
	const { data } = reference;
	const shown = referenceDisplay(data);
	const url = data.doi ? urls.doi(data.doi) : (shown.links[0]?.href ?? undefined);
	return {
		'@type': 'CreativeWork',
		name: shown.title ?? `${studyTypeLabels[data.studyType]}${shown.authors ? ` by ${shown.authors}` : ''}`,
		...(url ? { url } : {}),
	};
}

export interface PageFacts {
	path: string;
	title: string;
	description: string;
	lastReviewed?: Date;
	references?: GuideReference[];
	/** The page's language (BCP 47), e.g. "es"; English by default. */
	inLanguage?: string;
	/** A translation: the path of the English page it translates. Its citations are the original's, not repeated here. */
	translationOf?: string;
}

export function medicalWebPage(page: PageFacts): WithContext<MedicalWebPage> {
	return {
		'@context': 'https://schema.org',
		'@type': 'MedicalWebPage',
		name: page.title,
		description: page.description,
		url: absoluteUrl(page.path),
		inLanguage: page.inLanguage ?? 'en-GB',
		isPartOf: { '@type': 'WebSite', name: siteName, url: absoluteUrl('/') },
		medicalAudience: { '@type': 'Patient' },
		about: mesotherapy,
		...(page.lastReviewed ? { lastReviewed: isoDate(page.lastReviewed) } : {}),
		...(page.translationOf
			? { translationOfWork: { '@type': 'MedicalWebPage', url: absoluteUrl(page.translationOf) } }
			: page.references?.length
				? { citation: page.references.map(citation) }
				: {}),
	};
}

export function breadcrumbList(items: { label: string; href?: string }[], currentPath: string): WithContext<BreadcrumbList> {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: items.map((item, index) => ({
			'@type': 'ListItem',
			position: index + 1,
			name: item.label,
			item: absoluteUrl(item.href ?? currentPath),
		})),
	};
}

export function faqPage(entries: { question: string; answer: string }[]): WithContext<FAQPage> {
	return {
		'@context': 'https://schema.org',
		'@type': 'FAQPage',
		mainEntity: entries.map((entry) => ({
			'@type': 'Question',
			name: entry.question,
			acceptedAnswer: { '@type': 'Answer', text: entry.answer },
		})),
	};
}

export function medicalProcedure(path: string): WithContext<MedicalProcedure> {
	return {
		'@context': 'https://schema.org',
		...mesotherapy,
		url: absoluteUrl(path),
		procedureType: 'https://schema.org/PercutaneousProcedure',
		howPerformed:
			'A practitioner cleans the skin, may numb it, and gives many small injections with a fine needle or an injector gun, usually over several sessions.',
		followup: `Aftercare advice: ${absoluteUrl(urls.section('aftercare'))}`,
	};
}

/** JSON for a <script type="application/ld+json">, safe to place in HTML. */
export const jsonLd = (data: StructuredData) => JSON.stringify(data).replace(/</g, '\\u003c');
