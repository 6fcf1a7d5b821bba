import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { wallboard } from '../../bridge/wallboard';
import type { IpcError, ProfileEntry } from '../../bridge/types';
import { describeFailure } from '../../errors/error-messages';
import { DraftStore, useKeptDraft } from '../../forms/draft-store';
import {
  draftMovesSession,
  draftOf,
  draftProblems,
  emptyDraft,
  profileInputOf,
  suggestName,
  type DraftProblems,
  type ProfileDraft,
} from '../../forms/profile-draft';
import { hasTokens } from '../status/state-presentation';
import { CheckboxField } from '../common/CheckboxField';
import { Notice } from '../common/Notice';
import { TextField } from '../common/TextField';
import { SignInFields } from './SignInFields';
import { RedirectUriField } from './RedirectUriField';
import { RemoveProfile } from './RemoveProfile';

interface ProfileFormProps {
  /** The profile to edit; absent to add one. */
  entry?: ProfileEntry;
  existingNames: readonly string[];
  /** The empty state's short form: a heading of its own and no Cancel. */
  welcome?: boolean;
  onSaved: (entry: ProfileEntry) => void;
  onCancel?: () => void;
  onRemoved?: (name: string) => void;
}

/** Unsaved input of the add form ('add') and of each profile's edit form ('edit:NAME'). */
const drafts = new DraftStore<ProfileDraft>();
const draftKey = (name: string | undefined) => (name === undefined ? 'add' : `edit:${name}`);

/** True when the profile's edit form holds unsaved input: showing the profile reopens it. */
export function hasUnsavedEdit(name: string): boolean {
  return drafts.has(draftKey(name));
}

/** Forgets a removed profile's unsaved edit. */
export function forgetUnsavedEdit(name: string): void {
  drafts.forget(draftKey(name));
}

/**
 * Adds or edits a profile. A field says what is wrong once the user changed it and moved on,
 * or on submit, which also puts the cursor in the first field to fix.
 */
export function ProfileForm(props: ProfileFormProps) {
  const { entry, existingNames, welcome, onSaved, onCancel, onRemoved } = props;
  const editing = entry !== undefined;
  const key = draftKey(entry?.profile.name);
  const [draft, setDraft] = useKeptDraft(drafts, key, () =>
    entry ? draftOf(entry) : emptyDraft(),
  );
  const [nameEdited, setNameEdited] = useState(
    () => editing || draft.name !== suggestName(draft.serverUrl),
  );
  const [changed, setChanged] = useState<ReadonlySet<keyof ProfileDraft>>(new Set());
  const [touched, setTouched] = useState<ReadonlySet<keyof ProfileDraft>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<IpcError>();
  const form = useRef<HTMLFormElement>(null);

  // A refused submit puts the cursor in the first field that says what is wrong.
  useEffect(() => {
    if (attempts === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempts]);

  // A new profile starts with a fixed redirect URI on a port free now, ready to register.
  useEffect(() => {
    if (editing) return;
    void wallboard()
      .suggestRedirectUri()
      .then((result) => {
        if (!result.ok) return;
        setDraft((current) =>
          current.redirectUri === ''
            ? { ...current, redirectUri: result.value.redirectUri }
            : current,
        );
      });
  }, [editing, setDraft]);

  const context = {
    existingNames: existingNames.filter((name) => name !== entry?.profile.name),
    hasStoredSecret: entry?.hasClientSecret ?? false,
  };
  const allProblems = draftProblems(draft, context);
  // A field speaks up once it has been left or the form submitted, not while first typed.
  const problems: DraftProblems = submitted
    ? allProblems
    : Object.fromEntries(
        Object.entries(allProblems).filter(([key]) => touched.has(key as keyof ProfileDraft)),
      );

  const change = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) => {
    setDraft((current) => {
      const next = { ...current, [key]: value };
      if (key === 'serverUrl' && !nameEdited) next.name = suggestName(String(value));
      return next;
    });
    if (key === 'name') setNameEdited(true);
    setChanged((current) => (current.has(key) ? current : new Set(current).add(key)));
  };
  // Tabbing through a field without changing it says nothing about it.
  const blur = (key: keyof ProfileDraft) => {
    if (changed.has(key)) setTouched((current) => new Set(current).add(key));
  };
  const cancel = () => {
    drafts.forget(key);
    onCancel?.();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented || onCancel === undefined) return;
    event.preventDefault();
    cancel();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(allProblems).length > 0) return setAttempts((count) => count + 1);

    setBusy(true);
    const input = { profile: profileInputOf(draft) };
    const result = editing
      ? await wallboard().updateProfile(input)
      : await wallboard().addProfile(input);
    setBusy(false);
    if (!result.ok) return setFailure(result.error);
    drafts.forget(key);
    onSaved(result.value);
  };

  const isHttp = draft.serverUrl.trim().toLowerCase().startsWith('http:');
  // Tokens belong to the server and client that issued them: main signs the profile out first.
  const live = entry !== undefined && hasTokens(entry.status) && entry.status.state !== 'expired';
  const signsOut = live && draftMovesSession(entry.profile, draft);

  return (
    <form
      ref={form}
      className="form profile-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={onKeyDown}
    >
      {welcome ? (
        <header className="form-header">
          <h1>Connect a Wallboard server</h1>
          <p>Wallboard Token signs you in to your server and keeps a fresh token ready to copy.</p>
        </header>
      ) : (
        <h1>{editing ? `Edit ${entry.profile.name}` : 'Add a profile'}</h1>
      )}

      <div className="form-row">
        <TextField
          label="Server URL"
          name="serverUrl"
          type="url"
          inputMode="url"
          spellCheck={false}
          placeholder="https://wallboard.example.com"
          value={draft.serverUrl}
          onChange={(value) => change('serverUrl', value)}
          onBlur={() => blur('serverUrl')}
          problem={problems.serverUrl}
        />
        <TextField
          label="Profile name"
          name="name"
          className="narrow-column"
          spellCheck={false}
          disabled={editing}
          value={draft.name}
          onChange={(value) => change('name', value)}
          onBlur={() => blur('name')}
          problem={problems.name}
          hint={editing ? 'Profiles cannot be renamed.' : undefined}
        />
      </div>
      {(isHttp || draft.allowHttp) && (
        <CheckboxField
          name="allowHttp"
          label="Allow plain http for this server"
          checked={draft.allowHttp}
          onChange={(checked) => change('allowHttp', checked)}
          hint="Tokens and passwords then cross the network unencrypted."
          problem={problems.allowHttp}
        />
      )}
      <SignInFields
        draft={draft}
        problems={problems}
        hasStoredSecret={context.hasStoredSecret}
        onChange={change}
        onDraft={setDraft}
        onBlur={blur}
      />
      {draft.method === 'browser' && (
        <RedirectUriField
          value={draft.redirectUri}
          problem={problems.redirectUri}
          onChange={(value) => change('redirectUri', value)}
          onBlur={() => blur('redirectUri')}
        />
      )}
      <CheckboxField
        name="kmsi"
        label="Keep me signed in"
        checked={draft.kmsi}
        onChange={(checked) => change('kmsi', checked)}
        hint="Asks for a 30-day session instead of one hour."
      />
      <details
        className="disclosure"
        open={problems.authorizePath !== undefined || problems.tokenPath !== undefined || undefined}
      >
        <summary>Advanced</summary>
        <div className="disclosure-body">
          <TextField
            label="Authorization path"
            name="authorizePath"
            monospace
            value={draft.authorizePath}
            onChange={(value) => change('authorizePath', value)}
            onBlur={() => blur('authorizePath')}
            problem={problems.authorizePath}
          />
          <TextField
            label="Token path"
            name="tokenPath"
            monospace
            value={draft.tokenPath}
            onChange={(value) => change('tokenPath', value)}
            onBlur={() => blur('tokenPath')}
            problem={problems.tokenPath}
          />
        </div>
      </details>

      {signsOut && (
        <Notice tone="warning">
          Saving signs {entry.profile.name} out: its tokens belong to the old server or client.
        </Notice>
      )}
      {failure !== undefined && <Notice tone="error">{describeFailure(failure)}</Notice>}
      <div className="button-row">
        <button type="submit" className="button primary" disabled={busy}>
          {editing ? 'Save' : welcome ? 'Connect' : 'Add profile'}
        </button>
        {onCancel !== undefined && (
          <button type="button" className="button" onClick={cancel}>
            Cancel
          </button>
        )}
        {editing && onRemoved !== undefined && (
          <RemoveProfile profile={entry.profile.name} onRemoved={onRemoved} />
        )}
      </div>
    </form>
  );
}
