/** Finding author components (<Claim>, <Term>, …) in MDX source, with their lines. */

/** The MDX source with fenced code and inline code blanked out (line numbers kept), so examples are not uses. */
export function visibleSource(text: string): string {
	return text
		.replace(/^(```|~~~)[\s\S]*?^\1/gm, (block) => block.replace(/[^\n]/g, ' '))
		.replace(/`[^`\n]*`/g, (code) => ' '.repeat(code.length));
}

/** Every `<Name …>` tag (e.g. Claim, Term) in an MDX source, with its line and literal id (undefined when not a plain string). */
export function findTags(text: string, name: string): { line: number; id?: string; tag: string }[] {
	// Blank out fenced code so an example of the syntax is not taken for a use; keep line numbers.
	const visible = text.replace(/^(```|~~~)[\s\S]*?^\1/gm, (block) => block.replace(/[^\n]/g, ' '));
	const tags: { line: number; id?: string; tag: string }[] = [];
	for (const match of visible.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))) {
		const line = visible.slice(0, match.index).split('\n').length;
		const id = /\bid\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(match[0]);
		tags.push({ line, tag: match[0], id: id ? (id[1] ?? id[2]) : undefined });
	}
	return tags;
}
