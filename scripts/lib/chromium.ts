/**
 * Debian's Chromium for the browser tests, the benchmark and the share image. The browser tests drive Debian's Chromium (never a downloaded browser build). Before they start, this makes
 * sure it is there: where `CHROMIUM_PATH` names a browser, that one must exist; otherwise `/usr/bin/chromium`,
 * which is installed with apt when it is missing and the user can install packages (root, or sudo without a
 * password). When neither works, the run stops at once with one line saying what to install.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const debianChromium = '/usr/bin/chromium';
export const chromiumPath = process.env.CHROMIUM_PATH || debianChromium;

const runnable = (path: string) => {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
};

/** How to run apt as an administrator here: [] for root, ['sudo', '-n'] where sudo needs no password, or undefined. */
function admin(): string[] | undefined {
	if (process.getuid?.() === 0) return [];
	if (spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0) return ['sudo', '-n'];
	return undefined;
}

const run = (prefix: string[], args: string[]) => {
	const [command, ...rest] = [...prefix, ...args];
	return spawnSync(command, rest, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
};

export class ChromiumMissing extends Error {
	override name = 'ChromiumMissing';
}

/** Returns the browser's path, installing Debian's chromium where it may; throws ChromiumMissing otherwise. */
export function ensureChromium(): string {
	if (runnable(chromiumPath)) return chromiumPath;
	if (process.env.CHROMIUM_PATH) {
		throw new ChromiumMissing(
			`CHROMIUM_PATH is ${process.env.CHROMIUM_PATH}, which is not a runnable file: point it at Chromium, or unset it to use Debian's (apt-get install chromium).`,
		);
	}
	const prefix = admin();
	if (prefix && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0) {
		console.log(`The browser tests need Debian's chromium at ${debianChromium}: installing it with apt-get…`);
		const ok =
			run(prefix, ['apt-get', 'update', '-qq']).status === 0 && run(prefix, ['apt-get', 'install', '-y', '-qq', 'chromium']).status === 0;
		if (ok && runnable(debianChromium)) return debianChromium;
	}
	throw new ChromiumMissing(
		`The browser tests need Chromium at ${debianChromium} and it could not be installed here: run "sudo apt-get install chromium" (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium you have.`,
	);
}

/** Launches headless Chromium with the flags this closed network needs (no background connections). */
export function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}
