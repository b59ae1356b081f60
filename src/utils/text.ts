/** Cuts text at a word boundary to at most `max` characters, ending with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	// Keep the last word only if the cut falls right after it.
	const space = text[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** "1 claim", "3 claims": a count with its noun (regular plurals only). */
export const counted = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Text made safe inside XML or HTML, in element content and in double-quoted attributes. */
export const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
