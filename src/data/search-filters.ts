/**
 * The search filters, declared once. The search index and the search page's URL carry ids ("uses",
 * "not-shown", "claim"), never display labels, so a shared search link keeps working when a label's wording
 * changes. The words readers see come from here (section titles, and the label groups of method.ts).
 */
import { sectionIds, sections } from '../config.ts';
import { labelFilterGroups, labelIds, labelWords } from './method.ts';

export interface FilterOption {
	/** What the index and the URL carry. */
	id: string;
	/** What readers see. */
	text: string;
}

export interface FilterGroup {
	/** The URL parameter and the Pagefind filter name. */
	name: 'type' | 'section' | 'status';
	/** The select's label on the search page. */
	label: string;
	/** The select's "no filter" choice. */
	any: string;
	options: FilterOption[];
}

/** Kinds of indexed page: an article or a claim's own page. */
export const pageKinds = ['article', 'claim'] as const;
export type PageKind = (typeof pageKinds)[number];

/** The filters' words in Spanish (same ids). */
const spanishGroups = (): FilterGroup[] => {
	const esSections: Record<string, string> = {
		basics: 'Conceptos básicos',
		uses: 'Usos',
		procedure: 'Procedimiento',
		ingredients: 'Ingredientes',
		'side-effects': 'Efectos secundarios',
		aftercare: 'Cuidados posteriores',
		faq: 'Preguntas',
		about: 'Acerca de esta guía',
	};
	return [
		{
			name: 'type',
			label: 'Tipo de página',
			any: 'Páginas y afirmaciones',
			options: [
				{ id: 'article', text: 'Página' },
				{ id: 'claim', text: 'Afirmación' },
			],
		},
		{ name: 'section', label: 'Sección', any: 'Todas las secciones', options: sectionIds.map((id) => ({ id, text: esSections[id]! })) },
		{
			name: 'status',
			label: 'Etiqueta de las pruebas',
			any: 'Cualquiera (artículos y afirmaciones)',
			options: labelIds.map((id) => ({ id, text: labelWords.es.groups[id] })),
		},
	];
};

export function searchFilterGroups(lang: 'en' | 'es' = 'en'): FilterGroup[] {
	if (lang === 'es') return spanishGroups();
	return [
		{
			name: 'type',
			label: 'Kind of page',
			any: 'Pages and claims',
			options: [
				{ id: 'article', text: 'Page' },
				{ id: 'claim', text: 'Claim' },
			],
		},
		{
			name: 'section',
			label: 'Section',
			any: 'All sections',
			options: sectionIds.map((id) => ({ id, text: sections[id].title })),
		},
		{
			name: 'status',
			label: 'Evidence label',
			any: 'Any (articles and claims)',
			options: labelFilterGroups,
		},
	];
}

/** The filter groups readers choose from on the search page (the kind of page is shown, not chosen). */
export const selectableFilterGroups = (lang: 'en' | 'es' = 'en') => searchFilterGroups(lang).filter((group) => group.name !== 'type');

/** { group: { id: text } }: how the search page turns the ids in the index and the URL into words. */
export function filterLabels(lang: 'en' | 'es' = 'en'): Record<string, Record<string, string>> {
	return Object.fromEntries(
		searchFilterGroups(lang).map((group) => [group.name, Object.fromEntries(group.options.map((option) => [option.id, option.text]))]),
	);
}
