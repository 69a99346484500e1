// A Range's formats: number formats, colours, font, alignment and wrapping, one value for every
// cell (setBackground) or one per cell (setBackgrounds), read back as Sheets reports defaults.

import { colorOrDefault } from './colors';
import { enumName, enumValue, WrapStrategy, type EnumValue } from './enums';
import { AUTOMATIC_FORMAT } from './format';
import { readBlock } from './grid';
import type { Cell } from './model';
import { RangeBase } from './rangeBase';

type Key = keyof Cell;

const DEFAULT_BACKGROUND = '#ffffff';
const DEFAULT_FONT_COLOR = '#000000';
const DEFAULT_FONT_SIZE = 10;

function store<K extends Key>(cell: Cell, key: K, value: Cell[K] | undefined) {
  if (value === undefined) delete cell[key];
  else cell[key] = value;
}

function fontWeight(weight: string | null): boolean | undefined {
  if (weight === null || weight === 'normal') return undefined;
  if (weight === 'bold') return true;
  throw new Error(`Invalid font weight: ${weight}`);
}

function fontStyle(style: string | null): boolean | undefined {
  if (style === null || style === 'normal') return undefined;
  if (style === 'italic') return true;
  throw new Error(`Invalid font style: ${style}`);
}

function alignment(value: string | null, allowed: string[]): string | undefined {
  if (value === null || value === 'normal') return undefined;
  if (!allowed.includes(value)) throw new Error(`Invalid alignment: ${value}`);
  return value;
}

const HORIZONTAL = ['left', 'center', 'right'];
const VERTICAL = ['top', 'middle', 'bottom'];

export abstract class RangeStyle extends RangeBase {
  /** Reads one property of every cell. */
  protected _styles<T>(read: (cell: Cell) => T): T[][] {
    return readBlock(this._sheet(), this.rect, (cell) => read(cell ?? {}));
  }

  protected _style<T>(read: (cell: Cell) => T): T {
    return this._styles(read)[0][0];
  }

  setNumberFormat(numberFormat: string): this {
    this._eachCell((cell) => store(cell, 'numberFormat', numberFormat || undefined));
    return this;
  }

  setNumberFormats(numberFormats: string[][]): this {
    this._eachValue(numberFormats, (cell, f) => store(cell, 'numberFormat', f || undefined));
    return this;
  }

  getNumberFormat(): string {
    return this._style((c) => c.numberFormat ?? AUTOMATIC_FORMAT);
  }

  getNumberFormats(): string[][] {
    return this._styles((c) => c.numberFormat ?? AUTOMATIC_FORMAT);
  }

  setBackground(color: string | null): this {
    const value = colorOrDefault(color);
    this._eachCell((cell) => store(cell, 'background', value));
    return this;
  }

  setBackgrounds(colors: (string | null)[][]): this {
    this._eachValue(colors, (cell, c) => store(cell, 'background', colorOrDefault(c)));
    return this;
  }

  setBackgroundRGB(red: number, green: number, blue: number): this {
    return this.setBackground(`rgb(${red},${green},${blue})`);
  }

  getBackground(): string {
    return this._style((c) => c.background ?? DEFAULT_BACKGROUND);
  }

  getBackgrounds(): string[][] {
    return this._styles((c) => c.background ?? DEFAULT_BACKGROUND);
  }

  setFontColor(color: string | null): this {
    const value = colorOrDefault(color);
    this._eachCell((cell) => store(cell, 'fontColor', value));
    return this;
  }

  setFontColors(colors: (string | null)[][]): this {
    this._eachValue(colors, (cell, c) => store(cell, 'fontColor', colorOrDefault(c)));
    return this;
  }

  getFontColor(): string {
    return this._style((c) => c.fontColor ?? DEFAULT_FONT_COLOR);
  }

  getFontColors(): string[][] {
    return this._styles((c) => c.fontColor ?? DEFAULT_FONT_COLOR);
  }

  setFontWeight(weight: 'normal' | 'bold' | null): this {
    const bold = fontWeight(weight);
    this._eachCell((cell) => store(cell, 'bold', bold));
    return this;
  }

  setFontWeights(weights: ('normal' | 'bold' | null)[][]): this {
    this._eachValue(weights, (cell, w) => store(cell, 'bold', fontWeight(w)));
    return this;
  }

  getFontWeight(): 'normal' | 'bold' {
    return this._style((c) => (c.bold ? 'bold' : 'normal'));
  }

  getFontWeights(): ('normal' | 'bold')[][] {
    return this._styles((c) => (c.bold ? 'bold' : 'normal'));
  }

  setFontStyle(style: 'normal' | 'italic' | null): this {
    const italic = fontStyle(style);
    this._eachCell((cell) => store(cell, 'italic', italic));
    return this;
  }

  setFontStyles(styles: ('normal' | 'italic' | null)[][]): this {
    this._eachValue(styles, (cell, s) => store(cell, 'italic', fontStyle(s)));
    return this;
  }

  getFontStyle(): 'normal' | 'italic' {
    return this._style((c) => (c.italic ? 'italic' : 'normal'));
  }

  getFontStyles(): ('normal' | 'italic')[][] {
    return this._styles((c) => (c.italic ? 'italic' : 'normal'));
  }

  setFontSize(size: number): this {
    this._eachCell((cell) =>
      store(cell, 'fontSize', size === DEFAULT_FONT_SIZE ? undefined : size),
    );
    return this;
  }

  setFontSizes(sizes: number[][]): this {
    this._eachValue(sizes, (cell, s) =>
      store(cell, 'fontSize', s === DEFAULT_FONT_SIZE ? undefined : s),
    );
    return this;
  }

  getFontSize(): number {
    return this._style((c) => c.fontSize ?? DEFAULT_FONT_SIZE);
  }

  getFontSizes(): number[][] {
    return this._styles((c) => c.fontSize ?? DEFAULT_FONT_SIZE);
  }

  setHorizontalAlignment(value: 'left' | 'center' | 'normal' | 'right' | null): this {
    const stored = alignment(value, HORIZONTAL);
    this._eachCell((cell) => store(cell, 'horizontalAlignment', stored));
    return this;
  }

  setHorizontalAlignments(values: ('left' | 'center' | 'normal' | 'right' | null)[][]): this {
    this._eachValue(values, (cell, v) =>
      store(cell, 'horizontalAlignment', alignment(v, HORIZONTAL)),
    );
    return this;
  }

  getHorizontalAlignment(): string {
    return this._style((c) => c.horizontalAlignment ?? 'general');
  }

  getHorizontalAlignments(): string[][] {
    return this._styles((c) => c.horizontalAlignment ?? 'general');
  }

  setVerticalAlignment(value: 'top' | 'middle' | 'bottom' | null): this {
    const stored = alignment(value, VERTICAL);
    this._eachCell((cell) => store(cell, 'verticalAlignment', stored));
    return this;
  }

  getVerticalAlignment(): string {
    return this._style((c) => c.verticalAlignment ?? 'bottom');
  }

  getVerticalAlignments(): string[][] {
    return this._styles((c) => c.verticalAlignment ?? 'bottom');
  }

  setWrap(isWrapEnabled: boolean): this {
    this._eachCell((cell) => store(cell, 'wrapStrategy', isWrapEnabled ? 'WRAP' : undefined));
    return this;
  }

  setWraps(values: boolean[][]): this {
    this._eachValue(values, (cell, w) => store(cell, 'wrapStrategy', w ? 'WRAP' : undefined));
    return this;
  }

  getWrap(): boolean {
    return this._style((c) => c.wrapStrategy === 'WRAP');
  }

  getWraps(): boolean[][] {
    return this._styles((c) => c.wrapStrategy === 'WRAP');
  }

  setWrapStrategy(strategy: EnumValue): this {
    const name = enumValue(WrapStrategy, enumName(strategy)).name();
    this._eachCell((cell) => store(cell, 'wrapStrategy', name === 'OVERFLOW' ? undefined : name));
    return this;
  }

  getWrapStrategy(): EnumValue {
    return this._style((c) => WrapStrategy[c.wrapStrategy ?? 'OVERFLOW']);
  }

  getWrapStrategies(): EnumValue[][] {
    return this._styles((c) => WrapStrategy[c.wrapStrategy ?? 'OVERFLOW']);
  }

  /** Borders are accepted and not kept: nothing the add-on reads depends on them. */
  setBorder(..._args: unknown[]): this {
    return this;
  }

  clearFormat(): this {
    const keep = ['value', 'error', 'formula', 'note', 'validation'];
    this._eachCell((cell) => {
      for (const key of Object.keys(cell)) if (!keep.includes(key)) delete cell[key as Key];
    });
    return this;
  }
}
