import { z } from 'astro/zod';

/** A calendar date written YYYY-MM-DD in YAML (read as UTC midnight). */
const calendarDate = (field: string) =>
	z.custom<Date>((value) => value instanceof Date && !Number.isNaN(value.getTime()), {
		error: `${field} must be a date written YYYY-MM-DD (without quotes), e.g. ${field}: 2026-11-30`,
	});

/** A reference key: the file name (without .yaml) of a reference in content/references/. */
const sourceKey = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
	error: 'a source is the key of a file in content/references/, e.g. "gphc-lemon-bottle"',
});

/** Countries (or the EU) a regulatory status or a price can belong to, with the words readers see. */
export const countryNames = {
	UK: 'the UK',
	US: 'the US',
	Ireland: 'Ireland',
	Switzerland: 'Switzerland',
	Finland: 'Finland',
	EU: 'the EU',
} as const;
export type Country = keyof typeof countryNames;
const country = z.enum(Object.keys(countryNames) as [Country, ...Country[]], {
	error: `country must be one of: ${Object.keys(countryNames).join(', ')} (add a country to countryNames in src/schemas/product.ts)`,
});

/**
 * What a source says about a product's standing in one country. `approved`: a regulator approved or licensed it
 * for a stated use; `prescription-only`: it is a prescription medicine there; `not-approved`: a regulator said it
 * is not approved or licensed; `warning`: a regulator warned about it; `maker-says`: only the maker describes its
 * status (not a regulator); `no-statement`: we have not found a statement.
 */
export const regulatoryStatusValues = ['approved', 'prescription-only', 'not-approved', 'warning', 'maker-says', 'no-statement'] as const;
export type RegulatoryStatus = (typeof regulatoryStatusValues)[number];

/**
 * One status: product × country × status × source × date checked. Declared once, in the product's file; every
 * page that states it reads it from there (the `<ProductStatus>` component and the products page).
 */
export const statusEntrySchema = z
	.strictObject({
		country,
		status: z.enum(regulatoryStatusValues, { error: `status must be one of: ${regulatoryStatusValues.join(', ')}` }),
		/** What the source says, in the guide's own plain words. Not needed for no-statement. */
		statement: z.string().trim().min(20).optional(),
		/** The reference key that says it. Required unless status is no-statement. */
		source: sourceKey.optional(),
		/** The day we last checked the status against the source (or looked for one and found none). */
		checked: calendarDate('checked'),
	})
	.superRefine((entry, ctx) => {
		if (entry.status === 'no-statement') return;
		if (!entry.source) {
			ctx.addIssue({
				code: 'custom',
				path: ['source'],
				message: `a "${entry.status}" status needs the source that states it; if none does, use status: no-statement`,
			});
		}
		if (!entry.statement) {
			ctx.addIssue({
				code: 'custom',
				path: ['statement'],
				message: 'say in plain words what the source states, e.g. statement: The UK medicines regulator advised that …',
			});
		}
	});

/**
 * A product people meet on a leaflet or an advert: `content/products/<id>.yaml`, the file name being its id and
 * its anchor on the products page (/products/#product-<id>). Only products a source in
 * ../shared/evidence/sources.yaml covers, named exactly as that source does.
 *
 * @example
 * # content/products/lemon-bottle.yaml
 * name: Lemon Bottle
 * contains: The box says it holds mainly bromelain, lecithin and riboflavin. Laboratory tests found otherwise.
 * sources: [swissmedic-2024-lemon-bottle-warning]
 * articles: [uses/body-fat]
 * status:
 *   - country: UK
 *     status: warning
 *     statement: The UK pharmacy regulator warned pharmacy professionals not to supply or inject it.
 *     source: gphc-lemon-bottle
 *     checked: 2026-11-30
 */
export const productSchema = z.strictObject({
	/** The name as the sources print it. */
	name: z.string({ error: 'every product needs a name, as its source prints it' }).trim().min(2),
	/** Other names the sources say it is sold or known under. */
	otherNames: z.array(z.string().trim().min(2)).default([]),
	/** What it is or what is in it, in plain words, as the sources state (never more). */
	contains: z.string({ error: 'say what is in the product, as its sources state' }).trim().min(20),
	/** Reference keys for `contains` (and the name). At least one. */
	sources: z.array(sourceKey).min(1, { error: 'a product needs at least one source that names it' }),
	/** Articles to read, as <section>/<slug>; each shows the product under "Sold as, for example". */
	articles: z.array(z.string()).default([]),
	/** Its regulatory status, one entry per country; at least one (no-statement when none was found). */
	status: z.array(statusEntrySchema).min(1, { error: 'give at least one status; use status: no-statement where none was found' }),
});
export type ProductData = z.infer<typeof productSchema>;

/**
 * A price a source states: `content/costs/<id>.yaml`. Never a price a source does not print.
 *
 * @example
 * treatment: Botox injections
 * country: UK
 * range: about £100 to £350
 * per: treatment
 * dated: not shown on the page
 * source: nhs-botox-cost-page
 * checked: 2026-11-30
 */
export const costSchema = z.strictObject({
	/** What the price is for, in plain words. */
	treatment: z.string().trim().min(3),
	country,
	/** The range as the source states it, in its currency. */
	range: z.string().trim().min(3),
	/** What one price buys: a session, a treatment (one visit), a course. */
	per: z.enum(['session', 'treatment', 'course', 'area']),
	/** When the price applied, as the source shows it (a year), or "not shown on the page". */
	dated: z.string().trim().min(4),
	/** What else the source says about the total, e.g. how many treatments are usually needed. */
	note: z.string().trim().min(10).optional(),
	/** A product on the products page the price is for, by id. */
	product: z.string().optional(),
	source: sourceKey,
	/** The day the price was checked against the source. */
	checked: calendarDate('checked'),
	/** Order in the table; lower first. */
	order: z.number().int().default(100),
});
export type CostData = z.infer<typeof costSchema>;
