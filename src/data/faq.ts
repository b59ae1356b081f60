/**
 * Questions and answers of an FAQ article, read from its MDX source for the FAQPage structured data:
 * each `## …?` heading is a question, and the text under it (claims spelled out, markup removed) the answer.
 */
import type { GuideClaim } from './model.ts';
import { labelOf } from './method.ts';

export function faqEntries(mdx: string, claim: (id: string) => GuideClaim | undefined): { question: string; answer: string }[] {
	const body = mdx.replace(/^---[\s\S]*?^---$/m, '');
	const parts = body.split(/^## +(.+)$/m);
	const entries: { question: string; answer: string }[] = [];
	for (let i = 1; i < parts.length; i += 2) {
		const question = parts[i].trim();
		if (!question.endsWith('?')) continue;
		const answer = parts[i + 1]
			.split(/^### /m)[0]
			.replace(/<Claim\s+id=["']([^"']+)["']\s*\/>/g, (_, id: string) => {
				const found = claim(id);
				if (!found) return '';
				return found.status === 'unproven'
					? `Claim you may read: “${found.statement}” (${labelOf(found).group.toLowerCase()}).`
					: found.statement;
			})
			.replace(/<Term\s+id=["'][^"']+["']\s*>([\s\S]*?)<\/Term>/g, '$1')
			.replace(/<[^>]+>/g, ' ')
			.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
			.replace(/[*_`]+/g, '')
			.replace(/^\s*[-*]\s+/gm, '')
			.replace(/\s+/g, ' ')
			.trim();
		if (answer) entries.push({ question, answer });
	}
	return entries;
}
