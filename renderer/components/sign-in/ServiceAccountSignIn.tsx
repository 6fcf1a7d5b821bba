import { useEffect, useRef, useState, type FormEvent } from 'react';
import { defaultServiceClient } from '../../../core/profile/profile';
import { wallboard } from '../../bridge/wallboard';
import type { IpcError, ProfileEntry } from '../../bridge/types';
import { describeFailure } from '../../errors/error-messages';
import { DraftStore, useKeptDraft } from '../../forms/draft-store';
import {
  passwordSignInInput,
  serviceAccountDraftOf,
  serviceAccountProblems,
  type ServiceAccountDraft,
} from '../../forms/service-account-draft';
import { CheckboxField } from '../common/CheckboxField';
import { Notice } from '../common/Notice';
import { TextField } from '../common/TextField';

interface ServiceAccountSignInProps {
  entry: ProfileEntry;
  /** Called once the sign-in worked. */
  onSignedIn?: () => void;
}

const totpCodes = new Set(['totp_required', 'totp_rejected']);

/** What was typed, per profile, while the user looks at another one. */
const drafts = new DraftStore<ServiceAccountDraft>();
/** The password and the code are not kept: the code goes stale, the password is retyped. */
const withoutSecrets = (draft: ServiceAccountDraft) => ({ ...draft, password: '', totp: '' });

/** E-mail, password, then a verification code once the server asks for one. */
export function ServiceAccountSignIn({ entry, onSignedIn }: ServiceAccountSignInProps) {
  const { profile, hasClientSecret, status } = entry;
  const [draft, setDraft] = useKeptDraft(
    drafts,
    profile.name,
    () => serviceAccountDraftOf(profile, status.subject),
    withoutSecrets,
  );
  const [totpAsked, setTotpAsked] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<IpcError>();
  const totpInput = useRef<HTMLInputElement>(null);
  // Counts the server's requests for a code; each one puts the cursor in the code field,
  // once that field has been rendered.
  const [codeRequests, setCodeRequests] = useState(0);
  useEffect(() => {
    if (codeRequests > 0) totpInput.current?.focus();
  }, [codeRequests]);

  const problems = submitted ? serviceAccountProblems(draft, totpAsked) : {};
  const set = <K extends keyof ServiceAccountDraft>(key: K, value: ServiceAccountDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  // The server's last word is about what was sent; once the user changes it, it is stale.
  const edit = <K extends keyof ServiceAccountDraft>(key: K, value: ServiceAccountDraft[K]) => {
    set(key, value);
    setFailure(undefined);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(serviceAccountProblems(draft, totpAsked)).length > 0) return;

    setBusy(true);
    const input = passwordSignInInput(profile, draft, {
      totpAsked,
      hasStoredSecret: hasClientSecret,
    });
    const result = await wallboard().signInWithPassword(input);
    setBusy(false);
    if (result.ok) {
      drafts.forget(profile.name);
      onSignedIn?.();
      return;
    }

    setFailure(result.error);
    if (totpCodes.has(result.error.code)) {
      // A fresh, empty code field: no complaint about it until the user submits again.
      setSubmitted(false);
      setTotpAsked(true);
      set('totp', '');
      setCodeRequests((count) => count + 1);
    }
  };

  const usesDefaultClient = draft.clientId.trim() === defaultServiceClient.clientId;
  const secretHint = hasClientSecret
    ? 'A secret is stored; leave empty to keep it.'
    : usesDefaultClient
      ? 'Leave empty to use the default client’s published secret.'
      : undefined;

  return (
    <form className="sign-in form" noValidate onSubmit={(event) => void submit(event)}>
      <TextField
        label="E-mail"
        name="username"
        type="email"
        autoComplete="username"
        data-autofocus
        value={draft.username}
        onChange={(value) => edit('username', value)}
        problem={problems.username}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        value={draft.password}
        onChange={(value) => edit('password', value)}
        problem={problems.password}
      />
      {totpAsked && (
        <TextField
          ref={totpInput}
          label="Verification code"
          name="totp"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={12}
          className="narrow"
          value={draft.totp}
          onChange={(value) => edit('totp', value)}
          problem={problems.totp}
          hint="The 6-digit code from your authenticator app."
        />
      )}
      <CheckboxField
        label="Keep me signed in"
        checked={draft.kmsi}
        onChange={(checked) => edit('kmsi', checked)}
        hint="Asks for a 30-day session instead of one hour."
      />
      <details className="disclosure">
        <summary>
          OAuth client <span className="summary-hint mono">{draft.clientId || '—'}</span>
        </summary>
        <div className="disclosure-body">
          <TextField
            label="Client id"
            name="clientId"
            monospace
            value={draft.clientId}
            onChange={(value) => edit('clientId', value)}
            problem={problems.clientId}
          />
          <TextField
            label="Client secret"
            name="clientSecret"
            type="password"
            autoComplete="off"
            value={draft.clientSecret}
            onChange={(value) => edit('clientSecret', value)}
            hint={secretHint}
          />
        </div>
      </details>
      {failure !== undefined && (
        <Notice tone={failure.code === 'totp_required' ? 'info' : 'error'}>
          {describeFailure(failure)}
        </Notice>
      )}
      <div className="button-row">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </div>
    </form>
  );
}
