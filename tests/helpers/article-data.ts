/** Frontmatter of an article as the schema returns it (every default filled in), for unit tests of the guide's rules. */
import type { ArticleData } from '../../src/schemas/article.ts';

export const articleData = (over: Partial<ArticleData> = {}): ArticleData => ({
	title: 'A page',
	description: 'x'.repeat(60),
	section: 'basics',
	order: 100,
	lastReviewed: new Date('2026-11-21'),
	nextReview: new Date('2027-11-21'),
	reviewStatus: 'not-clinically-reviewed',
	claims: [],
	answers: [],
	changes: [],
	related: [],
	aliases: [],
	searchable: true,
	...over,
});

/** A reference of the unit tests' small guides. */
export const testReference = (id = 'ref-a') => ({
	id,
	filePath: `content/references/${id}.yaml`,
	data: { title: 'A', studyType: 'review' as const, url: 'https://example.org/a' },
});
