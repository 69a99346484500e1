// The local Apps Script runtime: the add-on's bundle run in Node over an emulated SpreadsheetApp
// and friends, on a workbook loaded from and saved to .xlsx. Used by the command line and tests.

export { AppsScriptRuntime } from './runtime';
export { createEnvironment, createGlobals, type Environment, type RuntimeOptions } from './globals';
export { LocalWorkbook, type MetadataView } from './workbook';
export type { Stats } from './counting';
export type { MenuItem, MenuRecord, UiLog } from './ui';
export { readTyped, type Typed } from './values';
