import { useCallback } from 'react';

/**
 * Focuses the element as soon as it is in the page (a callback ref runs in the commit that
 * inserts it). The dialog's own focus step keeps focus that is already inside, so Enter lands
 * on the intended action even when the dialog's content mounts a render after its parent.
 */
export function useFocusFirst<T extends HTMLElement>() {
  return useCallback((el: T | null) => el?.focus(), []);
}
