// Embedded charts: the builder Sheet.newChart() returns, the chart it builds, and what a chart
// reports back. The local runtime keeps a chart's specification; it draws nothing.

import { book, sheetModel, type RuntimeContext } from './context';
import { Emulated } from './counting';
import { ChartType, enumName, enumValue, type EnumValue } from './enums';
import { takeId, type ChartSpec } from './model';
import { Range } from './range';

export class ChartOptions extends Emulated {
  readonly className = 'ChartOptions';

  constructor(private readonly options: Record<string, unknown>) {
    super();
  }

  get(option: string): unknown {
    return this.options[option] ?? null;
  }

  getOrDefault(option: string): unknown {
    return this.options[option] ?? null;
  }
}

export class ContainerInfo extends Emulated {
  readonly className = 'ContainerInfo';

  constructor(private readonly position: ChartSpec['position']) {
    super();
  }

  getAnchorRow(): number {
    return this.position.row;
  }

  getAnchorColumn(): number {
    return this.position.column;
  }

  getOffsetX(): number {
    return this.position.offsetX;
  }

  getOffsetY(): number {
    return this.position.offsetY;
  }
}

export class EmbeddedChart extends Emulated {
  readonly className = 'EmbeddedChart';

  constructor(
    private readonly ctx: RuntimeContext,
    readonly sheetId: number,
    /** A chart built but not inserted has no id yet and keeps its spec here. */
    readonly spec: ChartSpec,
  ) {
    super();
  }

  getChartId(): number | null {
    return this.spec.id > 0 ? this.spec.id : null;
  }

  getRanges(): Range[] {
    return this.spec.ranges.map((r) => new Range(this.ctx, r.sheetId, { ...r.rect }));
  }

  getOptions(): ChartOptions {
    return new ChartOptions({ ...this.spec.options });
  }

  getContainerInfo(): ContainerInfo {
    return new ContainerInfo({ ...this.spec.position });
  }

  getNumHeaders(): number {
    return this.spec.numHeaders;
  }

  /** A builder over a copy of this chart, for Sheet.updateChart. */
  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.ctx, this.sheetId, structuredClone(this.spec));
  }
}

export class EmbeddedChartBuilder extends Emulated {
  readonly className = 'EmbeddedChartBuilder';

  constructor(
    private readonly ctx: RuntimeContext,
    private readonly sheetId: number,
    private readonly spec: ChartSpec = {
      id: 0,
      chartType: 'COLUMN',
      ranges: [],
      position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
      options: {},
      numHeaders: -1,
    },
  ) {
    super();
  }

  setChartType(type: EnumValue): this {
    this.spec.chartType = enumValue(ChartType, enumName(type)).name();
    return this;
  }

  getChartType(): EnumValue {
    return enumValue(ChartType, this.spec.chartType);
  }

  addRange(range: Range): this {
    if (!(range instanceof Range)) throw new Error('Invalid argument: range');
    this.spec.ranges.push({ sheetId: range.sheetId, rect: { ...range.rect } });
    return this;
  }

  clearRanges(): this {
    this.spec.ranges = [];
    return this;
  }

  getRanges(): Range[] {
    return this.spec.ranges.map((r) => new Range(this.ctx, r.sheetId, { ...r.rect }));
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.spec.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }

  setOption(option: string, value: unknown): this {
    this.spec.options[option] = structuredClone(value);
    return this;
  }

  setNumHeaders(headers: number): this {
    this.spec.numHeaders = headers;
    return this;
  }

  /** Apps Script's typed builders (asPieChart...) share this one builder here. */
  asPieChart(): this {
    return this.setChartType(ChartType.PIE);
  }

  asBarChart(): this {
    return this.setChartType(ChartType.BAR);
  }

  asColumnChart(): this {
    return this.setChartType(ChartType.COLUMN);
  }

  asLineChart(): this {
    return this.setChartType(ChartType.LINE);
  }

  setTitle(title: string): this {
    return this.setOption('title', title);
  }

  build(): EmbeddedChart {
    return new EmbeddedChart(this.ctx, this.sheetId, structuredClone(this.spec));
  }
}

/** Sheet.insertChart: the chart gets an id and a place on the sheet. */
export function insertChart(ctx: RuntimeContext, sheetId: number, chart: EmbeddedChart) {
  if (!(chart instanceof EmbeddedChart)) throw new Error('Invalid argument: chart');
  const sheet = sheetModel(ctx, sheetId);
  const spec = structuredClone(chart.spec);
  spec.id = takeId(book(ctx));
  sheet.charts.push(spec);
}

/** Sheet.updateChart: the chart built from modify() replaces the one with its id. */
export function updateChart(ctx: RuntimeContext, sheetId: number, chart: EmbeddedChart) {
  const sheet = sheetModel(ctx, sheetId);
  const index = sheet.charts.findIndex((c) => c.id === chart.spec.id);
  if (index < 0) throw new Error('The chart is not on this sheet.');
  sheet.charts[index] = structuredClone(chart.spec);
}

export function removeChart(ctx: RuntimeContext, sheetId: number, chart: EmbeddedChart) {
  const sheet = sheetModel(ctx, sheetId);
  sheet.charts = sheet.charts.filter((c) => c.id !== chart.spec.id);
}
