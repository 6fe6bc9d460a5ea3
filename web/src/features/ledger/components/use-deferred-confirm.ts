import { useCallback, useEffect, useRef, useState } from 'react';

/** Seconds a confirmation waits for an undo before it is sent. */
export const UNDO_SECONDS = 5;

/**
 * Confirm with an inline undo instead of a second dialog: `start` counts down, `undo` cancels, and the action runs
 * when the count reaches zero — or at once when the page is left (another route, or the tab closing).
 */
export function useDeferredAction(run: (opts: { keepalive: boolean }) => void) {
  const [left, setLeft] = useState<number | null>(null);
  const pending = useRef(false);
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });
  const fire = useCallback((keepalive: boolean) => {
    if (!pending.current) return;
    pending.current = false;
    setLeft(null);
    runRef.current({ keepalive });
  }, []);
  useEffect(() => {
    if (left === null) return;
    if (left <= 0) return fire(false);
    const timer = setTimeout(() => setLeft((s) => (s === null ? null : s - 1)), 1000);
    return () => clearTimeout(timer);
  }, [left, fire]);
  useEffect(() => {
    const onHide = () => fire(true);
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      fire(false); // leaving the record's page sends it now
    };
  }, [fire]);
  return {
    secondsLeft: left,
    start: () => {
      pending.current = true;
      setLeft(UNDO_SECONDS);
    },
    undo: () => {
      pending.current = false;
      setLeft(null);
    },
    now: () => fire(false),
  };
}
