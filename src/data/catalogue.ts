/**
 * Products, their regulatory status and dated prices: resolved once, with the cross-file checks zod cannot see
 * (every source is a reference file, every article and product id exists, one status per product and country).
 * Called with one line from src/data/validate.ts, which throws every problem together. Pure, like validate.ts.
 */
import type { CostData, ProductData } from '../schemas/product.ts';
import type { GuideArticle, GuideReference } from './model.ts';
import type { ContentProblem } from '../utils/errors.ts';
import { contentDir as defaultContentDir } from '../config.ts';
import { urls } from '../utils/urls.ts';

export interface RawProduct {
	id: string;
	filePath: string;
	data: ProductData;
}

export interface RawCost {
	id: string;
	filePath: string;
	data: CostData;
}

export type GuideStatus = ProductData['status'][number] & { reference?: GuideReference };

export interface GuideProduct {
	id: string;
	filePath: string;
	data: ProductData;
	url: string;
	/** The sources of `contains`, resolved. */
	references: GuideReference[];
	/** The articles to read, resolved. */
	articles: GuideArticle[];
	/** One entry per country, resolved. */
	status: GuideStatus[];
}

export interface GuideCost {
	id: string;
	data: CostData;
	reference: GuideReference;
	product?: GuideProduct;
}

export interface Catalogue {
	/** Alphabetical by name. */
	products: GuideProduct[];
	/** In `order`, then by treatment. */
	costs: GuideCost[];
}

interface Lookups {
	reference: (key: string) => GuideReference | undefined;
	article: (id: string) => GuideArticle | undefined;
	/** The content folder, for paths in messages; GUIDE_CONTENT_DIR or ./content unless given. */
	contentDir?: string;
}

const missingSource = (key: string, contentDir: string) => ({
	message: `"${key}" is not a reference: there is no ${contentDir}/references/${key}.yaml.`,
	fix: `correct the key, or add the source with \`npm run add-reference -- ${key}\` if ../shared/evidence/sources.yaml has it.`,
});

/** Resolves products and costs, adding a problem (file, field, fix) for each broken link. */
export function resolveCatalogue(rawProducts: RawProduct[], rawCosts: RawCost[], lookups: Lookups, problems: ContentProblem[]): Catalogue {
	const contentDir = lookups.contentDir ?? defaultContentDir;
	const products = rawProducts
		.map((raw): GuideProduct => {
			const source = (key: string, field: string) => {
				const reference = lookups.reference(key);
				if (!reference) problems.push({ file: raw.filePath, field, ...missingSource(key, contentDir) });
				return reference;
			};
			const countries = new Set<string>();
			const status = raw.data.status.map((entry, index): GuideStatus => {
				if (countries.has(entry.country)) {
					problems.push({
						file: raw.filePath,
						field: `status[${index}].country`,
						message: `${entry.country} has more than one status for this product.`,
						fix: 'declare one status per country: merge the entries, citing the clearest source.',
					});
				}
				countries.add(entry.country);
				return { ...entry, reference: entry.source ? source(entry.source, `status[${index}].source`) : undefined };
			});
			const articles = raw.data.articles.flatMap((id, index) => {
				const article = lookups.article(id.replace(/^\/|\/$/g, ''));
				if (!article) {
					problems.push({
						file: raw.filePath,
						field: `articles[${index}]`,
						message: `"${id}" is not an article.`,
						fix: 'write the id of an existing article as <section>/<slug>, e.g. uses/body-fat.',
					});
				}
				return article ? [article] : [];
			});
			const references = raw.data.sources.flatMap((key, index) => source(key, `sources[${index}]`) ?? []);
			return { id: raw.id, filePath: raw.filePath, data: raw.data, url: urls.product(raw.id), references, articles, status };
		})
		.sort((a, b) => a.data.name.localeCompare(b.data.name));
	const productById = new Map(products.map((product) => [product.id, product]));

	const costs = rawCosts
		.flatMap((raw): GuideCost[] => {
			const reference = lookups.reference(raw.data.source);
			if (!reference) problems.push({ file: raw.filePath, field: 'source', ...missingSource(raw.data.source, contentDir) });
			const product = raw.data.product === undefined ? undefined : productById.get(raw.data.product);
			if (raw.data.product !== undefined && !product) {
				problems.push({
					file: raw.filePath,
					field: 'product',
					message: `"${raw.data.product}" is not a product.`,
					fix: `use the id of a file in ${contentDir}/products/ (e.g. kybella), or leave product out.`,
				});
			}
			return reference ? [{ id: raw.id, data: raw.data, reference, product }] : [];
		})
		.sort((a, b) => a.data.order - b.data.order || a.data.treatment.localeCompare(b.data.treatment));
	return { products, costs };
}

/** The words readers see for each regulatory status: never colour alone. */
export const statusWords: Record<ProductData['status'][number]['status'], string> = {
	approved: 'Approved or licensed',
	'prescription-only': 'Prescription medicine',
	'not-approved': 'Not approved or licensed',
	warning: 'Regulator’s warning',
	'maker-says': 'The maker’s description (not a regulator’s)',
	'no-statement': 'No statement found',
};

/** The same status words in Spanish (the status itself is declared once, in content/products/). */
export const statusWordsEs: Record<ProductData['status'][number]['status'], string> = {
	approved: 'Aprobado o autorizado',
	'prescription-only': 'Medicamento con receta',
	'not-approved': 'No aprobado ni autorizado',
	warning: 'Aviso de una autoridad sanitaria',
	'maker-says': 'Lo que dice el fabricante (no una autoridad sanitaria)',
	'no-statement': 'No hemos encontrado ninguna declaración',
};

/** Country names in Spanish, keyed like countryNames. */
export const countryNamesEs: Record<string, string> = {
	UK: 'el Reino Unido',
	US: 'EE. UU.',
	Ireland: 'Irlanda',
	Switzerland: 'Suiza',
	Finland: 'Finlandia',
	EU: 'la UE',
};
