// Colours as Sheets returns them: lower-case '#rrggbb', whatever CSS form was set.

const NAMED: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  lime: '#00ff00',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  purple: '#800080',
  gray: '#808080',
  grey: '#808080',
  silver: '#c0c0c0',
  maroon: '#800000',
  navy: '#000080',
  teal: '#008080',
  olive: '#808000',
  aqua: '#00ffff',
  cyan: '#00ffff',
  fuchsia: '#ff00ff',
  magenta: '#ff00ff',
  pink: '#ffc0cb',
  brown: '#a52a2a',
  lightgray: '#d3d3d3',
  lightgrey: '#d3d3d3',
  darkgray: '#a9a9a9',
  darkgrey: '#a9a9a9',
};

/** '#F00', 'red' or 'rgb(255,0,0)' -> '#ff0000'; throws on anything else. */
export function normalizeColor(color: string): string {
  const text = color.trim().toLowerCase();
  if (NAMED[text]) return NAMED[text];

  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  if (/^#[0-9a-f]{6}$/.test(text)) return text;

  const rgb = /^rgb\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\)$/.exec(text);
  if (rgb) {
    const hex = rgb.slice(1).map((n) => Math.min(255, Number(n)).toString(16).padStart(2, '0'));
    return `#${hex.join('')}`;
  }
  throw new Error(`Invalid color: ${color}`);
}

/** A colour to store, or undefined to go back to the default. */
export function colorOrDefault(color: string | null | undefined): string | undefined {
  return color === null || color === undefined || color === '' ? undefined : normalizeColor(color);
}

/** 'FFFF0000' (exceljs ARGB) -> '#ff0000'. */
export function fromArgb(argb: string | undefined): string | undefined {
  if (!argb || !/^[0-9a-f]{8}$/i.test(argb)) return undefined;
  return `#${argb.slice(2).toLowerCase()}`;
}

/** '#ff0000' -> 'FFFF0000'. */
export function toArgb(color: string): string {
  return `FF${color.slice(1).toUpperCase()}`;
}
