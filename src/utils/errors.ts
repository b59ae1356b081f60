/**
 * Content errors are product output: each names the file, the field and the fix, and all of a build's
 * problems are reported at once.
 */
export interface ContentProblem {
	/** Path of the file from the project root, with a line number where one helps. */
	file: string;
	/** The frontmatter field (e.g. claims[2].sources[0]) or the body element at fault. */
	field: string;
	message: string;
	/** How to put it right; left out where the message already says it (schema messages do). */
	fix?: string;
}

export function formatProblems(problems: ContentProblem[]): string {
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	const byFile = Map.groupBy(problems, (problem) => problem.file.replace(/:\d+$/, ''));
	const blocks = [...byFile].map(([file, list]) =>
		[
			file,
			...list.map((p) => {
				const line = /:(\d+)$/.exec(p.file)?.[1];
				return `  ${line ? `line ${line}, ` : ''}${p.field}: ${p.message}${p.fix ? `\n    Fix: ${p.fix}` : ''}`;
			}),
		].join('\n'),
	);
	return `The guide's content has ${count}; the site was not built.\n\n${blocks.join('\n\n')}\n`;
}

/** Problems that do not stop the build, listed once at its end: counted, grouped by file, each with its fix. */
export function formatWarnings(warnings: ContentProblem[]): string {
	if (!warnings.length) return '';
	const count = warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`;
	return formatProblems(warnings).replace(
		/^The guide's content has .*?; the site was not built\./,
		`${count}: the site was built, but these need a person:`,
	);
}

export class GuideContentError extends Error {
	readonly problems: ContentProblem[];
	constructor(problems: ContentProblem[]) {
		super(formatProblems(problems));
		this.name = 'GuideContentError';
		this.problems = problems;
	}
}

/**
 * Astro reports a frontmatter that fails its schema as "**articles → basics/a** data does not match collection
 * schema." with one "**claims.0.certainty**: message" line per issue and the file in `loc.file`. This turns it
 * into our format (file path, field as written in YAML, message with its fix); other errors pass through.
 */
export function explainBuildError(error: unknown, root = process.cwd()): string {
	const { name, message, loc, hint } = (error ?? {}) as {
		name?: string;
		message?: string;
		hint?: string;
		loc?: { file?: string; line?: number; column?: number };
	};
	if (error instanceof GuideContentError) return error.message;
	if (name !== 'InvalidContentEntryDataError' || !message) {
		// Any other error (an author component's prop check, an MDX syntax error): keep where and how to fix.
		const text = message ?? String(error);
		// The bundler's form: "[plugin @mdx-js/rolldown] /abs/file.mdx:27:15\nMDXError: 27:15: message".
		const bundled = /\[plugin ([^\]]+)\] (\S+?):(\d+):(\d+)\n\w*Error: (?:\d+:\d+: )?(.+)/.exec(text);
		if (!loc?.file && bundled) {
			const [, plugin, file, line, column, reason] = bundled;
			return formatProblems([
				{
					file: `${relativePath(file, root)}:${line}`,
					field: `column ${column}`,
					message: reason.trim(),
					fix: plugin.includes('mdx')
						? 'close every component tag (<Claim id="…" />, <CareCard level="urgent">…</CareCard>), and write a < or { that is meant as text as &lt; or &#123;.'
						: hint?.trim(),
				},
			]);
		}
		if (!loc?.file && !hint) return text;
		const file = loc?.file ? relativePath(loc.file, root) : 'unknown file';
		const component = /^<([A-Z]\w*)/.exec(text.trim())?.[1];
		const field = component ? `<${component}>` : loc?.column ? `column ${loc.column}` : '(file)';
		return formatProblems([{ file: loc?.line ? `${file}:${loc.line}` : file, field, message: text.trim(), fix: hint?.trim() }]);
	}
	const file = loc?.file ? relativePath(loc.file, root) : (/\*\*(.+?)\*\*/.exec(message)?.[1] ?? 'unknown file');
	const problems = [...message.matchAll(/^ {2}\*\*(.*?)\*\*: (.*)$/gm)].map(([, path, text]) => ({
		file,
		field: path ? path.replace(/\.(\d+)(?=\.|$)/g, '[$1]') : '(frontmatter)',
		message: text,
	}));
	return problems.length ? formatProblems(problems) : message;
}

function relativePath(file: string, root: string): string {
	const normalRoot = root.endsWith('/') ? root : `${root}/`;
	const path = file.startsWith('file://') ? new URL(file).pathname : file;
	return path.startsWith(normalRoot) ? path.slice(normalRoot.length) : path;
}

/**
 * An error an author component threw while an article rendered, given the article's file and the line of the
 * tag: the `<Name` tag of the message's component whose source holds the value the message quotes, else the
 * first such tag. The message and hint (the fix) are kept.
 */
export function locateComponentError(error: unknown, file: string, source: string): unknown {
	if (!error || typeof error !== 'object') return error;
	const located = error as { message?: string; loc?: { file?: string; line?: number } };
	if (located.loc?.file) return error;
	const name = /<([A-Z]\w*)/.exec(located.message ?? '')?.[1];
	const lines = source.split('\n');
	const tags = name ? lines.flatMap((text, index) => (text.includes(`<${name}`) ? [index] : [])) : [];
	const quoted = [...(located.message ?? '').matchAll(/"([^"]{3,})"/g)].map((match) => match[1]);
	// A tag's text runs to the next tag of the same component (or 8 lines).
	const tagText = (index: number) => lines.slice(index, Math.min(index + 8, tags.find((other) => other > index) ?? Infinity)).join('\n');
	// The longest quoted value is the most telling ("rub the area" rather than "do not").
	const values = quoted.sort((a, b) => b.length - a.length);
	const line = values.map((value) => tags.find((index) => tagText(index).includes(value))).find((index) => index !== undefined) ?? tags[0];
	located.loc = { file, ...(line === undefined ? {} : { line: line + 1 }) };
	return error;
}
