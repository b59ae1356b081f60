/**
 * The sections of the guide, in the order the navigation shows them. A section is a folder of
 * `content/articles/` and the first segment of its articles' URLs.
 */
export const sectionIds = ['basics', 'uses', 'procedure', 'ingredients', 'side-effects', 'aftercare', 'faq', 'about'] as const;
export type SectionId = (typeof sectionIds)[number];

export interface Section {
	id: SectionId;
	/** Name in navigation and breadcrumbs. */
	title: string;
	/** One plain sentence for the hub page and search engines. */
	description: string;
}

export const sections: Record<SectionId, Section> = {
	basics: {
		id: 'basics',
		title: 'Basics',
		description: 'What mesotherapy is, what goes into the skin, and what it is used for.',
	},
	uses: {
		id: 'uses',
		title: 'Uses',
		description: 'What clinics offer mesotherapy for, one goal at a time, and what the evidence says about each.',
	},
	procedure: {
		id: 'procedure',
		title: 'Procedure',
		description: 'What happens before, during and after a mesotherapy session, and who should not have it.',
	},
	ingredients: {
		id: 'ingredients',
		title: 'Ingredients',
		description: 'The drugs, vitamins and mixtures that get injected, and what the evidence says about each one.',
	},
	'side-effects': {
		id: 'side-effects',
		title: 'Side effects',
		description: 'What can go wrong, how common it is, and when to get help.',
	},
	aftercare: {
		id: 'aftercare',
		title: 'Aftercare',
		description: 'How to look after your skin in the hours and weeks after mesotherapy, and the warning signs to watch for.',
	},
	faq: {
		id: 'faq',
		title: 'Questions',
		description: 'Short answers to the questions people ask before they book mesotherapy.',
	},
	about: {
		id: 'about',
		title: 'About this guide',
		description: 'How we rate the evidence, who writes this guide, and how it is kept up to date.',
	},
};
