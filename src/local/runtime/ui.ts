// The spreadsheet's UI (menus, sidebars, dialogs, alerts; toasts come from Spreadsheet.toast) and
// HtmlService. Nothing is shown: everything is recorded in a log that tests and the CLI read.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { RuntimeContext } from './context';
import { Emulated } from './counting';
import {
  Button,
  ButtonSet,
  enumName,
  SandboxMode,
  XFrameOptionsMode,
  type EnumValue,
} from './enums';

export type MenuItem =
  { caption: string; functionName: string } | { separator: true } | { subMenu: MenuRecord };

export interface MenuRecord {
  /** 'addon' for createAddonMenu (shown under Extensions), 'menu' for createMenu. */
  kind: 'addon' | 'menu';
  title: string | null;
  items: MenuItem[];
}

export interface UiLog {
  toasts: { message: string; title: string; timeoutSeconds: number }[];
  menus: MenuRecord[];
  sidebars: { title: string; html: string; width: number }[];
  dialogs: { title: string; html: string; modal: boolean; width: number; height: number }[];
  alerts: { title: string; prompt: string; buttons: string }[];
}

export function newUiLog(): UiLog {
  return { toasts: [], menus: [], sidebars: [], dialogs: [], alerts: [] };
}

export class HtmlOutput extends Emulated {
  readonly className = 'HtmlOutput';
  private title = '';
  private width = 300;
  private height = 500;

  constructor(private content: string) {
    super();
  }

  override _counted(): boolean {
    return false;
  }

  getContent(): string {
    return this.content;
  }

  setContent(content: string): this {
    this.content = String(content);
    return this;
  }

  append(addedContent: string): this {
    this.content += String(addedContent);
    return this;
  }

  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }

  getTitle(): string {
    return this.title;
  }

  setWidth(width: number): this {
    this.width = width;
    return this;
  }

  getWidth(): number {
    return this.width;
  }

  setHeight(height: number): this {
    this.height = height;
    return this;
  }

  getHeight(): number {
    return this.height;
  }

  setSandboxMode(_mode: EnumValue): this {
    return this;
  }

  setXFrameOptionsMode(_mode: EnumValue): this {
    return this;
  }

  addMetaTag(_name: string, _content: string): this {
    return this;
  }
}

function asOutput(userInterface: unknown): HtmlOutput {
  if (!(userInterface instanceof HtmlOutput)) throw new Error('Invalid argument: userInterface');
  return userInterface;
}

export class HtmlService extends Emulated {
  readonly className = 'HtmlService';
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(private readonly ctx: RuntimeContext) {
    super();
  }

  override _counted(): boolean {
    return false;
  }

  createHtmlOutput(html = ''): HtmlOutput {
    return new HtmlOutput(String(html));
  }

  /** Reads `<filename>.html` from the bundle folder, as Apps Script reads a project file. */
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    const name = String(filename).replace(/\.html$/, '');
    const path = join(this.ctx.options.bundleDir, `${name}.html`);
    if (!existsSync(path)) throw new Error(`No HTML file named ${name} was found.`);
    return new HtmlOutput(readFileSync(path, 'utf8'));
  }
}

export class Menu extends Emulated {
  readonly className = 'Menu';

  constructor(
    private readonly ctx: RuntimeContext,
    readonly record: MenuRecord,
  ) {
    super();
  }

  addItem(caption: string, functionName: string): this {
    this.record.items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }

  addSeparator(): this {
    this.record.items.push({ separator: true });
    return this;
  }

  addSubMenu(menu: Menu): this {
    if (!(menu instanceof Menu)) throw new Error('Invalid argument: menu');
    this.record.items.push({ subMenu: structuredClone(menu.record) });
    return this;
  }

  /** Adding a menu again replaces the one shown under the same title. */
  addToUi(): void {
    const menus = this.ctx.ui.menus;
    const same = menus.findIndex(
      (m) => m.kind === this.record.kind && m.title === this.record.title,
    );
    const copy = structuredClone(this.record);
    if (same >= 0) menus[same] = copy;
    else menus.push(copy);
  }
}

/** The button a person would press to go on: OK, or Yes. */
const ANSWERS: Record<string, EnumValue> = {
  OK: Button.OK,
  OK_CANCEL: Button.OK,
  YES_NO: Button.YES,
  YES_NO_CANCEL: Button.YES,
};

export class Ui extends Emulated {
  readonly className = 'Ui';
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly ctx: RuntimeContext) {
    super();
  }

  createAddonMenu(): Menu {
    return new Menu(this.ctx, { kind: 'addon', title: null, items: [] });
  }

  createMenu(caption: string): Menu {
    return new Menu(this.ctx, { kind: 'menu', title: String(caption), items: [] });
  }

  showSidebar(userInterface: HtmlOutput): void {
    const output = asOutput(userInterface);
    this.ctx.ui.sidebars.push({
      title: output.getTitle(),
      html: output.getContent(),
      width: output.getWidth(),
    });
  }

  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this._dialog(userInterface, title, true);
  }

  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this._dialog(userInterface, title, false);
  }

  _dialog(userInterface: HtmlOutput, title: string, modal: boolean) {
    const output = asOutput(userInterface);
    this.ctx.ui.dialogs.push({
      title: String(title),
      html: output.getContent(),
      modal,
      width: output.getWidth(),
      height: output.getHeight(),
    });
  }

  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons). */
  alert(first: string, second?: string | EnumValue, third?: EnumValue): EnumValue {
    const titled = typeof second === 'string';
    const buttons = enumName((titled ? third : second) ?? ButtonSet.OK);
    const alert = {
      title: titled ? String(first) : '',
      prompt: titled ? String(second) : String(first),
      buttons,
    };
    this.ctx.ui.alerts.push(alert);
    return ANSWERS[buttons] ?? Button.OK;
  }
}
