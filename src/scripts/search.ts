/**
 * The search page's live search: reads q, section and status from the URL (the header form is a plain GET
 * form to /search/?q=…), runs the query with Pagefind, and renders the results: "Pages" (articles) first,
 * then "Claims" (claim pages), so an article that answers a question is never buried under the claims it
 * contains. Pagefind is loaded only when a search runs.
 *
 * A search never dead-ends. When no page has every word: a word that matches nothing is corrected from the
 * guide's own vocabulary (/search-words.json, "did you mean"); failing that, such words are left out; failing
 * that, pages matching any of the words are shown. Each fallback says what it did.
 *
 * Filter values in the URL and the index are ids (src/data/search-filters.ts); an old link carrying a label
 * ("status=Unproven") is read as its id.
 */
import { minWordLength, suggest } from '../data/search-words.ts';

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindResultData>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const statusLine = document.querySelector<HTMLElement>('[data-search-status]')!;
const note = document.querySelector<HTMLElement>('[data-search-note]')!;
const area = document.querySelector<HTMLElement>('[data-search-results]')!;
document.querySelector('[data-search-nojs]')?.remove();

/** { group: { id: text } }, written by the page from src/data/search-filters.ts. */
const labels: Record<string, Record<string, string>> = JSON.parse(form.dataset.filterLabels ?? '{}');
const filterNames = ['section', 'status'] as const;

let pagefind: Promise<Pagefind> | undefined;
const loadPagefind = () =>
	(pagefind ??= import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.origin).href).then(async (module: Pagefind) => {
		// Long articles should not sink below short claim pages that merely repeat a word.
		await module.options({ excerptLength: 24, ranking: { pageLength: 0.3 } });
		return module;
	}));

/** The page's language decides the words the search page writes and the "did you mean" vocabulary it loads. */
const spanish = document.documentElement.lang.startsWith('es');
const say = spanish
	? {
			and: ' y ',
			or: ' o ',
			leftOut: (n: number, list: string) => `Ninguna página usa ${n === 1 ? 'la palabra' : 'las palabras'} ${list}`,
			soLeftOut: (n: number) => `, así que ${n === 1 ? 'la' : 'las'} hemos dejado fuera.`,
			notAll: (list: string) => `Ninguna página tiene todas las palabras ${list}, así que estas son las páginas que tienen más.`,
			prompt: 'Escriba lo que quiere encontrar, por ejemplo «la mesoterapia derrite la grasa».',
			searching: 'Buscando…',
			unavailable: 'La búsqueda no funciona ahora mismo. Puede ver todas las afirmaciones en la página de pruebas.',
			about: (query: string) => (query ? `para ${query}` : 'con estos filtros'),
			none: (about: string) => `No hay resultados ${about}.`,
			some: (total: number, about: string) => `${total} resultado${total === 1 ? '' : 's'} ${about}.`,
			best: (shown: number) => ` Se muestran los ${shown} mejores: añada palabras para afinar.`,
			didYouMean: ['¿Quería decir ', '? Estos resultados son para esa búsqueda.'],
			showingFor: (query: string) => `Resultados para ${query}.`,
			evidence: 'todas las afirmaciones y sus pruebas',
			products: 'los productos y nombres que puede oír',
			tryWords: 'Pruebe con menos palabras o más sencillas, o revise la ortografía. ',
			tryFilter: 'Pruebe otro filtro. ',
			browse: ['También puede ver ', ' o ', '.'],
			pages: 'Páginas',
			claims: 'Afirmaciones',
			words: '/es/search-words.json',
		}
	: {
			and: ' and ',
			or: ' or ',
			leftOut: (n: number, list: string) => `No page uses the word${n === 1 ? '' : 's'} ${list}`,
			soLeftOut: (n: number) => `, so we left ${n === 1 ? 'it' : 'them'} out.`,
			notAll: (list: string) => `No page has all of the words ${list}, so these are the pages with most of them.`,
			prompt: 'Type what you want to find, for example “does mesotherapy melt fat”.',
			searching: 'Searching…',
			unavailable: 'Search is not available right now. You can browse every claim on the evidence page instead.',
			about: (query: string) => (query ? `for ${query}` : 'with these filters'),
			none: (about: string) => `No results ${about}.`,
			some: (total: number, about: string) => `${total} result${total === 1 ? '' : 's'} ${about}.`,
			best: (shown: number) => ` Showing the best ${shown}: add words to narrow it down.`,
			didYouMean: ['Did you mean ', '? These results are for it.'],
			showingFor: (query: string) => `Showing results for ${query}.`,
			evidence: 'every claim and its evidence',
			products: 'products and names you may hear',
			tryWords: 'Try fewer or simpler words, or check the spelling. ',
			tryFilter: 'Try another filter. ',
			browse: ['You can also browse ', ' or the ', '.'],
			pages: 'Pages',
			claims: 'Claims',
			words: '/search-words.json',
		};

let words: Promise<string[]> | undefined;
const loadWords = () =>
	(words ??= fetch(say.words)
		.then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
		.catch(() => []));

const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;

/** A filter value from the URL as an id: an id as it is, a display label (an old link) as its id, anything else as none. */
function filterId(name: string, value: string): string {
	const group = labels[name] ?? {};
	if (value in group) return value;
	const wanted = value.trim().toLowerCase();
	return Object.keys(group).find((id) => group[id].toLowerCase() === wanted || id === wanted) ?? '';
}

function readUrl() {
	const params = new URLSearchParams(location.search);
	field('q').value = params.get('q') ?? '';
	for (const name of filterNames) field(name).value = filterId(name, params.get(name) ?? '');
}

function writeUrl() {
	const params = new URLSearchParams();
	const query = field('q').value.trim();
	if (query) params.set('q', query);
	for (const name of filterNames) {
		const value = field(name).value;
		if (value) params.set(name, value);
	}
	const search = params.toString();
	history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

const searchLink = (query: string) => {
	const params = new URLSearchParams(location.search);
	params.set('q', query);
	return `?${params}`;
};

interface Found {
	pages: PagefindResult[];
	claims: PagefindResult[];
}
const count = (found: Found) => found.pages.length + found.claims.length;

/** Articles and claim pages for a query, each in Pagefind's order. */
async function grouped(engine: Pagefind, query: string | null, filters: Record<string, string>): Promise<Found> {
	const [pages, claims] = await Promise.all(
		['article', 'claim'].map(async (type) => (await engine.search(query, { filters: { ...filters, type } })).results),
	);
	return { pages, claims };
}

/** Results matching any of the words, pages matching more of them first, then by score. */
function anyWord(perWord: Found[]): Found {
	const merge = (lists: PagefindResult[][]) => {
		const byId = new Map<string, { result: PagefindResult; hits: number; score: number }>();
		for (const list of lists) {
			for (const result of list) {
				const entry = byId.get(result.id) ?? { result, hits: 0, score: 0 };
				entry.hits += 1;
				entry.score += result.score;
				byId.set(result.id, entry);
			}
		}
		return [...byId.values()].sort((a, b) => b.hits - a.hits || b.score - a.score).map((entry) => entry.result);
	};
	return { pages: merge(perWord.map((found) => found.pages)), claims: merge(perWord.map((found) => found.claims)) };
}

/** More results below the first ones, without repeats. */
function append(first: Found, more: Found): Found {
	const known = new Set([...first.pages, ...first.claims].map((result) => result.id));
	const add = (list: PagefindResult[]) => list.filter((result) => !known.has(result.id));
	return { pages: [...first.pages, ...add(more.pages)], claims: [...first.claims, ...add(more.claims)] };
}

interface Outcome {
	found: Found;
	/** The query the results are for, when it is not the reader's. */
	shownFor?: string;
	/** What the fallback did, in words; empty when every word matched. */
	explanation?: string;
	/** A corrected query to offer ("Did you mean …"). */
	suggestion?: string;
}

const quoted = (text: string) => `“${text}”`;
const listed = (items: string[]) => items.map(quoted).join(items.length === 2 ? say.and : ', ');

/** Words a question is built from, which say little about what it asks. */
const smallWords = new Set(
	'a an and are at be can could did do does for from had has have how i if in is it its me my of on or out so that the their them there they this to was we were what when where which who why will with would you your de la el los las un una y o que en por para con se su es al del lo le me mi qué cómo cuándo puedo sirve'.split(
		' ',
	),
);

/**
 * Pagefind answers a word no page uses with pages holding a short word the query begins with ("I" for "ibuprofenn",
 * an author's initial "F" for "fibromialgia"). Such a word matched nothing: its first result marks only words
 * shorter than minWordLength. (One fragment, which the browser keeps for showing the result.)
 */
async function strayMatch(found: Found, term: string): Promise<boolean> {
	const first = found.pages[0] ?? found.claims[0];
	if (!first || term.length < minWordLength) return false;
	const marked = [...(await first.data()).excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((match) =>
		match[1]!.replace(/[^\p{L}\p{N}]/gu, ''),
	);
	return marked.length > 0 && marked.every((word) => word.length < minWordLength);
}

/**
 * Every word first. Pagefind quietly ignores a word that is in no page, so each word of a longer query is also
 * looked up on its own: a word no page uses is corrected from the guide's own words when it can be ("did you
 * mean"), or else left out, and the page says so. When the words never meet on one page, the pages with most
 * of them are shown; when only a page or two match a long question, the pages matching its main words follow.
 */
async function find(engine: Pagefind, query: string, filters: Record<string, string>): Promise<Outcome> {
	let found = await grouped(engine, query || null, filters);
	const terms: string[] = query.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
	if (terms.length === 0) return { found };
	const perWord = terms.length === 1 ? [found] : await Promise.all(terms.map((term) => grouped(engine, term, filters)));
	const stray = await Promise.all(terms.map((term, index) => strayMatch(perWord[index]!, term)));
	for (const [index, isStray] of stray.entries()) if (isStray) perWord[index] = { pages: [], claims: [] };
	if (terms.length === 1 && stray[0]) found = perWord[0]!;
	const unmatched = terms.filter((_, index) => count(perWord[index]) === 0);
	const matching = terms.filter((_, index) => count(perWord[index]) > 0);
	const leftOut = say.leftOut(unmatched.length, listed(unmatched));

	if (unmatched.length > 0) {
		const vocabulary = await loadWords();
		const corrected = terms.map((term) => (unmatched.includes(term) ? (suggest(term, vocabulary) ?? term) : term));
		const suggestion = corrected.join(' ');
		if (suggestion !== terms.join(' ')) {
			const fixed = await grouped(engine, suggestion, filters);
			if (count(fixed) > 0) return { found: fixed, shownFor: suggestion, suggestion, explanation: `${leftOut}.` };
		}
		if (matching.length === 0) return { found: { pages: [], claims: [] } };
		const partial = matching.join(' ');
		const fewer =
			count(found) > 0 && !stray.includes(true)
				? found
				: matching.length === 1
					? perWord[terms.indexOf(matching[0])]
					: await grouped(engine, partial, filters);
		if (count(fewer) > 0) return { found: fewer, shownFor: partial, explanation: `${leftOut}${say.soLeftOut(unmatched.length)}` };
	}
	if (count(found) === 0) {
		if (matching.length === 0) return { found };
		return {
			found: anyWord(perWord.filter((words) => count(words) > 0)),
			shownFor: matching.join(say.or),
			explanation: say.notAll(listed(terms)),
		};
	}
	if (found.pages.length < 3) {
		// A long question may match only a page or two word for word: below those, add the pages matching all its
		// main words, then the pages matching most of them.
		const main = terms.filter((term) => !smallWords.has(term));
		if (main.length > 0 && main.length < terms.length) found = append(found, await grouped(engine, main.join(' '), filters));
		if (found.pages.length < 3 && main.length > 1) {
			found = append(found, anyWord(main.map((term) => perWord[terms.indexOf(term)])));
		}
	}
	return { found };
}

let generation = 0;
// Each result shown downloads its page's fragment: up to eight pages and four claims on the first screen.
const shownPages = 8;
const shownClaims = 4;
async function run() {
	const query = field('q').value.trim();
	const filters: Record<string, string> = {};
	for (const name of filterNames) {
		const value = field(name).value;
		if (value) filters[name] = value;
	}
	const current = ++generation;
	note.replaceChildren();
	area.removeAttribute('data-done');
	if (!query && Object.keys(filters).length === 0) {
		area.replaceChildren();
		statusLine.textContent = say.prompt;
		finished(query);
		return;
	}
	statusLine.textContent = say.searching;
	let outcome: Outcome, pages: PagefindResultData[], claims: PagefindResultData[];
	try {
		outcome = await find(await loadPagefind(), query, filters);
		const pageLimit = Math.max(shownPages, shownPages + shownClaims - outcome.found.claims.length);
		const claimLimit = Math.max(shownClaims, shownPages + shownClaims - outcome.found.pages.length);
		[pages, claims] = await Promise.all([
			Promise.all(outcome.found.pages.slice(0, pageLimit).map((result) => result.data())),
			Promise.all(outcome.found.claims.slice(0, claimLimit).map((result) => result.data())),
		]);
		if (current !== generation) return;
	} catch {
		statusLine.textContent = say.unavailable;
		finished(query);
		return;
	}
	const total = count(outcome.found);
	const about = say.about(query ? quoted(outcome.shownFor ?? query) : '');
	const shown = pages.length + claims.length;
	statusLine.textContent = total === 0 ? say.none(about) : `${say.some(total, about)}${total > shown ? say.best(shown) : ''}`;
	renderNote(outcome, query, total);
	area.replaceChildren(...group(say.pages, pages), ...group(say.claims, claims));
	finished(query);
}

/** Marks the results as complete for a query (tests wait for it; screen readers hear the status line). */
const finished = (query: string) => area.setAttribute('data-done', query);

/** Says what a fallback did, offers the reader's own words back, and never leaves a dead end. */
function renderNote(outcome: Outcome, query: string, total: number) {
	const parts: (string | Node)[] = [];
	if (outcome.explanation) parts.push(outcome.explanation, ' ');
	if (outcome.suggestion) {
		const link = document.createElement('a');
		link.href = searchLink(outcome.suggestion);
		link.textContent = outcome.suggestion;
		parts.push(say.didYouMean[0], link, say.didYouMean[1]);
	} else if (outcome.shownFor) {
		parts.push(say.showingFor(quoted(outcome.shownFor)));
	}
	if (total === 0) {
		const evidence = document.createElement('a');
		evidence.href = form.dataset.evidenceUrl ?? '/evidence/';
		evidence.textContent = say.evidence;
		const products = document.createElement('a');
		products.href = form.dataset.productsUrl ?? '/products/';
		products.textContent = say.products;
		parts.push(query ? say.tryWords : say.tryFilter, say.browse[0], evidence, say.browse[1], products, say.browse[2]);
	}
	note.replaceChildren(...parts);
}

function group(title: string, results: PagefindResultData[]): HTMLElement[] {
	if (results.length === 0) return [];
	const heading = document.createElement('h2');
	heading.className = 'mt-4 text-xl font-bold';
	heading.textContent = title;
	const list = document.createElement('ol');
	list.append(...results.map(renderResult));
	return [heading, list];
}

function renderResult(data: PagefindResultData): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'border-b border-line py-3';
	const link = document.createElement('a');
	link.href = data.url;
	link.className = 'text-lg font-bold';
	link.textContent = data.meta.title ?? data.url;
	const heading = document.createElement('h3');
	heading.append(link);
	const about = document.createElement('p');
	about.className = 'text-[0.95rem] text-muted';
	about.textContent = (['type', 'section', 'status'] as const)
		.map((name) => {
			const id = data.filters[name]?.[0];
			return id && (labels[name]?.[id] ?? id);
		})
		.filter(Boolean)
		.join(' · ');
	const excerpt = document.createElement('p');
	excerpt.innerHTML = data.excerpt; // Pagefind escapes the page text and adds only <mark> elements.
	item.append(heading, about, excerpt);
	return item;
}

form.addEventListener('submit', (event) => {
	event.preventDefault();
	writeUrl();
	void run();
});
form.addEventListener('change', (event) => {
	if ((event.target as HTMLElement).tagName === 'SELECT') {
		writeUrl();
		void run();
	}
});
note.addEventListener('click', (event) => {
	const link = (event.target as HTMLElement).closest('a');
	if (!link?.search) return;
	event.preventDefault();
	history.pushState(null, '', link.search);
	readUrl();
	void run();
});
addEventListener('popstate', () => {
	readUrl();
	void run();
});

readUrl();
void run();
