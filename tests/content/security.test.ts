/** The Content Security Policy every page carries, and the headers static hosts get from public/_headers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteDir } from '../helpers/site.ts';
import { htmlFiles } from '../../src/utils/site-files.ts';

const policies = htmlFiles(siteDir).map((page) => ({
	page,
	policy: /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(join(siteDir, page), 'utf8'))?.[1] ?? '',
}));
const directive = (policy: string, name: string) =>
	policy
		.split(';')
		.map((part) => part.trim())
		.find((part) => part.startsWith(`${name} `)) ?? '';

describe('Content Security Policy', () => {
	test('every page has a policy that allows only its own origin and hashed inline code', () => {
		expect(policies.length).toBeGreaterThan(20);
		for (const { page, policy } of policies) {
			expect(directive(policy, 'default-src'), page).toBe("default-src 'self'");
			expect(directive(policy, 'script-src'), page).toMatch(/^script-src 'self'/);
			expect(policy, page).not.toContain("'unsafe-inline'");
			expect(policy, page).not.toContain("'unsafe-eval'");
			expect(policy, page).not.toMatch(/https?:/);
		}
	});

	test("only the search pages (English and Spanish) allow 'wasm-unsafe-eval' (for Pagefind)", () => {
		const allowing = policies.filter(({ policy }) => policy.includes("'wasm-unsafe-eval'")).map(({ page }) => page);
		expect(allowing).toEqual(['es/buscar/index.html', 'search/index.html']);
	});

	test('public/_headers sends the headers a <meta> policy cannot', () => {
		const headers = readFileSync(join(siteDir, '_headers'), 'utf8');
		for (const header of [
			'Strict-Transport-Security: max-age=',
			"Content-Security-Policy: frame-ancestors 'none'",
			'Referrer-Policy: ',
			'Permissions-Policy: ',
			'X-Content-Type-Options: nosniff',
		])
			expect(headers).toContain(header);
	});

	test('no page other than the search pages ships a script', () => {
		const scripted = htmlFiles(siteDir).filter((page) =>
			/<script(?![^>]*type="application\/ld\+json")/.test(readFileSync(join(siteDir, page), 'utf8')),
		);
		expect(scripted).toEqual(['es/buscar/index.html', 'search/index.html']);
	});
});
