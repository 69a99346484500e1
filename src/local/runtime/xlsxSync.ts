// Loading an .xlsx synchronously, for the reload that must happen inside LockService.tryLock (a
// synchronous call from the bundle) while exceljs only reads asynchronously: a worker thread
// reads the file and hands back exceljs' own workbook model while this thread waits on Atomics.
// The worker is started when a runtime over a file is made, so it is ready when a lock is taken.

import ExcelJS from 'exceljs';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

import type { BookData } from './model';
import { bookFromExcel, nameFromPath } from './xlsx';

/** A large workbook takes a few seconds; a minute means something is wrong. */
const LOAD_TIMEOUT_MS = 60_000;

/** The worker loads exceljs once (it takes a second or two) and then reads files on request. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const ExcelJS = require(workerData.exceljs);
parentPort.on('message', ({ path, port, flag }) => {
  const done = (message) => {
    port.postMessage(message);
    port.close();
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  };
  const workbook = new ExcelJS.Workbook();
  workbook.xlsx.readFile(path).then(
    () => done({ model: workbook.model }),
    (error) => done({ error: String((error && error.message) || error) }),
  );
});
`;

interface WorkbookModel {
  worksheets: { merges?: string[]; mergeCells?: string[] }[];
}

let reader: Worker | null = null;

/** Starts the reading worker ahead of need; it does not keep the process alive. */
export function startSyncReader(): Worker {
  if (reader) return reader;
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { exceljs: require.resolve('exceljs') },
  });
  worker.unref();
  worker.on('error', () => (reader = null));
  worker.on('exit', () => (reader = null));
  reader = worker;
  return worker;
}

/** An exceljs workbook read from `path` without leaving the current synchronous call. */
export function readExcelSync(path: string): ExcelJS.Workbook {
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  startSyncReader().postMessage({ path, port: port2, flag }, [port2]);

  try {
    if (Atomics.wait(flag, 0, 0, LOAD_TIMEOUT_MS) === 'timed-out') {
      throw new Error(`Reading ${path} took longer than ${LOAD_TIMEOUT_MS / 1000} s.`);
    }
    const message = receiveMessageOnPort(port1)?.message as
      { model?: WorkbookModel; error?: string } | undefined;
    if (!message?.model) throw new Error(message?.error ?? `Could not read ${path}.`);

    // exceljs' model getter names merges `merges`, its setter reads `mergeCells`.
    for (const sheet of message.model.worksheets) sheet.mergeCells = sheet.merges ?? [];
    const workbook = new ExcelJS.Workbook();
    (workbook as unknown as { model: WorkbookModel }).model = message.model;
    return workbook;
  } finally {
    port1.close();
  }
}

export function loadXlsxSync(path: string): BookData {
  return bookFromExcel(readExcelSync(path), nameFromPath(path));
}
