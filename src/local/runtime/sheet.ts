// Sheet: one tab of the spreadsheet. Its grid (size, rows, columns, ranges) is in SheetBase; here
// are what it carries besides cells: rules, protections, metadata, charts, bandings, visibility.

import { ConditionalFormatRule } from './conditional';
import {
  EmbeddedChart,
  EmbeddedChartBuilder,
  insertChart,
  removeChart,
  updateChart,
} from './charts';
import { normalizeColor } from './colors';
import { book } from './context';
import { enumName, type EnumValue } from './enums';
import { addMetadata, DeveloperMetadataFinder, metadataAt, type AddMetadataArgs } from './metadata';
import { Banding, newProtection, Protection } from './parts';
import { Range } from './range';
import { SheetBase } from './sheetBase';

export class Sheet extends SheetBase {
  readonly className = 'Sheet';

  _whole(): Range {
    const sheet = this._model();
    return new Range(this.ctx, this.id, {
      row: 1,
      column: 1,
      numRows: sheet.maxRows,
      numColumns: sheet.maxColumns,
    });
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    this._whole().clear(options);
    return this;
  }

  clearContents(): this {
    this._whole().clearContent();
    return this;
  }

  clearFormats(): this {
    this._whole().clearFormat();
    return this;
  }

  clearNotes(): this {
    this._whole().clearNote();
    return this;
  }

  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    const specs = rules.map((rule) => {
      if (!(rule instanceof ConditionalFormatRule)) throw new Error('Invalid argument: rules');
      if (rule.draft.ranges.some((r) => r.sheetId !== this.id)) {
        throw new Error('Conditional format rule cannot reference a different sheet.');
      }
      return {
        ...structuredClone(rule.draft.spec),
        ranges: rule.draft.ranges.map((r) => ({ ...r.rect })),
      };
    });
    this._model().conditionalRules = specs;
  }

  getConditionalFormatRules(): ConditionalFormatRule[] {
    return this._model().conditionalRules.map(({ ranges, ...spec }) => {
      const draft = {
        spec: structuredClone(spec),
        ranges: ranges.map((rect) => ({ sheetId: this.id, rect: { ...rect } })),
      };
      return new ConditionalFormatRule(this.ctx, draft);
    });
  }

  clearConditionalFormatRules(): void {
    this._model().conditionalRules = [];
  }

  protect(): Protection {
    const sheet = this._model();
    const existing = sheet.protections.find((p) => p.type === 'SHEET');
    if (existing) return new Protection(this.ctx, this.id, existing.id);

    const spec = newProtection(this.ctx, 'SHEET', null);
    sheet.protections.push(spec);
    return new Protection(this.ctx, this.id, spec.id);
  }

  getProtections(type: EnumValue): Protection[] {
    const name = enumName(type);
    return this._model()
      .protections.filter((p) => p.type === name)
      .map((p) => new Protection(this.ctx, this.id, p.id));
  }

  addDeveloperMetadata(...args: AddMetadataArgs): this {
    addMetadata(this.ctx, { type: 'SHEET', sheetId: this.id }, args);
    return this;
  }

  getDeveloperMetadata() {
    return metadataAt(this.ctx, { type: 'SHEET', sheetId: this.id });
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.ctx, { sheetId: this.id });
  }

  activate(): this {
    const sheet = this._model();
    book(this.ctx).activeSheetId = sheet.id;
    this.ctx.activeRange = {
      sheetId: sheet.id,
      rect: { row: 1, column: 1, numRows: 1, numColumns: 1 },
    };
    return this;
  }

  setTabColor(color: string | null): this {
    this._model().tabColor = color === null ? null : normalizeColor(color);
    return this;
  }

  getTabColor(): string | null {
    return this._model().tabColor;
  }

  hideSheet(): this {
    const sheet = this._model();
    const visible = book(this.ctx).sheets.filter((s) => !s.hidden && s.id !== sheet.id);
    if (visible.length === 0) throw new Error("You can't hide all the sheets in a document.");
    sheet.hidden = true;
    return this;
  }

  showSheet(): this {
    this._model().hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this._model().hidden;
  }

  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.ctx, this.id);
  }

  insertChart(chart: EmbeddedChart): void {
    insertChart(this.ctx, this.id, chart);
  }

  updateChart(chart: EmbeddedChart): void {
    updateChart(this.ctx, this.id, chart);
  }

  removeChart(chart: EmbeddedChart): void {
    removeChart(this.ctx, this.id, chart);
  }

  getCharts(): EmbeddedChart[] {
    return this._model().charts.map(
      (spec) => new EmbeddedChart(this.ctx, this.id, structuredClone(spec)),
    );
  }

  getBandings(): Banding[] {
    return this._model().bandings.map((b) => new Banding(this.ctx, this.id, b.id));
  }
}
