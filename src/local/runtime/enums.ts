// Apps Script enums: each value is an object whose toString() and name() give its name, compared
// by identity (SpreadsheetApp.ProtectionType.SHEET === the value a method returns).

export class EnumValue {
  constructor(
    private readonly enumName: string,
    private readonly valueName: string,
    private readonly index: number,
  ) {}

  name(): string {
    return this.valueName;
  }

  ordinal(): number {
    return this.index;
  }

  toString(): string {
    return this.valueName;
  }

  toJSON(): string {
    return this.valueName;
  }

  /** The enum this value belongs to, e.g. ProtectionType. */
  enumType(): string {
    return this.enumName;
  }
}

export type Enum = Readonly<Record<string, EnumValue>>;

function makeEnum(enumName: string, names: readonly string[]): Enum {
  const values: Record<string, EnumValue> = {};
  names.forEach((name, i) => (values[name] = new EnumValue(enumName, name, i)));
  return Object.freeze(values);
}

/** The name of an enum value the bundle passed, or a string it passed instead. */
export function enumName(value: unknown): string {
  if (value instanceof EnumValue) return value.name();
  return String(value);
}

/** The value of `enumType` named `name`; throws on an unknown name. */
export function enumValue(enumType: Enum, name: string): EnumValue {
  const value = enumType[name];
  if (!value) throw new Error(`Invalid argument: ${name}`);
  return value;
}

export const ProtectionType = makeEnum('ProtectionType', ['RANGE', 'SHEET']);
export const DeveloperMetadataVisibility = makeEnum('DeveloperMetadataVisibility', [
  'DOCUMENT',
  'PROJECT',
]);
export const DeveloperMetadataLocationType = makeEnum('DeveloperMetadataLocationType', [
  'SPREADSHEET',
  'SHEET',
  'ROW',
  'COLUMN',
]);
export const BandingTheme = makeEnum('BandingTheme', [
  'LIGHT_GREY',
  'CYAN',
  'GREEN',
  'YELLOW',
  'ORANGE',
  'BLUE',
  'TEAL',
  'GREY',
  'BROWN',
  'LIGHT_GREEN',
  'INDIGO',
  'PINK',
]);
export const DataValidationCriteria = makeEnum('DataValidationCriteria', [
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
]);
export const BooleanCriteria = makeEnum('BooleanCriteria', [
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
]);
export const WrapStrategy = makeEnum('WrapStrategy', ['WRAP', 'OVERFLOW', 'CLIP']);
export const BorderStyle = makeEnum('BorderStyle', [
  'DOTTED',
  'DASHED',
  'SOLID',
  'SOLID_MEDIUM',
  'SOLID_THICK',
  'DOUBLE',
]);
export const Dimension = makeEnum('Dimension', ['COLUMNS', 'ROWS']);
export const SheetType = makeEnum('SheetType', ['GRID', 'OBJECT']);
export const ChartType = makeEnum('ChartType', [
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
]);
export const Button = makeEnum('Button', ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const ButtonSet = makeEnum('ButtonSet', ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
export const AuthMode = makeEnum('AuthMode', ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
export const SandboxMode = makeEnum('SandboxMode', ['EMULATED', 'IFRAME', 'NATIVE']);
export const XFrameOptionsMode = makeEnum('XFrameOptionsMode', ['ALLOWALL', 'DEFAULT']);

// Utilities' enums.
export const DigestAlgorithm = makeEnum('DigestAlgorithm', [
  'MD2',
  'MD5',
  'SHA_1',
  'SHA_256',
  'SHA_384',
  'SHA_512',
]);
export const Charset = makeEnum('Charset', ['US_ASCII', 'UTF_8']);
