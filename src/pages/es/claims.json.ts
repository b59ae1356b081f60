import type { APIRoute } from 'astro';
import { getEdition, getGuide } from '../../data/guide.ts';
import { claimsExportIn } from '../../data/exports.ts';

/** Every claim in Spanish: the same labels and sources as /claims.json (src/data/exports.ts). */
export const GET: APIRoute = async () => Response.json(claimsExportIn(await getGuide(), await getEdition()));
