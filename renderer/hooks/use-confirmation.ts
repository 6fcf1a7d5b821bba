import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A short confirmation shown in place ("Copied header"), cleared after `durationMs`.
 * `confirm(label)` shows it; showing another one restarts the timer.
 */
export function useConfirmation(durationMs = 1600): [string | undefined, (label: string) => void] {
  const [label, setLabel] = useState<string>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const confirm = useCallback(
    (next: string) => {
      clearTimeout(timer.current);
      setLabel(next);
      timer.current = setTimeout(() => setLabel(undefined), durationMs);
    },
    [durationMs],
  );

  return [label, confirm];
}
