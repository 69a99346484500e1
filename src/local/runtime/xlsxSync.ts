// Loading an .xlsx synchronously, for the reload that must happen inside LockService.tryLock (a
// synchronous call from the bundle) while exceljs only reads asynchronously: a worker thread
// reads the file and hands back exceljs' own workbook model while this thread waits on Atomics.

import ExcelJS from 'exceljs';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

import type { BookData } from './model';
import { bookFromExcel, nameFromPath } from './xlsx';

/** A large workbook takes a few seconds; a minute means something is wrong. */
const LOAD_TIMEOUT_MS = 60_000;

const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const ExcelJS = require(workerData.exceljs);
const done = (message) => {
  workerData.port.postMessage(message);
  Atomics.store(workerData.flag, 0, 1);
  Atomics.notify(workerData.flag, 0);
};
const workbook = new ExcelJS.Workbook();
workbook.xlsx.readFile(workerData.path).then(
  () => done({ model: workbook.model }),
  (error) => done({ error: String(error && error.message || error) }),
);
`;

interface WorkbookModel {
  worksheets: { merges?: string[]; mergeCells?: string[] }[];
}

/** An exceljs workbook read from `path` without leaving the current synchronous call. */
export function readExcelSync(path: string): ExcelJS.Workbook {
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { path, exceljs: require.resolve('exceljs'), port: port2, flag },
    transferList: [port2],
  });

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
    void worker.terminate();
  }
}

export function loadXlsxSync(path: string): BookData {
  return bookFromExcel(readExcelSync(path), nameFromPath(path));
}
