/**
 * Rule 6 of the guide: never invent a phone number or a service. Every number and named service in the help routes
 * (src/data/help-routes.ts) and in the symptoms is stated by one of the route's own sources: its entry in
 * ../shared/evidence/sources.yaml, or, for a source a writer verified elsewhere (seenAt and checked), the
 * reference file's record of what the page states. A route without a source names none.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { careLevels, places, placesEs } from '../../src/data/help-routes.ts';

const root = join(import.meta.dirname, '../..');
const evidence = parse(readFileSync(join(root, '../shared/evidence/sources.yaml'), 'utf8')) as
	| { sources: { key: string }[] }
	| { key: string }[];
const entries = (Array.isArray(evidence) ? evidence : evidence.sources) as Record<string, unknown>[];
const entryText = (key: string) => {
	const entry = entries.find((candidate) => candidate.key === key);
	if (entry) return JSON.stringify(entry);
	const file = readFileSync(join(root, 'content/references', `${key}.yaml`), 'utf8');
	return /^seenAt: /m.test(file) && /^checked: /m.test(file) ? file : '';
};

/** Phone numbers (any run of digits) and named services, as a reader would dial or look for them. */
const named = (text: string) => [
	...(text.match(/\d+/g) ?? []),
	...(text.match(
		/NHS 111|Yellow Card|MHRA|MedWatch|FDA|3500B|emergency department|pharmacist|European emergency number|AEMPS|notificaRAM|COFEPRIS|E-Reporting|FEDRA/g,
	) ?? []),
];
const routesEs = placesEs.flatMap((place) =>
	(['emergency', 'urgent', 'report'] as const).map((kind) => ({ name: `${place.id}.${kind}`, route: place[kind] })),
);
const routes = places.flatMap((place) =>
	(['emergency', 'urgent', 'report'] as const).map((kind) => ({ name: `${place.id}.${kind}`, route: place[kind] })),
);

describe('help routes', () => {
	test('the UK, Ireland, the US and anywhere else each have an emergency, an urgent and a reporting route', () => {
		expect(places.map((place) => place.id)).toEqual(['uk', 'ireland', 'us', 'anywhere']);
	});

	test.each(routes)('$name names only numbers and services its sources state', ({ route }) => {
		const stated = route.sources.map(entryText).join('\n');
		for (const name of named(route.text)) {
			if (name === 'pharmacist' && route.sources.length === 0) continue; // generic advice, no service named
			expect(stated, `"${name}" in "${route.text}"`).toContain(name);
		}
	});

	test('the Spanish edition covers Spain, Mexico, the US and anywhere else', () => {
		expect(placesEs.map((place) => place.id)).toEqual(['espana', 'mexico', 'eeuu', 'otros-paises']);
	});

	test.each(routesEs)('Spanish $name names only numbers and services its sources state', ({ route }) => {
		const stated = route.sources.map(entryText).join('\n');
		for (const name of named(route.text)) expect(stated, `"${name}" in "${route.text}"`).toContain(name);
		if (route.sources.length === 0) expect(named(route.text), route.text).toEqual([]);
	});

	test("the care cards name no number of their own: the reader's place decides it (see the worried page)", () => {
		expect(named(careLevels.emergency.heading)).toEqual([]);
	});

	test('no symptom names a number', () => {
		const dir = join(root, 'content/symptoms');
		for (const file of readdirSync(dir)) {
			const text = readFileSync(join(dir, file), 'utf8');
			const data = parse(text) as { whatToDo: string; whatToSay?: string };
			expect(`${data.whatToDo} ${data.whatToSay ?? ''}`.match(/\b\d{3,}\b/g), file).toBeNull();
		}
	});
});
