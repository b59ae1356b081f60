/** The machine-readable exports (/claims.json, /references.json): one shape, documented in the README. */
import type { Guide, GuideReference } from './model.ts';
import { absoluteUrl, urls } from '../utils/urls.ts';
import { places, placesEs } from './help-routes.ts';

/** References behind the help routes (src/data/help-routes.ts), shown on the worried page. */
const routeSources = (list: typeof places) =>
	new Set(list.flatMap((place) => [place.emergency, place.urgent, place.report].flatMap((route) => route.sources)));
const helpRouteSources = routeSources(places);
/** References behind the Spanish edition's help routes (Spain, Mexico, the US, anywhere else), shown on /es/preocupado/. */
const spanishHelpRouteSources = routeSources(placesEs);
import { labelIn, labelOf } from './method.ts';
import type { Edition } from './edition.ts';
import { urlsFor } from '../utils/urls.ts';

const referenceSummary = (reference: GuideReference) => ({
	id: reference.id,
	title: reference.data.title,
	pmid: reference.data.pmid ?? null,
	doi: reference.data.doi ?? null,
	url: reference.data.url,
});

export const claimsExport = (guide: Guide) =>
	guide.claims.map((claim) => {
		const label = labelOf(claim);
		return {
			id: claim.id,
			statement: claim.statement,
			kind: claim.kind,
			status: claim.status,
			/** The reader's label: a stable id (helps, known-risk, sourced-fact, not-true, does-not-work, not-shown) and its words. */
			label: { id: label.id, text: label.text },
			certainty: claim.status === 'evidence-backed' ? (claim.certainty ?? null) : null,
			reason: claim.status === 'unproven' ? claim.reason : null,
			/** Evidence-backed risks: the strongest kind of source (computed) and how often (a cited source's count, or not known). */
			howWeKnow: label.howWeKnow ? { id: label.howWeKnow.id, text: label.howWeKnow.text } : null,
			howOften: label.howOften
				? {
						text: label.howOften.text,
						known: label.howOften.known,
						source: claim.status === 'evidence-backed' ? (claim.frequency?.source ?? null) : null,
					}
				: null,
			sources: claim.references.map(referenceSummary),
			url: absoluteUrl(claim.url),
			article: absoluteUrl(urls.article(claim.ownerId)),
		};
	});

export const referencesExport = (guide: Guide) =>
	guide.references.map((reference) => ({
		...referenceSummary(reference),
		authors: reference.data.authors ?? null,
		journal: reference.data.journal ?? null,
		year: reference.data.year ?? null,
		studyType: reference.data.studyType,
		claims: reference.citedBy.map((claim) => claim.id),
		/** Products (content/products/) whose contents or status it supports, and prices (content/costs/) it gives. */
		products: guide.products
			.filter((product) => [...product.references, ...product.status.map((entry) => entry.reference)].includes(reference))
			.map((product) => product.id),
		prices: guide.costs.filter((cost) => cost.reference === reference).map((cost) => cost.id),
		/** Pages that cite it outside claims: the worried page, for symptoms and help routes. */
		usedBy: [
			...(helpRouteSources.has(reference.id) || guide.symptoms.some((symptom) => symptom.references.includes(reference))
				? [absoluteUrl(urls.worried())]
				: []),
			...(spanishHelpRouteSources.has(reference.id) ? [absoluteUrl(urlsFor('es').worried())] : []),
		],
		page: absoluteUrl(urls.reference(reference.id)),
	}));

/**
 * /es/claims.json: the same claims, labels and sources as /claims.json (the same ids, status, certainty, reason
 * and source list), with `language: "es"`, the Spanish statement where the owner article is translated (else the
 * English one, with `statementLanguage: "en"`), the label's Spanish words and the Spanish addresses.
 */
export const claimsExportIn = (guide: Guide, edition: Edition) => {
	const es = urlsFor('es');
	return claimsExport(guide).map((entry) => {
		const claim = guide.claim(entry.id)!;
		const spanish = edition.statement(claim.id);
		const spanishLabel = labelIn(claim, 'es', edition.howOften(claim.id));
		return {
			...entry,
			language: 'es',
			statement: spanish ?? claim.statement,
			statementLanguage: spanish ? 'es' : 'en',
			label: { id: entry.label.id, text: spanishLabel.text },
			howWeKnow: entry.howWeKnow && spanishLabel.howWeKnow ? { id: entry.howWeKnow.id, text: spanishLabel.howWeKnow.text } : null,
			howOften:
				entry.howOften && spanishLabel.howOften
					? { ...entry.howOften, text: spanishLabel.howOften.text, ...(spanishLabel.howOften.lang && { textLanguage: 'en' }) }
					: null,
			url: absoluteUrl(es.claim(claim.id)),
			article: absoluteUrl(es.article(claim.ownerId)),
			english: entry.url,
		};
	});
};
