// Developer metadata: key/value marks on the spreadsheet, a sheet, or whole rows or columns. Row
// and column marks move with their rows and columns (see structure.ts) and go when they are deleted.

import { book, sheetModel, type RuntimeContext } from './context';
import { Emulated } from './counting';
import {
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  EnumValue,
  enumName,
  enumValue,
} from './enums';
import { takeId, type MetadataLocation, type MetadataSpec } from './model';
import { Range } from './range';
import { Sheet } from './sheet';
import { Spreadsheet } from './spreadsheet';

/** addDeveloperMetadata(key), (key, visibility), (key, value) or (key, value, visibility). */
export type AddMetadataArgs = [
  key: string,
  valueOrVisibility?: string | EnumValue,
  visibility?: EnumValue,
];

export function addMetadata(
  ctx: RuntimeContext,
  location: MetadataLocation,
  args: AddMetadataArgs,
) {
  const [key, second, third] = args;
  if (typeof key !== 'string' || key === '') throw new Error('Invalid argument: key');

  const value = second instanceof EnumValue || second === undefined ? null : String(second);
  const visibilityArg = second instanceof EnumValue ? second : third;
  const visibility = visibilityArg === undefined ? 'DOCUMENT' : enumName(visibilityArg);
  enumValue(DeveloperMetadataVisibility, visibility);

  const data = book(ctx);
  data.metadata.push({
    id: takeId(data),
    key,
    value,
    visibility: visibility as MetadataSpec['visibility'],
    location: { ...location },
  });
}

function sameLocation(a: MetadataLocation, b: MetadataLocation): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function metadataAt(ctx: RuntimeContext, location: MetadataLocation): DeveloperMetadata[] {
  return book(ctx)
    .metadata.filter((m) => sameLocation(m.location, location))
    .map((m) => new DeveloperMetadata(ctx, m.id));
}

export class DeveloperMetadataLocation extends Emulated {
  readonly className = 'DeveloperMetadataLocation';

  constructor(
    private readonly ctx: RuntimeContext,
    private readonly location: MetadataLocation,
  ) {
    super();
  }

  getLocationType(): EnumValue {
    return enumValue(DeveloperMetadataLocationType, this.location.type);
  }

  getColumn(): Range | null {
    const location = this.location;
    if (location.type !== 'COLUMN') return null;
    const { maxRows } = sheetModel(this.ctx, location.sheetId);
    const rect = { row: 1, column: location.start, numRows: maxRows, numColumns: location.count };
    return new Range(this.ctx, location.sheetId, rect, true);
  }

  getRow(): Range | null {
    const location = this.location;
    if (location.type !== 'ROW') return null;
    const { maxColumns } = sheetModel(this.ctx, location.sheetId);
    const rect = {
      row: location.start,
      column: 1,
      numRows: location.count,
      numColumns: maxColumns,
    };
    return new Range(this.ctx, location.sheetId, rect, false, true);
  }

  getSheet(): Sheet | null {
    const location = this.location;
    return location.type === 'SPREADSHEET' ? null : new Sheet(this.ctx, location.sheetId);
  }

  getSpreadsheet(): Spreadsheet | null {
    return this.location.type === 'SPREADSHEET' ? new Spreadsheet(this.ctx) : null;
  }
}

export class DeveloperMetadata extends Emulated {
  readonly className = 'DeveloperMetadata';

  constructor(
    private readonly ctx: RuntimeContext,
    readonly id: number,
  ) {
    super();
  }

  _spec(): MetadataSpec {
    const spec = book(this.ctx).metadata.find((m) => m.id === this.id);
    if (!spec) throw new Error('The developer metadata has been removed.');
    return spec;
  }

  getId(): number {
    return this.id;
  }

  getKey(): string {
    return this._spec().key;
  }

  setKey(key: string): this {
    this._spec().key = String(key);
    return this;
  }

  getValue(): string | null {
    return this._spec().value;
  }

  setValue(value: string): this {
    this._spec().value = String(value);
    return this;
  }

  getVisibility(): EnumValue {
    return enumValue(DeveloperMetadataVisibility, this._spec().visibility);
  }

  setVisibility(visibility: EnumValue): this {
    const name = enumValue(DeveloperMetadataVisibility, enumName(visibility)).name();
    this._spec().visibility = name as MetadataSpec['visibility'];
    return this;
  }

  getLocation(): DeveloperMetadataLocation {
    return new DeveloperMetadataLocation(this.ctx, { ...this._spec().location });
  }

  moveToColumn(column: Range): this {
    const location = column._location();
    if (location.type !== 'COLUMN') throw new Error('Invalid argument: column');
    this._spec().location = location;
    return this;
  }

  remove(): void {
    const data = book(this.ctx);
    this._spec();
    data.metadata = data.metadata.filter((m) => m.id !== this.id);
  }
}

/** Where a finder looks: the whole spreadsheet, one sheet, or one range. */
export interface FinderScope {
  sheetId?: number;
  range?: Range;
}

export class DeveloperMetadataFinder extends Emulated {
  readonly className = 'DeveloperMetadataFinder';
  private filters: ((m: MetadataSpec) => boolean)[] = [];
  private intersecting = false;

  constructor(
    private readonly ctx: RuntimeContext,
    private readonly scope: FinderScope = {},
  ) {
    super();
  }

  private _where(filter: (m: MetadataSpec) => boolean): this {
    this.filters.push(filter);
    return this;
  }

  withKey(key: string): this {
    return this._where((m) => m.key === key);
  }

  withValue(value: string): this {
    return this._where((m) => m.value === value);
  }

  withId(id: number): this {
    return this._where((m) => m.id === id);
  }

  withVisibility(visibility: EnumValue): this {
    return this._where((m) => m.visibility === enumName(visibility));
  }

  withLocationType(locationType: EnumValue): this {
    return this._where((m) => m.location.type === enumName(locationType));
  }

  onIntersectingLocations(): this {
    this.intersecting = true;
    return this;
  }

  _inScope(m: MetadataSpec): boolean {
    const { sheetId, range } = this.scope;
    const location = m.location;
    if (sheetId !== undefined)
      return location.type !== 'SPREADSHEET' && location.sheetId === sheetId;
    if (!range) return true;
    if (location.type !== 'ROW' && location.type !== 'COLUMN') return false;
    if (location.sheetId !== range.sheetId) return false;

    if (!this.intersecting) {
      try {
        return sameLocation(location, range._location());
      } catch {
        return false;
      }
    }
    const [start, count] =
      location.type === 'ROW'
        ? [range.rect.row, range.rect.numRows]
        : [range.rect.column, range.rect.numColumns];
    return location.start < start + count && start < location.start + location.count;
  }

  find(): DeveloperMetadata[] {
    return book(this.ctx)
      .metadata.filter((m) => this._inScope(m) && this.filters.every((f) => f(m)))
      .map((m) => new DeveloperMetadata(this.ctx, m.id));
  }
}
