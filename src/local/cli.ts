// The okr-kra command line: runs the built add-on (dist/Code.js) in the local Apps Script runtime
// over an .xlsx workbook, as Sheets would run it.

import { Command, CommanderError, Option } from 'commander';
import { existsSync } from 'node:fs';

import { defaultBundleDir, openWorkbook, UsageError, type WorkbookOptions } from './session';
import { schemas } from '../server/contract';

const program = new Command('okr-kra')
  .description('OKR & KRA Tracker, run locally over .xlsx workbooks')
  .showHelpAfterError()
  .exitOverride();

const locale = () => new Option('--locale <locale>', "the workbook's locale, e.g. en_US or de_DE");
const timeZone = () =>
  new Option('--time-zone <zone>', "the workbook's time zone, e.g. Europe/Berlin");
const today = () =>
  new Option('--today <YYYY-MM-DD>', 'the day to recalculate as (default: today)');

function settingsOf(options: Record<string, unknown>): WorkbookOptions {
  return {
    locale: options.locale as string | undefined,
    timeZone: options.timeZone as string | undefined,
    today: options.today as string | undefined,
  };
}

program
  .command('setup')
  .description('run Set up sheets on the workbook, creating it if it does not exist')
  .argument('<file.xlsx>')
  .option('--sample', 'fill a new workbook with a sample team')
  .addOption(locale())
  .addOption(timeZone())
  .addOption(today())
  .action(async (file: string, options) => {
    const session = await openWorkbook(file, { ...settingsOf(options), create: true });
    try {
      const setup = session.call('setUpSheets') as { message: string };
      console.info(setup.message);
      if (options.sample)
        console.info((session.call('addSampleTeam') as { message: string }).message);
      await session.save(file);
    } finally {
      session.dispose();
    }
  });

program
  .command('recalc')
  .description('run Recalculate status and save the workbook')
  .argument('<file.xlsx>')
  .addOption(today())
  .option('--out <file.xlsx>', 'save to another file instead of in place')
  .option('--json', 'print the report as JSON')
  .addOption(locale())
  .addOption(timeZone())
  .action(async (file: string, options) => {
    const session = await openWorkbook(file, settingsOf(options));
    try {
      const result = session.call('recalculateStatus') as { message: string; report: unknown };
      await session.save(options.out ?? file);
      if (options.json) console.log(JSON.stringify(result.report, null, 2));
      else console.info(result.message);
    } finally {
      session.dispose();
    }
  });

program
  .command('call')
  .description('call a public server function as the sidebar would; prints its result as JSON')
  .argument('<file.xlsx>')
  .argument('<function>')
  .argument('[json-argument...]')
  .addOption(today())
  .addOption(locale())
  .addOption(timeZone())
  .action(async (file: string, name: string, rawArgs: string[], options) => {
    // The functions the sidebar calls, as the preview allows: not onOpen, menus or dialogs.
    if (!Object.prototype.hasOwnProperty.call(schemas, name)) {
      const names = Object.keys(schemas).join(', ');
      throw new UsageError(`the add-on has no function "${name}" to call; call takes: ${names}`);
    }
    const args = rawArgs.map((text, i) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new UsageError(`argument ${i + 1} is not JSON: ${text}`);
      }
    });
    const session = await openWorkbook(file, settingsOf(options));
    try {
      const result = session.call(name, ...args);
      await session.saveIfChanged(file);
      console.log(JSON.stringify(result ?? null, null, 2));
    } finally {
      session.dispose();
    }
  });

program
  .command('suggest')
  .description('suggest up to three KRAs for each objective without one')
  .argument('<file.xlsx>')
  .option('--json', 'print JSON')
  .addOption(today())
  .action(async (file: string, options) => {
    const session = await openWorkbook(file, settingsOf(options));
    try {
      // Suggestions read the workbook and never save it.
      const result = session.call('suggestKras') as {
        objective: string;
        suggestions: { kra: string; score: number }[];
      }[];
      if (options.json) console.log(JSON.stringify(result, null, 2));
      else {
        for (const item of result) {
          const text = item.suggestions.map((s) => `${s.kra} (${s.score.toFixed(2)})`).join(', ');
          console.log(`${item.objective}: ${text || 'no suggestion'}`);
        }
      }
    } finally {
      session.dispose();
    }
  });

program
  .command('preview')
  .description('serve the workbook beside the real sidebar on http://127.0.0.1:PORT')
  .argument('[file.xlsx]', 'the workbook', 'okr-workbook.xlsx')
  .option('--port <n>', 'port', '3000')
  .option('--create-sample', 'create the workbook from the sample when it does not exist')
  .addOption(today())
  .action(async (file: string, options) => {
    if (!existsSync(file)) {
      if (!options.createSample) throw new UsageError(`cannot read ${file}: no such file`);
      const session = await openWorkbook(file, { ...settingsOf(options), create: true });
      session.call('setUpSheets');
      session.call('addSampleTeam');
      await session.save(file);
      session.dispose();
      console.info(`Created ${file} with the sample team.`);
    }
    const port = Number(options.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new UsageError(`--port must be a number from 0 to 65535, not ${options.port}`);
    }
    const { startPreview } = await import('./preview/server');
    const { url } = await startPreview({
      file,
      port,
      bundleDir: defaultBundleDir(),
      today: options.today,
    });
    console.info(`Preview of ${file} on ${url} (Ctrl+C to stop)`);
  });

async function main() {
  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exit(error.exitCode === 0 ? 0 : 2);
    }
    if (error instanceof UsageError) {
      console.error(`okr-kra: ${error.message}`);
      process.exit(2);
    }
    const message = error instanceof Error ? error.message : String(error);
    console.error(`okr-kra: ${message}`);
    process.exit(1);
  }
}

void main();
