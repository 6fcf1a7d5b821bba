/**
 * Unsaved form input kept in memory for the app's session, per form and profile, so that
 * looking at another profile and coming back loses nothing typed. Never written anywhere.
 */
import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';

/** Drafts of one kind of form, by key (usually the profile's name). */
export class DraftStore<T> {
  private readonly drafts = new Map<string, T>();

  get(key: string): T | undefined {
    return this.drafts.get(key);
  }

  has(key: string): boolean {
    return this.drafts.has(key);
  }

  /** Keeps `draft` unless it equals `pristine`, the form as it opens with nothing typed. */
  keep(key: string, draft: T, pristine: T): void {
    if (JSON.stringify(draft) === JSON.stringify(pristine)) this.drafts.delete(key);
    else this.drafts.set(key, draft);
  }

  forget(key: string): void {
    this.drafts.delete(key);
  }
}

function asIs<T>(draft: T): T {
  return draft;
}

/**
 * A form's state that starts from the kept draft, if any, and keeps every change. `keepOf`
 * picks what may be kept (e.g. without a password).
 */
export function useKeptDraft<T>(
  store: DraftStore<T>,
  key: string,
  pristine: () => T,
  keepOf: (draft: T) => T = asIs,
): [T, Dispatch<SetStateAction<T>>] {
  const [initial] = useState(pristine);
  const [draft, setDraft] = useState<T>(() => store.get(key) ?? initial);
  useEffect(
    () => store.keep(key, keepOf(draft), keepOf(initial)),
    [store, key, draft, initial, keepOf],
  );
  return [draft, setDraft];
}
