/**
 * Reading level of an article's body text: the Flesch–Kincaid grade (wooorm's `flesch-kincaid`, syllables by
 * `syllable`). Body text is the article's prose without headings, evidence labels, glossary tooltips and
 * screen-reader-only helper text; each paragraph, list item and table cell counts as at least one sentence.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { parse } from 'node-html-parser';
import { syllable } from 'syllable';

const excluded = 'h1, h2, h3, h4, h5, h6, .label, .term-tip, .sr-only, script, style';
const blocks = 'p, li, dt, dd, td, th, figcaption, blockquote';

/** The plain sentences-worth of text of the `.prose` part of a built page, one block per line. */
export function bodyText(html: string): string {
	const prose = parse(html).querySelector('.prose');
	if (!prose) return '';
	for (const node of prose.querySelectorAll(excluded)) node.remove();
	// Innermost blocks only, so a list item holding a paragraph is not counted twice.
	return prose
		.querySelectorAll(blocks)
		.filter((block) => !block.querySelector(blocks))
		.map((block) => block.textContent.replace(/\s+/g, ' ').trim())
		.filter(Boolean)
		.join('\n');
}

export interface ReadingLevel {
	grade: number;
	words: number;
	sentences: number;
}

export function readingLevel(text: string): ReadingLevel {
	const words = text.match(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g) ?? [];
	const sentences = text.split(/\n|(?<=[.!?])["”’)]*\s+/).filter((sentence) => /[A-Za-z0-9]/.test(sentence)).length;
	const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
	const grade = words.length ? fleschKincaid({ sentence: Math.max(1, sentences), word: words.length, syllable: syllables }) : 0;
	return { grade: Math.round(grade * 10) / 10, words: words.length, sentences };
}
