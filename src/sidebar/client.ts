// A typed promise over google.script.run: one call name from the contract, its argument, its result.
// Only types come from the contract, so zod stays out of the sidebar bundle.

import type { Args, CallName, Results } from '../server/contract';

interface ScriptRunner {
  withSuccessHandler(handler: (result: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [name: string]: unknown;
}

interface GoogleScript {
  script: { run: ScriptRunner };
}

/** The failure a server function reports: its message is one sentence meant for the user. */
export class CallError extends Error {
  readonly callName: CallName;

  constructor(callName: CallName, message: string) {
    super(message);
    this.name = 'CallError';
    this.callName = callName;
  }
}

/** Calls the server function `name` with one argument (or none) and resolves with its result. */
export function call<N extends CallName>(name: N, arg?: Args<N>): Promise<Results[N]> {
  return new Promise((resolve, reject) => {
    const google = (globalThis as { google?: GoogleScript }).google;
    if (!google?.script?.run) {
      reject(new CallError(name, 'The sidebar is not connected to the spreadsheet.'));
      return;
    }

    const runner = google.script.run
      .withSuccessHandler((result) => resolve(result as Results[N]))
      .withFailureHandler((error) => reject(new CallError(name, messageOf(error))));
    const target = runner[name];
    if (typeof target !== 'function') {
      reject(new CallError(name, `The spreadsheet does not offer ${name}.`));
      return;
    }

    // Apps Script passes `undefined` on as null: leave the argument out when there is none.
    if (arg === undefined) target.call(runner);
    else target.call(runner, arg);
  });
}

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'Something went wrong; please try again.';
}
