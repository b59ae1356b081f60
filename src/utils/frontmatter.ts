/**
 * The one reader of an MDX file's frontmatter: the YAML between the first two --- lines, and the body after
 * them. The build's gate (src/validation/yaml.ts, with line numbers in its errors), the sitemap's review dates,
 * the content lint, the benchmark and the tests all split files here.
 */
import { parse } from 'yaml';

export interface FrontmatterParts {
	/** The YAML text between the two --- lines. */
	yaml: string;
	/** The MDX body after the closing ---. */
	body: string;
	/** The file line the body starts on. */
	bodyLine: number;
}

/** The frontmatter and body of an MDX file, or undefined when it does not start with a --- block. */
export function splitFrontmatter(text: string): FrontmatterParts | undefined {
	const match = /^---\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m.exec(text);
	if (match?.index !== 0) return undefined;
	return { yaml: match[1], body: text.slice(match[0].length), bodyLine: text.slice(0, match[0].length).split('\n').length };
}

/** The frontmatter's fields, YAML dates as Date (as the content layer reads them); {} when there is none. */
export function readFrontmatter<T = Record<string, unknown>>(text: string): T {
	const parts = splitFrontmatter(text);
	return (parts ? (parse(parts.yaml, { customTags: ['timestamp'] }) ?? {}) : {}) as T;
}
