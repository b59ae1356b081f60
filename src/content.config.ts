import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { referenceSchema } from './schemas/reference.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { kitCommonSchema, kitSchema } from './schemas/kit.ts';
import { costSchema, productSchema } from './schemas/product.ts';
import { symptomSchema } from './schemas/symptom.ts';
import { contentDir } from './config.ts';
import { articleTranslationSchema } from './schemas/translation.ts';

/** Articles: content/articles/<section>/<slug>.mdx. The entry id is "<section>/<slug>". */
const articles = defineCollection({
	loader: glob({ base: `${contentDir}/articles`, pattern: '**/[^_]*.mdx' }),
	schema: articleSchema,
});

/** References: content/references/<key>.yaml, copied from ../shared/evidence/sources.yaml. */
const references = defineCollection({
	loader: glob({ base: `${contentDir}/references`, pattern: '**/*.yaml' }),
	schema: referenceSchema,
});

/** Glossary: content/glossary/<id>.yaml, each { term, definition }. */
const glossary = defineCollection({
	loader: glob({ base: `${contentDir}/glossary`, pattern: '**/*.yaml' }),
	schema: glossarySchema,
});

/** Consultation kits: content/consultation/<goal>.yaml. */
const kits = defineCollection({
	loader: glob({ base: `${contentDir}/consultation`, pattern: '[^_]*.yaml' }),
	schema: kitSchema,
});

/** What every kit shares: content/consultation/_common.yaml. */
const kitCommon = defineCollection({
	loader: glob({ base: `${contentDir}/consultation`, pattern: '_common.yaml' }),
	schema: kitCommonSchema,
});

/** Products people meet, with their regulatory status per country: content/products/<id>.yaml. */
const products = defineCollection({
	loader: glob({ base: `${contentDir}/products`, pattern: '**/*.yaml' }),
	schema: productSchema,
});

/** Dated prices a source states: content/costs/<id>.yaml. */
const costs = defineCollection({
	loader: glob({ base: `${contentDir}/costs`, pattern: '**/*.yaml' }),
	schema: costSchema,
});

/** Symptoms: content/symptoms/<id>.yaml, each declared once with its care level; care cards list them by id. */
const symptoms = defineCollection({
	loader: glob({ base: `${contentDir}/symptoms`, pattern: '**/*.yaml' }),
	schema: symptomSchema,
});

/**
 * Spanish article translations: content/translations/es/articles/<section>/<slug>.mdx (the English path), words
 * only; read and checked by src/data/edition.ts, rendered from here. Entry id "<section>/<slug>" (English).
 */
const esArticles = defineCollection({
	loader: glob({
		base: `${contentDir}/translations/es/articles`,
		pattern: '**/[^_]*.mdx',
		generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
	}),
	schema: articleTranslationSchema,
});

export const collections = { articles, references, glossary, kits, kitCommon, products, costs, symptoms, esArticles };
