import { useEffect, useState, type FormEvent } from 'react';
import { wallboard } from '../../bridge/wallboard';
import type { IpcError, ProfileEntry } from '../../bridge/types';
import { describeFailure } from '../../errors/error-messages';
import {
  draftOf,
  draftProblems,
  emptyDraft,
  profileInputOf,
  suggestName,
  type DraftProblems,
  type ProfileDraft,
} from '../../forms/profile-draft';
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

/** Adds or edits a profile; every field says what is wrong as soon as it is touched. */
export function ProfileForm(props: ProfileFormProps) {
  const { entry, existingNames, welcome, onSaved, onCancel, onRemoved } = props;
  const editing = entry !== undefined;
  const [draft, setDraft] = useState<ProfileDraft>(() => (entry ? draftOf(entry) : emptyDraft()));
  const [nameEdited, setNameEdited] = useState(editing);
  const [touched, setTouched] = useState<ReadonlySet<keyof ProfileDraft>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<IpcError>();

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
  }, [editing]);

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
  };
  const blur = (key: keyof ProfileDraft) => setTouched((current) => new Set(current).add(key));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(allProblems).length > 0) return;

    setBusy(true);
    const input = { profile: profileInputOf(draft) };
    const result = editing
      ? await wallboard().updateProfile(input)
      : await wallboard().addProfile(input);
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setFailure(result.error);
  };

  const isHttp = draft.serverUrl.trim().toLowerCase().startsWith('http:');

  return (
    <form className="form profile-form" noValidate onSubmit={(event) => void submit(event)}>
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

      {failure !== undefined && <Notice tone="error">{describeFailure(failure)}</Notice>}
      <div className="button-row">
        <button type="submit" className="button primary" disabled={busy}>
          {editing ? 'Save' : welcome ? 'Connect' : 'Add profile'}
        </button>
        {onCancel !== undefined && (
          <button type="button" className="button" onClick={onCancel}>
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
