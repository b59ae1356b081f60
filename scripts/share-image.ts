/**
 * Draws public/share.png (1200×630), the default image for links shared on social media, with Debian's
 * Chromium. Run after changing the site name or colours: node scripts/share-image.ts
 */
import { launch } from './lib/chromium.ts';
import { siteName } from '../src/config.ts';

const html = `<!DOCTYPE html><html><body style="margin:0;width:1200px;height:630px;display:flex;flex-direction:column;justify-content:center;padding:0 90px;box-sizing:border-box;background:#f3f5f6;font-family:system-ui,sans-serif;color:#1b2226;border-top:28px solid #0b55a3">
<p style="font-size:34px;margin:0 0 24px;color:#4a5560">${siteName}</p>
<h1 style="font-size:76px;line-height:1.1;margin:0 0 40px">Mesotherapy: what the evidence says</h1>
<p style="font-size:38px;margin:0;display:flex;gap:28px">
<span style="border:5px solid #0a6b3b;color:#0a6b3b;background:#e7f4ec;border-radius:10px;padding:6px 22px;font-weight:700">✓ Evidence-backed</span>
<span style="border:5px solid #8a4600;color:#8a4600;background:#fff3e0;border-radius:10px;padding:6px 22px;font-weight:700">? Unproven</span></p>
</body></html>`;

const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: 'public/share.png' });
await browser.close();
console.log('Wrote public/share.png');
