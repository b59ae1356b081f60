/**
 * Reading content files the way the content layer does (YAML with dates), but keeping where a mistake is:
 * a YAML error becomes a problem naming the file, the line and the column.
 */
import { parseDocument } from 'yaml';
import type { ContentProblem } from '../utils/errors.ts';
import { splitFrontmatter } from '../utils/frontmatter.ts';

export interface Parsed {
	data: unknown;
	problems: ContentProblem[];
}

/** Parses YAML text; `lineOffset` is the file line the text starts on, minus one (frontmatter starts after ---). */
export function parseYaml(text: string, file: string, lineOffset = 0): Parsed {
	const doc = parseDocument(text, { customTags: ['timestamp'] });
	const error = doc.errors[0];
	if (!error) return { data: doc.toJS() ?? {}, problems: [] };
	const position = error.linePos?.[0] ?? { line: 1, col: 1 };
	const reason = error.message.split(/ at line \d+, column \d+/)[0];
	return {
		data: undefined,
		problems: [
			{
				file: `${file}:${position.line + lineOffset}`,
				field: `column ${position.col}`,
				message: `the YAML does not read: ${reason}.`,
				fix: yamlFix(error.code),
			},
		],
	};
}

function yamlFix(code: string): string {
	if (code === 'DUPLICATE_KEY') return 'write each field once: remove or merge the second one.';
	if (code === 'TAB_AS_INDENT') return 'indent with spaces, not tabs.';
	return 'check the indentation (two spaces per level, items of a list start with "- ") and that quotes and brackets are closed.';
}

export interface Frontmatter extends Parsed {
	/** The MDX body after the closing ---. */
	body: string;
	/** The file line the body starts on. */
	bodyLine: number;
}

/** The frontmatter of an MDX file (between the first two --- lines) and its body. */
export function parseFrontmatter(text: string, file: string): Frontmatter {
	const parts = splitFrontmatter(text);
	if (!parts) {
		return {
			data: undefined,
			body: text,
			bodyLine: 1,
			problems: [
				{
					file: `${file}:1`,
					field: 'frontmatter',
					message: 'the file does not start with a frontmatter block between two --- lines.',
					fix: 'start the file with ---, the fields (title, description, section, …), and a closing --- line.',
				},
			],
		};
	}
	return { ...parseYaml(parts.yaml, file, 1), body: parts.body, bodyLine: parts.bodyLine };
}
