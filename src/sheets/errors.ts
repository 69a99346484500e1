// Typed errors: the user sees `message`, one clear sentence; `code` lets callers and tests tell
// them apart without matching text.

export type ErrorCode =
  'locked' | 'structure' | 'invalid-argument' | 'unknown-id' | 'too-large' | 'not-set-up';

export class AddOnError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AddOnError';
  }
}

export const LOCKED_MESSAGE = 'Another recalculation is running; try again in a moment.';
