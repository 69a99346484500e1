// Conditional format rules: the builder SpreadsheetApp.newConditionalFormatRule() returns, the
// rule it builds, and its boolean condition. A rule keeps its ranges with their sheets until a
// sheet takes it (Sheet.setConditionalFormatRules checks they are that sheet's).

import { normalizeColor } from './colors';
import type { RuntimeContext } from './context';
import { Emulated } from './counting';
import { BooleanCriteria, enumValue, type EnumValue } from './enums';
import type { ConditionalRuleSpec, SheetRect } from './model';
import { Range } from './range';

export class BooleanCondition extends Emulated {
  readonly className = 'BooleanCondition';

  constructor(private readonly spec: ConditionalRuleSpec) {
    super();
  }

  getCriteriaType(): EnumValue {
    return enumValue(BooleanCriteria, this.spec.criteria);
  }

  getCriteriaValues(): unknown[] {
    return [...this.spec.values];
  }

  getBackground(): string | null {
    return this.spec.format.background ?? null;
  }

  getFontColor(): string | null {
    return this.spec.format.fontColor ?? null;
  }

  getBold(): boolean | null {
    return this.spec.format.bold ?? null;
  }

  getItalic(): boolean | null {
    return this.spec.format.italic ?? null;
  }
}

/** A rule not yet set on a sheet keeps its ranges with their sheets. */
export interface RuleDraft {
  spec: Omit<ConditionalRuleSpec, 'ranges'>;
  ranges: SheetRect[];
}

export class ConditionalFormatRule extends Emulated {
  readonly className = 'ConditionalFormatRule';

  constructor(
    private readonly ctx: RuntimeContext,
    readonly draft: RuleDraft,
  ) {
    super();
  }

  getRanges(): Range[] {
    return this.draft.ranges.map((r) => new Range(this.ctx, r.sheetId, { ...r.rect }));
  }

  getBooleanCondition(): BooleanCondition {
    return new BooleanCondition({ ...this.draft.spec, ranges: [] });
  }

  getGradientCondition(): null {
    return null;
  }

  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.ctx, structuredClone(this.draft));
  }
}

export class ConditionalFormatRuleBuilder extends Emulated {
  readonly className = 'ConditionalFormatRuleBuilder';

  constructor(
    private readonly ctx: RuntimeContext,
    private draft: RuleDraft = { spec: { criteria: '', values: [], format: {} }, ranges: [] },
  ) {
    super();
  }

  private _when(criteria: string, values: unknown[]): this {
    this.draft = { ...this.draft, spec: { ...this.draft.spec, criteria, values } };
    return this;
  }

  private _format(change: ConditionalRuleSpec['format']): this {
    const format = { ...this.draft.spec.format, ...change };
    this.draft = { ...this.draft, spec: { ...this.draft.spec, format } };
    return this;
  }

  whenTextEqualTo(text: string): this {
    return this._when('TEXT_EQUAL_TO', [text]);
  }

  whenTextContains(text: string): this {
    return this._when('TEXT_CONTAINS', [text]);
  }

  whenNumberGreaterThan(number: number): this {
    return this._when('NUMBER_GREATER_THAN', [number]);
  }

  whenNumberGreaterThanOrEqualTo(number: number): this {
    return this._when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }

  whenNumberLessThan(number: number): this {
    return this._when('NUMBER_LESS_THAN', [number]);
  }

  whenNumberLessThanOrEqualTo(number: number): this {
    return this._when('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }

  whenNumberEqualTo(number: number): this {
    return this._when('NUMBER_EQUAL_TO', [number]);
  }

  whenNumberBetween(start: number, end: number): this {
    return this._when('NUMBER_BETWEEN', [start, end]);
  }

  whenCellEmpty(): this {
    return this._when('CELL_EMPTY', []);
  }

  whenCellNotEmpty(): this {
    return this._when('CELL_NOT_EMPTY', []);
  }

  whenFormulaSatisfied(formula: string): this {
    return this._when('CUSTOM_FORMULA', [formula]);
  }

  setBackground(color: string | null): this {
    return this._format({ background: color === null ? null : normalizeColor(color) });
  }

  setFontColor(color: string | null): this {
    return this._format({ fontColor: color === null ? null : normalizeColor(color) });
  }

  setBold(bold: boolean | null): this {
    return this._format({ bold });
  }

  setItalic(italic: boolean | null): this {
    return this._format({ italic });
  }

  setRanges(ranges: Range[]): this {
    const rects = ranges.map((r) => {
      if (!(r instanceof Range)) throw new Error('Invalid argument: ranges');
      return { sheetId: r.sheetId, rect: { ...r.rect } };
    });
    this.draft = { ...this.draft, ranges: rects };
    return this;
  }

  getRanges(): Range[] {
    return this.draft.ranges.map((r) => new Range(this.ctx, r.sheetId, { ...r.rect }));
  }

  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.ctx, structuredClone(this.draft));
  }

  build(): ConditionalFormatRule {
    if (!this.draft.spec.criteria) throw new Error('Conditional format rule has no condition.');
    return new ConditionalFormatRule(this.ctx, structuredClone(this.draft));
  }
}
