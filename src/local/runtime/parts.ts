// The parts a sheet carries besides cells: protections, bandings (alternating colours) and
// embedded charts. Kept as specs on the sheet; these objects look them up by id.

import { book, sheetModel, type RuntimeContext } from './context';
import { normalizeColor } from './colors';
import { Emulated } from './counting';
import { ProtectionType, enumValue, type EnumValue } from './enums';
import { takeId, type BandingSpec, type ProtectionSpec, type Rect } from './model';
import { Range } from './range';

export class Protection extends Emulated {
  readonly className = 'Protection';

  constructor(
    private readonly ctx: RuntimeContext,
    readonly sheetId: number,
    readonly id: number,
  ) {
    super();
  }

  _spec(): ProtectionSpec {
    const spec = sheetModel(this.ctx, this.sheetId).protections.find((p) => p.id === this.id);
    if (!spec) throw new Error('The protection has been removed.');
    return spec;
  }

  getProtectionType(): EnumValue {
    return enumValue(ProtectionType, this._spec().type);
  }

  getRange(): Range {
    const spec = this._spec();
    const sheet = sheetModel(this.ctx, this.sheetId);
    const whole = { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
    return new Range(this.ctx, this.sheetId, spec.rect ? { ...spec.rect } : whole);
  }

  getDescription(): string {
    return this._spec().description;
  }

  setDescription(description: string): this {
    this._spec().description = String(description);
    return this;
  }

  isWarningOnly(): boolean {
    return this._spec().warningOnly;
  }

  setWarningOnly(warningOnly: boolean): this {
    this._spec().warningOnly = Boolean(warningOnly);
    return this;
  }

  setUnprotectedRanges(ranges: Range[]): this {
    this._spec().unprotected = ranges.map((r) => ({ ...r.rect }));
    return this;
  }

  getUnprotectedRanges(): Range[] {
    return this._spec().unprotected.map((rect) => new Range(this.ctx, this.sheetId, { ...rect }));
  }

  /** The one running the script owns the file here, so may always edit. */
  canEdit(): boolean {
    return true;
  }

  canDomainEdit(): boolean {
    return true;
  }

  setDomainEdit(_editable: boolean): this {
    return this;
  }

  getEditors(): unknown[] {
    return [];
  }

  addEditor(_emailAddress: unknown): this {
    return this;
  }

  addEditors(_emailAddresses: unknown[]): this {
    return this;
  }

  removeEditor(_emailAddress: unknown): this {
    return this;
  }

  removeEditors(_emailAddresses: unknown[]): this {
    return this;
  }

  remove(): void {
    const sheet = sheetModel(this.ctx, this.sheetId);
    this._spec();
    sheet.protections = sheet.protections.filter((p) => p.id !== this.id);
  }
}

/** Sheets' alternating colours per theme: header, first band, second band, footer. */
const THEMES: Record<string, [string, string, string, string]> = {
  LIGHT_GREY: ['#bdbdbd', '#ffffff', '#f3f3f3', '#dedede'],
  CYAN: ['#4dd0e1', '#ffffff', '#e0f7fa', '#a2e8f1'],
  GREEN: ['#63d297', '#ffffff', '#e7f9ef', '#afe9ca'],
  YELLOW: ['#f7cb4d', '#ffffff', '#fef8e3', '#fce8b2'],
  ORANGE: ['#f46524', '#ffffff', '#fff3ed', '#ffccbc'],
  BLUE: ['#5b95f9', '#ffffff', '#e8f0fe', '#acc9fe'],
  TEAL: ['#26a69a', '#ffffff', '#ddf2f0', '#8cd3cd'],
  GREY: ['#78909c', '#ffffff', '#ebeff1', '#bbcbd2'],
  BROWN: ['#cca677', '#ffffff', '#f8f2eb', '#e6d3ba'],
  LIGHT_GREEN: ['#8bc34a', '#ffffff', '#eef7e3', '#c4e2a0'],
  INDIGO: ['#8989eb', '#ffffff', '#e8e7fc', '#c4c3f7'],
  PINK: ['#e91d63', '#ffffff', '#fddde8', '#f68bb1'],
};

export function bandingColors(theme: string, showHeader: boolean, showFooter: boolean) {
  const [header, first, second, footer] = THEMES[theme] ?? THEMES.LIGHT_GREY;
  return {
    headerRow: showHeader ? header : null,
    firstRow: first,
    secondRow: second,
    footerRow: showFooter ? footer : null,
  };
}

type ColorKey = 'headerRow' | 'firstRow' | 'secondRow' | 'footerRow';

export class Banding extends Emulated {
  readonly className = 'Banding';

  constructor(
    private readonly ctx: RuntimeContext,
    readonly sheetId: number,
    readonly id: number,
  ) {
    super();
  }

  _spec(): BandingSpec {
    const spec = sheetModel(this.ctx, this.sheetId).bandings.find((b) => b.id === this.id);
    if (!spec) throw new Error('The banding has been removed.');
    return spec;
  }

  private _color(key: ColorKey): string | null {
    return this._spec().colors[key] ?? null;
  }

  private _setColor(key: ColorKey, color: string | null): this {
    this._spec().colors[key] = color === null ? null : normalizeColor(color);
    return this;
  }

  getRange(): Range {
    return new Range(this.ctx, this.sheetId, { ...this._spec().rect });
  }

  setRange(range: Range): this {
    this._spec().rect = { ...range.rect };
    return this;
  }

  getHeaderRowColor(): string | null {
    return this._color('headerRow');
  }

  getFirstRowColor(): string | null {
    return this._color('firstRow');
  }

  getSecondRowColor(): string | null {
    return this._color('secondRow');
  }

  getFooterRowColor(): string | null {
    return this._color('footerRow');
  }

  setHeaderRowColor(color: string | null): this {
    return this._setColor('headerRow', color);
  }

  setFirstRowColor(color: string | null): this {
    return this._setColor('firstRow', color);
  }

  setSecondRowColor(color: string | null): this {
    return this._setColor('secondRow', color);
  }

  setFooterRowColor(color: string | null): this {
    return this._setColor('footerRow', color);
  }

  remove(): void {
    const sheet = sheetModel(this.ctx, this.sheetId);
    this._spec();
    sheet.bandings = sheet.bandings.filter((b) => b.id !== this.id);
  }
}

/** A new protection spec of the whole sheet or of a block, with a fresh id. */
export function newProtection(ctx: RuntimeContext, type: 'SHEET' | 'RANGE', rect: Rect | null) {
  const spec: ProtectionSpec = {
    id: takeId(book(ctx)),
    type,
    rect,
    description: '',
    warningOnly: false,
    unprotected: [],
  };
  return spec;
}
