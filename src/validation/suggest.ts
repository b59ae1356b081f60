/** "Did you mean …?" for mistyped ids. */

/** The known id closest to a mistyped one, when it is close enough to be a likely typo. */
export function closest(id: string, known: string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Math.max(3, Math.floor(id.length / 4)) + 1;
	for (const candidate of known) {
		const distance = editDistance(id, candidate);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}

export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length];
}
