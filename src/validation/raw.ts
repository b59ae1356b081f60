/** Content as read from the files, before it is resolved into a Guide (src/data/validate.ts). */
import type { ArticleData } from '../schemas/article.ts';
import type { ReferenceData } from '../schemas/reference.ts';
import type { GlossaryData } from '../schemas/glossary.ts';
import type { KitData } from '../schemas/kit.ts';

export interface RawArticle {
	id: string;
	filePath: string;
	data: ArticleData;
	/** The whole source file, frontmatter included (for line numbers). */
	text: string;
}

export interface RawTerm {
	id: string;
	data: GlossaryData;
}

export interface RawReference {
	id: string;
	filePath: string;
	data: ReferenceData;
}

export interface RawKit {
	id: string;
	filePath: string;
	data: KitData;
}
