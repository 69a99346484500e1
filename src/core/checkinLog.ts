// The Check-ins log as it stands once a run's changes are applied.

import type { CheckIn, CheckInChanges } from './types';

export function checkInsWithChanges(log: readonly CheckIn[], changes: CheckInChanges): CheckIn[] {
  const next = log.slice();
  for (const { index, record } of changes.updates) next[index] = record;
  return next.concat(changes.appends);
}
