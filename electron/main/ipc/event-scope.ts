import type { EventScope } from '../core-types';

/**
 * Whether a window may receive an event: only inside its scope, and never while nobody is
 * logged in there (an anonymous page learns nothing about other users' activity).
 */
export function eventIsFor(scope: EventScope, sessionKey: string, userId: number | null): boolean {
  if (scope.sessionKey !== undefined) return scope.sessionKey === sessionKey;
  if (userId === null) return false;
  return scope.userId === undefined || scope.userId === userId;
}
