/** The Spanish syllable counter and the INFLESZ score of the content lint (src/utils/readability-es.ts). */
import { describe, expect, test } from 'vitest';
import { infleszBand, readingLevelEs, syllablesEs } from '../../src/utils/readability-es.ts';

describe('Spanish syllables', () => {
	test.each([
		['casa', 2], // ca-sa
		['mesoterapia', 5], // me-so-te-ra-pia: "ia" is a diphthong
		['día', 2], // dí-a: accented í breaks the diphthong
		['baúl', 2], // ba-úl
		['leer', 2], // le-er: two strong vowels, hiatus
		['aéreo', 4], // a-é-re-o
		['cuidado', 3], // cui-da-do: "ui" is a diphthong
		['buey', 1], // buey: triphthong
		['que', 1], // silent u
		['guiso', 2], // gui-so, silent u
		['pingüino', 3], // pin-güi-no: ü is sounded, diphthong "üi"
		['hoy', 1],
		['inyección', 3], // in-yec-ción
		['piel', 1],
		['río', 2],
		['y', 1],
	])('%s has %i', (word, count) => {
		expect(syllablesEs(word)).toBe(count);
	});
});

describe('INFLESZ', () => {
	test('short sentences of everyday words read "bastante fácil" or easier; long ones of long words do not', () => {
		const easy = readingLevelEs('La piel se pone roja. Suele pasar en un día o dos.\nNo se frote la zona.');
		expect(easy.inflesz).toBeGreaterThanOrEqual(65);
		const hard = readingLevelEs(
			'La administración intradérmica de formulaciones farmacológicas heterogéneas condiciona manifestaciones inflamatorias granulomatosas persistentes difícilmente caracterizables histopatológicamente.',
		);
		expect(hard.inflesz).toBeLessThan(40);
		expect(hard.band).toBe('muy difícil');
	});

	test('the formula is 206.835 − 62.3 · syllables/words − words/sentences', () => {
		const level = readingLevelEs('Mi casa es azul.'); // 4 words, 1 sentence, 1+2+1+2 = 6 syllables
		expect(level.syllables).toBe(6);
		expect(level.inflesz).toBeCloseTo(206.835 - 62.3 * (6 / 4) - 4, 1);
	});

	test('bands follow the INFLESZ scale', () => {
		expect([30, 50, 60, 70, 90].map(infleszBand)).toEqual(['muy difícil', 'algo difícil', 'normal', 'bastante fácil', 'muy fácil']);
	});
});
