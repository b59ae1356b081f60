/**
 * Spanish reading ease: the Szigriszt-Pazos perspicuity index as read by the INFLESZ scale,
 *   INFLESZ = 206.835 − 62.3 · syllables/words − words/sentences,
 * with a small Spanish syllable counter. INFLESZ bands: < 40 muy difícil, 40–55 algo difícil, 55–65 normal,
 * 65–80 bastante fácil, > 80 muy fácil. The guide aims at "bastante fácil" (≥ 65) on the median Spanish page.
 */

const strong = 'aeoáéíóú';
const weak = 'iuü';
const vowels = `${strong}${weak}`;

/**
 * Syllables of one Spanish word: each group of vowels is one syllable (a diphthong or triphthong), except that two
 * strong vowels next to each other are two (hiatus: "le-er", "a-é-re-o"), and an accented í or ú next to another
 * vowel is always its own syllable (hiatus: "dí-a", "ba-úl", "re-ír"). A "u" silent after q or g before e or i
 * ("que", "gui") is not a vowel. At least one syllable per word.
 */
export function syllablesEs(word: string): number {
	const text = word
		.toLowerCase()
		.replace(/[^a-záéíóúüñ]/g, '')
		.replace(/([qg])u([eéiíy])/g, '$1$2');
	let count = 0;
	let previous = '';
	for (const char of text) {
		const isVowel = vowels.includes(char);
		if (!isVowel) {
			previous = '';
			continue;
		}
		if (!previous) count++;
		else if (strong.includes(previous) && strong.includes(char)) count++;
		else if ('íú'.includes(char) || 'íú'.includes(previous)) count++;
		previous = char;
	}
	// A final "y" after a vowel is part of its diphthong ("hoy", "muy"); a word with none still has one.
	return Math.max(1, count);
}

export interface SpanishReadingLevel {
	/** INFLESZ score: higher is easier (≥ 65 "bastante fácil"). */
	inflesz: number;
	band: 'muy difícil' | 'algo difícil' | 'normal' | 'bastante fácil' | 'muy fácil';
	words: number;
	sentences: number;
	syllables: number;
}

export const infleszBand = (score: number): SpanishReadingLevel['band'] =>
	score < 40 ? 'muy difícil' : score < 55 ? 'algo difícil' : score < 65 ? 'normal' : score <= 80 ? 'bastante fácil' : 'muy fácil';

/** INFLESZ of a Spanish text, one block (paragraph, list item) a line; each line counts as at least one sentence. */
export function readingLevelEs(text: string): SpanishReadingLevel {
	const words = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
	const sentences = text.split(/\n|(?<=[.!?…])["”’»)]*\s+/).filter((sentence) => /[\p{L}\p{N}]/u.test(sentence)).length;
	const syllables = words.reduce((sum, word) => sum + (/\p{L}/u.test(word) ? syllablesEs(word) : Math.max(1, word.length)), 0);
	const score = words.length ? 206.835 - (62.3 * syllables) / words.length - words.length / Math.max(1, sentences) : 0;
	const inflesz = Math.round(score * 10) / 10;
	return { inflesz, band: infleszBand(inflesz), words: words.length, sentences, syllables };
}
