// Draws the Marketplace graphics into docs/marketplace/: the application icons (128×128 and
// 32×32) and the card banner (220×140), each an SVG drawn here and rendered by Chromium so that
// the PNGs come out the same on every machine. Run: node scripts/icons.mjs
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'marketplace');

const TEAL = '#0f766e';
const AMBER = '#fbbc04';

/** A target (the objective) with its centre hit (a key result reached) and a rising bar beside. */
function icon(size) {
  // The small icon drops the inner ring and the bar: at 32 px they blur into the background.
  const small = size <= 32;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="${TEAL}"/>
  <circle cx="64" cy="64" r="${small ? 38 : 42}" fill="none" stroke="#fff" stroke-width="${small ? 14 : 9}"/>
  ${small ? '' : '<circle cx="64" cy="64" r="25" fill="none" stroke="#fff" stroke-width="8"/>'}
  <circle cx="64" cy="64" r="${small ? 16 : 12}" fill="${AMBER}"/>
  ${small ? '' : `<path d="M92 34 L112 14" stroke="${AMBER}" stroke-width="8" stroke-linecap="round"/>`}
</svg>`;
}

function banner() {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="220" height="140" viewBox="0 0 220 140">
  <rect width="220" height="140" fill="${TEAL}"/>
  <g transform="translate(16 38) scale(0.5)">${icon(128).replace(/<\/?svg[^>]*>/g, '')}</g>
  <text x="90" y="66" font-family="DejaVu Sans, Arial, sans-serif" font-size="19" font-weight="bold" fill="#fff">OKR &amp; KRA</text>
  <text x="90" y="90" font-family="DejaVu Sans, Arial, sans-serif" font-size="19" font-weight="bold" fill="#fff">Tracker</text>
  <rect x="90" y="102" width="70" height="6" rx="3" fill="#ffffff55"/>
  <rect x="90" y="102" width="49" height="6" rx="3" fill="${AMBER}"/>
</svg>`;
}

const GRAPHICS = [
  { file: 'icon-128.png', width: 128, height: 128, svg: icon(128) },
  { file: 'icon-32.png', width: 32, height: 32, svg: icon(32) },
  { file: 'card-banner-220x140.png', width: 220, height: 140, svg: banner() },
];

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
try {
  for (const g of GRAPHICS) {
    const page = await browser.newPage({ viewport: { width: g.width, height: g.height } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${g.svg}</body></html>`,
    );
    await page.screenshot({ path: path.join(OUT, g.file), omitBackground: true });
    await page.close();
    console.info(`wrote docs/marketplace/${g.file} (${g.width}×${g.height})`);
  }
} finally {
  await browser.close();
}
