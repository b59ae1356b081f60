/** A QR code as inline SVG, made at build time (the `qrcode` package), for printed handouts. */
import QRCode from 'qrcode';

export async function qrSvg(text: string): Promise<string> {
	const svg = await QRCode.toString(text, {
		type: 'svg',
		margin: 0,
		errorCorrectionLevel: 'M',
		color: { dark: '#000000', light: '#ffffff' },
	});
	// The image is described by the surrounding figure; the SVG itself is decorative for screen readers.
	return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" class="qr" ');
}
