/**
 * Copies sources from ../shared/evidence/sources.yaml into content/references/<key>.yaml,
 * so that identifiers are never typed by hand.
 *
 *   npm run add-reference -- atiyeh-2008-cosmetic-mesotherapy-review [more keys…]
 *
 * Fields the evidence file marks as "not shown" are left out rather than guessed.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadEvidenceSources, toReferenceData } from '../src/utils/evidence-file.ts';

const keys = process.argv.slice(2);
if (keys.length === 0) {
	console.error('Usage: npm run add-reference -- <source key> [more keys]');
	process.exit(2);
}
const sources = loadEvidenceSources();
const dir = join(process.env.GUIDE_CONTENT_DIR ?? 'content', 'references');
mkdirSync(dir, { recursive: true });
let failed = false;
for (const key of keys) {
	const source = sources.get(key);
	if (!source) {
		console.error(`No source with key "${key}" in ../shared/evidence/sources.yaml. Check the spelling of the key.`);
		failed = true;
		continue;
	}
	const file = join(dir, `${key}.yaml`);
	if (existsSync(file)) {
		console.log(`kept   ${file} (already there)`);
		continue;
	}
	const header = `# Copied from ../shared/evidence/sources.yaml by scripts/add-reference.ts. Do not edit identifiers by hand.\n`;
	writeFileSync(file, header + stringify(toReferenceData(source), { lineWidth: 0 }));
	console.log(`added  ${file}`);
}
if (failed) process.exit(1);
