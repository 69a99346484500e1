// Data validation and conditional format rules: the builders SpreadsheetApp hands out, the rules
// they build, and the check Sheets makes when a script writes into a cell with a strict rule.

import type { RuntimeContext } from './context';
import { Emulated } from './counting';
import { BooleanCriteria, DataValidationCriteria, enumValue, type EnumValue } from './enums';
import type { ConditionalRuleSpec, SheetRect, ValidationSpec } from './model';
import { Range } from './range';

function rangeOf(ctx: RuntimeContext, where: SheetRect): Range {
  return new Range(ctx, where.sheetId, where.rect);
}

export class DataValidation extends Emulated {
  readonly className = 'DataValidation';

  constructor(
    private readonly ctx: RuntimeContext,
    readonly spec: ValidationSpec,
  ) {
    super();
  }

  getCriteriaType(): EnumValue {
    return enumValue(DataValidationCriteria, this.spec.criteria);
  }

  getCriteriaValues(): unknown[] {
    const values = [...this.spec.values];
    if (this.spec.range) values[0] = rangeOf(this.ctx, this.spec.range);
    return values;
  }

  getHelpText(): string {
    return this.spec.helpText ?? '';
  }

  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }

  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.ctx, structuredClone(this.spec));
  }
}

export class DataValidationBuilder extends Emulated {
  readonly className = 'DataValidationBuilder';

  constructor(
    private readonly ctx: RuntimeContext,
    private spec: ValidationSpec = { criteria: '', values: [], allowInvalid: true, helpText: null },
  ) {
    super();
  }

  private _criteria(criteria: string, values: unknown[], range?: SheetRect): this {
    this.spec = { ...this.spec, criteria, values, range };
    return this;
  }

  requireValueInList(values: string[], showDropdown = true): this {
    return this._criteria('VALUE_IN_LIST', [values.map(String), showDropdown]);
  }

  requireValueInRange(range: Range, showDropdown = true): this {
    if (!(range instanceof Range)) throw new Error('Invalid argument: range');
    return this._criteria('VALUE_IN_RANGE', [null, showDropdown], {
      sheetId: range.sheetId,
      rect: { ...range.rect },
    });
  }

  requireNumberBetween(start: number, end: number): this {
    return this._criteria('NUMBER_BETWEEN', [start, end]);
  }

  requireNumberGreaterThan(number: number): this {
    return this._criteria('NUMBER_GREATER_THAN', [number]);
  }

  requireNumberGreaterThanOrEqualTo(number: number): this {
    return this._criteria('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }

  requireNumberLessThanOrEqualTo(number: number): this {
    return this._criteria('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }

  requireDate(): this {
    return this._criteria('DATE_IS_VALID_DATE', []);
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values = [checkedValue, uncheckedValue].filter((v) => v !== undefined);
    return this._criteria('CHECKBOX', values);
  }

  requireFormulaSatisfied(formula: string): this {
    return this._criteria('CUSTOM_FORMULA', [formula]);
  }

  setAllowInvalid(allowInvalidData: boolean): this {
    this.spec = { ...this.spec, allowInvalid: allowInvalidData };
    return this;
  }

  setHelpText(helpText: string): this {
    this.spec = { ...this.spec, helpText };
    return this;
  }

  getCriteriaType(): EnumValue {
    return enumValue(DataValidationCriteria, this.spec.criteria);
  }

  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }

  getHelpText(): string | null {
    return this.spec.helpText;
  }

  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.ctx, structuredClone(this.spec));
  }

  build(): DataValidation {
    if (!this.spec.criteria) throw new Error('The data validation rule has no criteria.');
    return new DataValidation(this.ctx, structuredClone(this.spec));
  }
}

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
    return this.draft.ranges.map((r) => rangeOf(this.ctx, r));
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
    return this._format({ background: color === null ? null : color.toLowerCase() });
  }

  setFontColor(color: string | null): this {
    return this._format({ fontColor: color === null ? null : color.toLowerCase() });
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
    return this.draft.ranges.map((r) => rangeOf(this.ctx, r));
  }

  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.ctx, structuredClone(this.draft));
  }

  build(): ConditionalFormatRule {
    if (!this.draft.spec.criteria) throw new Error('Conditional format rule has no condition.');
    return new ConditionalFormatRule(this.ctx, structuredClone(this.draft));
  }
}
