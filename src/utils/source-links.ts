/**
 * How a reference is shown to readers: what is the source, and what is only where we happened to read it.
 *
 * - PubMed and DOI links come first; then the publisher's, regulator's or organisation's own page ("Read it
 *   at …"), or a news site that reports it ("Reported at …").
 * - An address on a document-sharing site, a forum, a clinic's website or a citation index is not the source.
 *   It is left out when the reference has a PubMed id or DOI, and otherwise named as "seen as cited on …"
 *   (plain text, never a link presented as the source).
 * - Research notes in the evidence file ("not shown", "not confirmed in seen records", "per citing reference
 *   lists") are never printed: a field that is only a note is missing, and a note inside a field is removed.
 *
 * Used by ReferenceItem (every reference list), the structured data, and scripts/add-reference.ts (through
 * src/utils/evidence-file.ts), so new reference files stay clean.
 */
import type { ReferenceData, StudyType } from '../schemas/reference.ts';
import { urls } from './urls.ts';

/** A whole field that is only a note about what the evidence file could not see. */
const noteOnly = /^(not (shown|visible|stated|confirmed|given|available)|unknown|n\/a)\b/i;
/** A note inside a field: a bracketed remark about the record, e.g. "(initials not shown)". */
const bracketedNote =
	/\s*\([^()]*\b(not shown|not confirmed|not visible|not stated|not printed|per citing|per DOI|per URL|per download|as cited on|mirror site|seen records|name not|initials not|inferred)\b[^()]*\)/gi;

/** A field without research notes; undefined when nothing but a note is left. */
export function withoutNotes(value: string | undefined): string | undefined {
	if (value === undefined) return undefined;
	const trimmed = value.trim();
	if (noteOnly.test(trimmed)) return undefined;
	const cleaned = trimmed
		.replace(bracketedNote, '')
		.replace(/\s+([;,.])/g, '$1')
		.trim();
	return cleaned === '' || noteOnly.test(cleaned) ? undefined : cleaned;
}

/**
 * Hosts that are not a source's home: document-sharing sites, forums, clinics' own sites, citation indexes and
 * proxies. Matched on the host name and its parent domains.
 */
export const secondaryHosts: Record<string, string> = {
	'scribd.com': 'a document-sharing site',
	'docslib.org': 'a document-sharing site',
	'studyres.com': 'a document-sharing site',
	'123dok.org': 'a document-sharing site',
	'pdfslide.net': 'a document-sharing site',
	'pdffox.com': 'a document-sharing site',
	'over-blog.com': 'a blog',
	'zendy.io': 'a document-sharing site',
	'researchgate.net': 'a document-sharing site',
	'tressless.com': 'a forum',
	'drsplinck.nl': 'a clinic’s website',
	'bellezzaclinic.com': 'a clinic’s website',
	'painpluscpn.ca': 'a clinic’s website',
	'liposuction.com': 'a clinic directory',
	'plasticsurgerypractice.com': 'a trade magazine',
	'proxy.weglot.com': 'a translation proxy',
	'mybluehost.me': 'a copy on a private server',
	'ouci.dntb.gov.ua': 'a citation index',
	'discovery.researcher.life': 'a citation index',
	'searchworks.jioinstitute.edu.in': 'a citation index',
	'referencecitationanalysis.com': 'a citation index',
	'litmetric.com': 'a citation index',
	'peeref.com': 'a citation index',
	'aminer.org': 'a citation index',
	'bohrium.dp.tech': 'a citation index',
	'synapse.zhihuiya.com': 'a citation index',
	'suppr.wilddata.cn': 'a citation index',
	'pubget.com': 'a citation index',
	'biomed.reviewer.ly': 'a citation index',
	'uiindex.org': 'a citation index',
	'ebusca.uv.mx': 'a library catalogue',
	'ngdc.cncb.ac.cn': 'a citation index',
	'go.gale.com': 'a library database',
	'doaj.org': 'a journal index',
	'labnodes.vanderbilt.edu': 'a citation index',
	'avesis.medipol.edu.tr': 'a university’s list of publications',
	'scholars.northwestern.edu': 'a university’s list of publications',
	'htainaction.com': 'a citation index',
	'theory.labster.com': 'a teaching site',
	'sigmaaldrich.com': 'a supplier’s website',
	'fcd.mcw.edu': 'a university’s list of publications',
	'webarchive.library.unt.edu': 'a web archive',
	'repositorio.unifesp.br': 'a university repository',
};

/** The kinds of site above, in Spanish words (Spanish pages). */
export const secondaryHostKindsEs: Record<string, string> = {
	'a document-sharing site': 'un sitio para compartir documentos',
	'a blog': 'un blog',
	'a forum': 'un foro',
	'a clinic’s website': 'la web de una clínica',
	'a clinic directory': 'un directorio de clínicas',
	'a trade magazine': 'una revista del sector',
	'a translation proxy': 'un servicio de traducción de páginas',
	'a copy on a private server': 'una copia en un servidor privado',
	'a citation index': 'un índice de citas',
	'a library catalogue': 'el catálogo de una biblioteca',
	'a library database': 'la base de datos de una biblioteca',
	'a journal index': 'un índice de revistas',
	'a university’s list of publications': 'la lista de publicaciones de una universidad',
	'a teaching site': 'un sitio de enseñanza',
	'a supplier’s website': 'la web de un proveedor',
	'a web archive': 'un archivo de la web',
	'a university repository': 'el repositorio de una universidad',
	'a site that is not the publisher': 'un sitio que no es el del editor',
};

/** Hosts of journals, publishers and literature databases: the source's own home for a study or review. */
const publisherHosts = [
	'pubmed.ncbi.nlm.nih.gov',
	'pubmed.gov',
	'ncbi.nlm.nih.gov',
	'doi.org',
	'journals.lww.com',
	'onlinelibrary.wiley.com',
	'link.springer.com',
	'springermedizin.de',
	'dovepress.com',
	'medicaljournals.se',
	'jddonline.com',
	'thieme-connect.com',
	'mdpi.com',
	'hindawi.com',
	'jcadonline.com',
	'scielo.br',
	'scielo.org.co',
	'actasdermo.org',
	'revistabiomedica.org',
	'informahealthcare.com',
	'insights.ovid.com',
	'jcosmetmed.org',
	'pigmentinternational.com',
	'longdom.org',
	'henrypublishers.com',
	'prescrire.org',
];

/** News and trade sites: the source itself for a news report; for anything else they only report it. */
const newsHosts = [
	'sciencedaily.com',
	'skininc.com',
	'empr.com',
	'medicalxpress.com',
	'time.com',
	'aestheticsjournal.com',
	'nutraingredients.com',
	'webmd.com',
	'redorbit.com',
	'allodocteurs.fr',
	'medisite.fr',
	'lequotidiendumedecin.fr',
	'reuters.com',
];

/** Study types published in journals: their own home is a journal, PubMed or a DOI. */
const journalTypes: StudyType[] = [
	'meta-analysis',
	'systematic-review',
	'rct',
	'controlled-trial',
	'cohort',
	'case-series',
	'case-report',
	'review',
];

const hostOf = (url: string) => {
	try {
		return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
	} catch {
		return '';
	}
};
const matches = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

export interface ReferenceDisplay {
	/** The title, or undefined when the record has none (shown as missing, never as a note). */
	title?: string;
	authors?: string;
	journal?: string;
	/** Links to the source itself, best first: PubMed, DOI, then the publisher's or organisation's page. */
	links: { href: string; text: string; at?: { host: string; reported: boolean } }[];
	/** Where we read it, when that is not the source and there is no better link: host and what kind of site it is. */
	seenAt?: { host: string; kind: string };
}

/** What a reference shows readers. */
export function referenceDisplay(data: ReferenceData): ReferenceDisplay {
	const links: ReferenceDisplay['links'] = [];
	if (data.pmid) links.push({ href: urls.pubmed(data.pmid), text: `PubMed ${data.pmid}` });
	if (data.doi) links.push({ href: urls.doi(data.doi), text: `DOI ${data.doi}` });
	const host = hostOf(data.url);
	const secondary = Object.entries(secondaryHosts).find(([domain]) => matches(host, domain));
	const publisher = publisherHosts.some((domain) => matches(host, domain));
	const isOwnHome = !secondary && (publisher || !journalTypes.includes(data.studyType));
	let seenAt: ReferenceDisplay['seenAt'];
	if (isOwnHome) {
		// A PubMed page for the same PMID would repeat the PubMed link.
		const repeatsPubmed = data.pmid !== undefined && /pubmed/.test(host);
		const reported = data.studyType !== 'news-report' && newsHosts.some((domain) => matches(host, domain));
		if (!repeatsPubmed && host)
			links.push({ href: data.url, text: `${reported ? 'Reported at' : 'Read it at'} ${host}`, at: { host, reported } });
	} else if (links.length === 0 && host) {
		seenAt = { host, kind: secondary?.[1] ?? 'a site that is not the publisher' };
	}
	return {
		title: withoutNotes(data.title),
		authors: withoutNotes(data.authors),
		journal: withoutNotes(data.journal),
		links,
		seenAt,
	};
}
