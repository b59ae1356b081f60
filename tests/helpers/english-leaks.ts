/**
 * English text on a page of another language: every element marked lang="en" that is not one of the kinds of
 * English a Spanish page may show. Allowed, identified by structure so other components need no extra marks:
 * - anything inside the language switch (`[data-language-switch]`: "English", "Not in English");
 * - a link to an English page (`<a hreflang="en">`: the English original, the English edition, the English title
 *   of an untranslated page on the translation status page);
 * - a source's title (`<cite>`): sources are cited in the language they were published in;
 * - an element marked `data-english-allowed` with a known reason: `newer-version` (the English summary of a version newer
 *   than an out-of-date translation; the page says it is out of date), `source` (a source's authors or journal, as
 *   published).
 * Scans Astro's output with a small tag reader (scripts and styles removed): the HTML gate checks it is valid.
 */
export const allowedEnglishReasons = ['newer-version', 'source'] as const;

export interface EnglishLeak {
	tag: string;
	text: string;
}

const voidTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const attribute = (attrs: string, name: string) =>
	new RegExp(`(?:^|\\s)${name}(?:=(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?(?=\\s|/|$)`).exec(attrs);
const decode = (text: string) =>
	text
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

/** The elements marked lang="en" (or en-…) that are not an allowed kind, with their text. */
export function englishLeaks(html: string): EnglishLeak[] {
	const body = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '').replace(/<!--[\s\S]*?-->/g, '');
	type Open = { tag: string; attrs: string; allowed: boolean; english: boolean; text: string };
	const stack: Open[] = [];
	const leaks: EnglishLeak[] = [];
	let last = 0;
	const addText = (text: string) => {
		for (const open of stack) if (open.english) open.text += text;
	};
	for (const match of body.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g)) {
		addText(decode(body.slice(last, match.index)));
		last = match.index + match[0].length;
		const [, closing, rawTag, attrs] = match;
		const tag = rawTag!.toLowerCase();
		if (closing) {
			const at = stack.map((open) => open.tag).lastIndexOf(tag);
			if (at === -1) continue;
			for (const open of stack.splice(at)) {
				if (open.english && !open.allowed && !stack.some((outer) => outer.english && !outer.allowed)) {
					leaks.push({ tag: open.tag, text: open.text.replace(/\s+/g, ' ').trim() });
				}
			}
			continue;
		}
		if (voidTags.has(tag) || attrs!.endsWith('/')) continue;
		const lang = attribute(attrs!, 'lang');
		const langValue = lang && (lang[1] ?? lang[2] ?? lang[3] ?? '');
		const reason = attribute(attrs!, 'data-english-allowed');
		const allowed =
			stack.some((open) => open.allowed) ||
			attribute(attrs!, 'data-language-switch') !== null ||
			(tag === 'a' && /^en\b/.test(attribute(attrs!, 'hreflang')?.[1] ?? '')) ||
			tag === 'cite' ||
			(reason !== null && (allowedEnglishReasons as readonly string[]).includes(reason[1] ?? ''));
		stack.push({ tag, attrs: attrs!, allowed, english: /^en\b/i.test(langValue ?? ''), text: '' });
	}
	return leaks;
}
