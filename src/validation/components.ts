/** Author components in MDX: a tag that names no component (e.g. <Claimm>) is reported with its line. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ContentProblem } from '../utils/errors.ts';
import { closest } from '../utils/suggest.ts';
import { visibleSource } from './tags.ts';

/**
 * The names authors may use: the keys of `mdxComponents` in src/user-components/index.ts (read as text: it imports
 * .astro files). A spread (`...more`) or an unreadable list falls back to every component the file imports.
 */
export function componentNames(file = fileURLToPath(new URL('../user-components/index.ts', import.meta.url))): string[] {
	const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
	const imported = [...source.matchAll(/^import\s+(\w+)\s+from/gm)].map((match) => match[1]);
	const list = /mdxComponents\s*=\s*\{([^}]*)\}/.exec(source)?.[1];
	if (list === undefined || list.includes('...')) return imported.sort();
	return list
		.split(',')
		.map((entry) =>
			entry
				.split(':')[0]
				.trim()
				.replace(/^['"]|['"]$/g, ''),
		)
		.filter(Boolean)
		.sort();
}

export function unknownComponentProblems(file: string, text: string, known: string[]): ContentProblem[] {
	const visible = visibleSource(text);
	const imported = new Set([...visible.matchAll(/^import\s+(\w+)/gm)].map((match) => match[1]));
	return [...visible.matchAll(/<([A-Z][\w.]*)/g)]
		.filter((match) => !known.includes(match[1]) && !imported.has(match[1]))
		.map((match) => {
			const hint = closest(match[1], known);
			return {
				file: `${file}:${visible.slice(0, match.index).split('\n').length}`,
				field: `<${match[1]}>`,
				message: `<${match[1]}> is not a component the guide has.`,
				fix: `${hint ? `did you mean <${hint}>? ` : ''}The components are: ${known.map((name) => `<${name}>`).join(', ')} (src/user-components/index.ts).`,
			};
		});
}
