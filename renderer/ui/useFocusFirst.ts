import { useEffect, useRef } from 'react';

/**
 * Focuses the element once the dialog is open. Runs after the Dialog's own focus effect (a
 * parent's effects run after its children's), so Enter lands on the intended action.
 */
export function useFocusFirst<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
