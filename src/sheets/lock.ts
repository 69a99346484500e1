// Two collaborators clicking at once: the document lock serialises them, and the one that waits
// too long is told so before anything is written.

import { AddOnError, LOCKED_MESSAGE } from './errors';

const LOCK_WAIT_MS = 30_000;

export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new AddOnError('locked', LOCKED_MESSAGE);

  try {
    const result = work();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
