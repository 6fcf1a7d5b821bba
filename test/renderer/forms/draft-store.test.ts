import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../renderer/forms/draft-store';

describe('DraftStore', () => {
  it('keeps a changed draft per key and gives it back', () => {
    const store = new DraftStore<{ url: string }>();
    store.keep('dev', { url: 'https://new.example.com' }, { url: 'https://old.example.com' });
    expect(store.get('dev')).toEqual({ url: 'https://new.example.com' });
    expect(store.has('other')).toBe(false);
  });

  it('drops a draft changed back to the form’s starting values', () => {
    const store = new DraftStore<{ url: string }>();
    store.keep('dev', { url: 'https://new.example.com' }, { url: 'https://old.example.com' });
    store.keep('dev', { url: 'https://old.example.com' }, { url: 'https://old.example.com' });
    expect(store.has('dev')).toBe(false);
  });

  it('forgets a draft on request', () => {
    const store = new DraftStore<{ url: string }>();
    store.keep('dev', { url: 'a' }, { url: 'b' });
    store.forget('dev');
    expect(store.get('dev')).toBeUndefined();
  });
});
