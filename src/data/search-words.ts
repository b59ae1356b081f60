/**
 * The search page's "did you mean" vocabulary: the words the guide itself uses (titles, descriptions, aliases,
 * article text, claim statements, glossary entries), most frequent first. The build writes it to
 * /search-words.json; the search page downloads it only when a word of a query matches nothing, and suggests
 * the closest word by edit distance. Pure, so unit tests call it directly.
 */
import { editDistance } from '../utils/suggest.ts';

/** Words shorter than this are never corrected (and never suggested). */
export const minWordLength = 4;
/** The most words the file carries, so it stays small (the real guide: about 2,200 words, 8 KB gzip). */
export const maxWords = 6000;

/** Lower-case words of at least minWordLength letters in a text (MDX tags, attributes and link targets removed). */
export function wordsOf(text: string): string[] {
	const plain = text
		.replace(/<[^>]*>/g, ' ')
		.replace(/\]\([^)]*\)/g, ' ')
		.replace(/\{[^}]*\}/g, ' ')
		.toLowerCase();
	return (plain.match(/\p{L}+/gu) ?? []).filter((word) => word.length >= minWordLength);
}

/**
 * The vocabulary of some texts, most frequent first (ties alphabetical), at most maxWords. Alias words join it
 * after the texts' words, except those that look like a misspelling of a word the texts use ("hialuronic" is
 * one letter from "hyaluronic"): an alias may be a misspelling kept for search, and must never be suggested.
 */
export function vocabulary(texts: string[], aliases: string[] = []): string[] {
	const counts = new Map<string, number>();
	for (const text of texts) for (const word of wordsOf(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
	const words = [...counts]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.slice(0, maxWords)
		.map(([word]) => word);
	const extra = new Set(aliases.flatMap(wordsOf).filter((word) => !counts.has(word) && suggest(word, words) === undefined));
	return [...words, ...[...extra].sort()].slice(0, maxWords);
}

/** How far a word may be from a suggestion: one letter for short words, two for most, three for long ones. */
export const allowedDistance = (word: string) => (word.length <= 5 ? 1 : word.length <= 9 ? 2 : 3);

/** The closest vocabulary word to a (misspelt) word, or undefined when none is close enough; the more frequent wins a tie. */
export function suggest(word: string, words: readonly string[]): string | undefined {
	const lower = word.toLowerCase();
	if (lower.length < minWordLength || words.includes(lower)) return undefined;
	let best: string | undefined;
	let bestDistance = allowedDistance(lower) + 1;
	for (const candidate of words) {
		if (Math.abs(candidate.length - lower.length) >= bestDistance) continue;
		const distance = editDistance(lower, candidate);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}
