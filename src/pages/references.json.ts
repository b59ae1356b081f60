import type { APIRoute } from 'astro';
import { getGuide } from '../data/guide.ts';
import { referencesExport } from '../data/exports.ts';

/** Every reference the guide cites, with its identifiers and the claims that cite it. */
export const GET: APIRoute = async () => Response.json(referencesExport(await getGuide()));
