/**
 * Every string of interface text in English: the words of components, navigation, labels' fixed parts, help
 * cards' fixed words. Pages' own prose is content, not interface. Another language supplies the same keys
 * (see `Translations` in ./index.ts). `{name}` marks a value filled in at render time.
 */
export const en = {
	'site.tagline': 'what works and what is unproven',
	'skipLink': 'Skip to main content',
	'nav.sections': 'Sections',
	'nav.evidence': 'Evidence',
	'nav.home': 'Home',
	'nav.breadcrumb': 'Breadcrumb',
	'search.landmark': 'Site',
	'search.label': 'Search the guide',
	'search.button': 'Search',
	'feed.title': 'Changes to the guide',
	'footer.disclaimer':
		'This guide is for education. It is not medical advice and does not replace a talk with a qualified clinician.',
	'footer.notReviewedBefore': 'It has',
	'footer.notReviewed': 'not yet been reviewed by a clinician',
	'footer.noAds': 'No adverts, no clinic sponsorship, no cookies and no trackers.',
	'footer.method': 'How we rate evidence',
	'footer.claims': 'Every claim',
	'footer.references': 'References',
	'footer.kits': 'Consultation kits',
	'footer.clinics': 'For clinics',
	'footer.glossary': 'Glossary',
	'footer.products': 'Products and names',
	'footer.feed': 'Changes feed',
	'footer.claimsData': 'claims.json',
	'footer.referencesData': 'references.json',
	'pagination.label': 'Pages',
	'pagination.previous': 'Previous page',
	'pagination.next': 'Next page',
	'pagination.position': 'Page {current} of {last}',
	'review.version': 'Version {version}',
	'review.lastReviewed': 'Page last reviewed:',
	'review.nextReview': 'Next review due:',
	'review.status': 'Review status: written from published sources and checked against them.',
	'review.notClinical': 'Not yet reviewed by a clinician.',
	'review.policy': 'How we review pages',
	'changes.heading': 'Changes to this page',
	'changes.thisVersion': 'This is version {version}.',
	'changes.follow': 'Follow changes to the guide (Atom feed)',
	'changes.entry': 'Version {version},',
	'toc.heading': 'Contents',
	'references.heading': 'References',
	'doDont.do': 'Do',
	'doDont.dont': "Don't",
	'callout.warning': 'Important',
	'callout.infoPrefix': 'Information: ',
} as const;

export type UiKey = keyof typeof en;
