/**
 * The queue's keyboard as a pure state machine: ↑/↓ (and Home/End) move the active order, Enter
 * opens it, L asks to release it and R to reject it. Nothing moves while a confirmation is open.
 * The active order is kept by id, so rows arriving on top (a sync's new blocks) or leaving (an
 * order someone else released) never move the agent onto another order silently.
 */

export type QueueDialog = { kind: 'release' | 'reject'; orderId: number } | null;

export interface QueueState {
  activeId: number | null;
  dialog: QueueDialog;
}

export type QueueCommand = { type: 'none' } | { type: 'open'; orderId: number } | { type: 'moved' };

export const INITIAL_QUEUE_STATE: QueueState = { activeId: null, dialog: null };

/** The state after one key press over the rows in view (ids in display order). */
export function queueKeyDown(
  state: QueueState,
  ids: readonly number[],
  key: string,
): { state: QueueState; command: QueueCommand; handled: boolean } {
  const none = { state, command: { type: 'none' } as QueueCommand, handled: false };
  if (state.dialog || ids.length === 0) return none;
  const index = state.activeId === null ? -1 : ids.indexOf(state.activeId);
  const moveTo = (i: number) => {
    const id = ids[Math.max(0, Math.min(ids.length - 1, i))] as number;
    return { state: { ...state, activeId: id }, command: { type: 'moved' } as QueueCommand, handled: true };
  };
  switch (key) {
    case 'ArrowDown':
      return moveTo(index + 1);
    case 'ArrowUp':
      return moveTo(index <= 0 ? 0 : index - 1);
    case 'Home':
      return moveTo(0);
    case 'End':
      return moveTo(ids.length - 1);
    case 'PageDown':
      return moveTo(index + 10);
    case 'PageUp':
      return moveTo(index - 10);
  }
  if (index < 0) return none;
  const orderId = ids[index] as number;
  if (key === 'Enter') return { state, command: { type: 'open', orderId }, handled: true };
  if (key === 'l' || key === 'L')
    return {
      state: { ...state, dialog: { kind: 'release', orderId } },
      command: { type: 'none' },
      handled: true,
    };
  if (key === 'r' || key === 'R')
    return {
      state: { ...state, dialog: { kind: 'reject', orderId } },
      command: { type: 'none' },
      handled: true,
    };
  return none;
}

/**
 * The active order after the list changed from `before` to `after`: the same order while it is
 * listed; when it left, the next one that is still listed (else the one before); none when empty.
 * An open confirmation stays: confirming an order someone else settled meanwhile answers with who
 * did it, which says more than a dialog vanishing under the agent's hands.
 */
export function reconcileQueue(
  state: QueueState,
  before: readonly number[],
  after: readonly number[],
): QueueState {
  const present = new Set(after);
  let activeId = state.activeId;
  if (activeId !== null && !present.has(activeId)) {
    const at = before.indexOf(activeId);
    const next = at < 0 ? undefined : before.slice(at + 1).find((id) => present.has(id));
    const previous = at < 0 ? undefined : [...before.slice(0, at)].reverse().find((id) => present.has(id));
    activeId = next ?? previous ?? after[0] ?? null;
  }
  return activeId === state.activeId ? state : { ...state, activeId };
}

export const closeQueueDialog = (state: QueueState): QueueState => ({ ...state, dialog: null });
