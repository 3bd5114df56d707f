import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage, useChannelMutation } from '../../../lib/query';

export type NotesStatus = 'saved' | 'pending' | 'saving' | 'error';

const SAVE_AFTER_MS = 800;
const draftKey = (userId: number, clientId: number) => `central.notesDraft.${userId}.${clientId}`;

/**
 * Quick notes saved as the agent types. Every keystroke also lands in a local draft
 * (localStorage, synchronous), so text typed just before the window closes, the tab changes or
 * the connection drops is saved on the next visit instead of lost. The save itself is a
 * mutation; its promise is awaited even after the field unmounts (the cache owns it), so the
 * flush on leaving the tab still lands.
 */
export function useQuickNotes(opts: {
  clientId: number;
  userId: number;
  initial: string;
  onSaved: (notes: string) => void;
}) {
  const { clientId, userId } = opts;
  const key = draftKey(userId, clientId);
  const [text, setText] = useState(() => localStorage.getItem(key) ?? opts.initial);
  const [status, setStatus] = useState<NotesStatus>(() =>
    (localStorage.getItem(key) ?? opts.initial) === opts.initial ? 'saved' : 'pending',
  );
  const [error, setError] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const latest = useRef(text);
  const saved = useRef(opts.initial);
  const timer = useRef<number | undefined>(undefined);
  const onSavedRef = useRef(opts.onSaved);
  onSavedRef.current = opts.onSaved;
  const { mutateAsync: save } = useChannelMutation('clientDetails.saveNotes');

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    const notes = latest.current;
    if (notes === saved.current) {
      localStorage.removeItem(key);
      return;
    }
    setStatus('saving');
    let savedAtText: string;
    try {
      savedAtText = (await save({ clientId, notes })).savedAt;
    } catch (e) {
      // The draft stays in localStorage: it is sent again on the next keystroke, blur or visit.
      setStatus('error');
      setError(errorMessage(e));
      return;
    }
    saved.current = notes;
    onSavedRef.current(notes);
    setSavedAt(savedAtText);
    setError(null);
    if (latest.current === notes) {
      localStorage.removeItem(key);
      setStatus('saved');
    }
  }, [clientId, key, save]);

  const change = (value: string) => {
    latest.current = value;
    setText(value);
    setStatus('pending');
    localStorage.setItem(key, value);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), SAVE_AFTER_MS);
  };

  useEffect(() => {
    // A draft left by a closed window or a failed save goes to the server right away.
    if (latest.current !== saved.current) void flush();
    const beforeUnload = () => void flush();
    const hidden = () => document.visibilityState === 'hidden' && void flush();
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('visibilitychange', hidden);
      void flush();
    };
  }, [flush]);

  return { text, status, error, savedAt, change, flush };
}
