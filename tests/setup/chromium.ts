/** Before the browser tests start: Debian's Chromium is there, installed now, or the run stops saying what to install. */
import { ensureChromium } from '../../scripts/lib/chromium.ts';

export default function setup() {
	ensureChromium();
}
