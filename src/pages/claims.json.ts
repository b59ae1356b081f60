import type { APIRoute } from 'astro';
import { getGuide } from '../data/guide.ts';
import { claimsExport } from '../data/exports.ts';

/** Every claim with its status and sources, for clinics, researchers and the tests. */
export const GET: APIRoute = async () => Response.json(claimsExport(await getGuide()));
