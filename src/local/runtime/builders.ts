// Data validation: the builder SpreadsheetApp.newDataValidation() returns and the rule it builds.
// The check Sheets makes when a script writes into a cell with a strict rule is in validate.ts.

import type { RuntimeContext } from './context';
import { Emulated } from './counting';
import { DataValidationCriteria, enumValue, type EnumValue } from './enums';
import type { SheetRect, ValidationSpec } from './model';
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
