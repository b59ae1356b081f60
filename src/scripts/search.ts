/**
 * The search page's live search: reads q, section and status from the URL (the header form is a plain GET
 * form to /search/?q=…), runs the query with Pagefind, and renders the results. Pagefind is loaded only
 * when a search runs.
 */
interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	search(
		query: string | null,
		options?: { filters?: Record<string, string> },
	): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const statusLine = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
document.querySelector('[data-search-nojs]')?.remove();

let pagefind: Promise<Pagefind> | undefined;
const loadPagefind = () =>
	(pagefind ??= import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.origin).href).then(
		async (module: Pagefind) => {
			// Long articles should not sink below short claim pages that merely repeat a word.
			await module.options({ excerptLength: 24, ranking: { pageLength: 0.3 } });
			return module;
		},
	));

const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;

function readUrl() {
	const params = new URLSearchParams(location.search);
	for (const name of ['q', 'section', 'status']) field(name).value = params.get(name) ?? '';
}

function writeUrl() {
	const params = new URLSearchParams();
	for (const name of ['q', 'section', 'status']) {
		const value = field(name).value.trim();
		if (value) params.set(name, value);
	}
	const query = params.toString();
	history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

let generation = 0;
// Each result shown downloads its page's fragment, so the first screen shows ten.
const shownLimit = 10;
async function run() {
	const query = field('q').value.trim();
	const filters: Record<string, string> = {};
	for (const name of ['section', 'status']) {
		const value = field(name).value;
		if (value) filters[name] = value;
	}
	const current = ++generation;
	if (!query && Object.keys(filters).length === 0) {
		list.replaceChildren();
		statusLine.textContent = 'Type what you want to find, for example “does mesotherapy melt fat”.';
		return;
	}
	statusLine.textContent = 'Searching…';
	let found, total;
	try {
		const search = await (await loadPagefind()).search(query || null, { filters });
		total = search.results.length;
		found = await Promise.all(search.results.slice(0, shownLimit).map((result) => result.data()));
		if (current !== generation) return;
	} catch {
		statusLine.textContent = 'Search is not available right now. You can browse every claim on the evidence page instead.';
		return;
	}
	const about = query ? `for “${query}”` : 'with these filters';
	statusLine.textContent =
		total === 0
			? `No results ${about}.`
			: `${total} result${total === 1 ? '' : 's'} ${about}.${total > shownLimit ? ` Showing the best ${shownLimit}: add words to narrow it down.` : ''}`;
	list.replaceChildren(...found.map(renderResult));
}

function renderResult(data: PagefindResultData): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'border-b border-line py-3';
	const link = document.createElement('a');
	link.href = data.url;
	link.className = 'text-lg font-bold';
	link.textContent = data.meta.title ?? data.url;
	const heading = document.createElement('h2');
	heading.append(link);
	const about = document.createElement('p');
	about.className = 'text-[0.95rem] text-muted';
	about.textContent = [data.filters.type?.[0], data.filters.section?.[0], data.filters.status?.[0]].filter(Boolean).join(' · ');
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

readUrl();
void run();

export {};
