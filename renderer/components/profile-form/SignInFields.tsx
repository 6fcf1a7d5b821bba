import { withMethod, type DraftProblems, type ProfileDraft } from '../../forms/profile-draft';
import { CheckboxField } from '../common/CheckboxField';
import { Choice } from '../common/Choice';
import { TextField } from '../common/TextField';

interface SignInFieldsProps {
  draft: ProfileDraft;
  problems: DraftProblems;
  hasStoredSecret: boolean;
  onChange: <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) => void;
  onDraft: (update: (draft: ProfileDraft) => ProfileDraft) => void;
  onBlur: (key: keyof ProfileDraft) => void;
}

const methods = [
  { value: 'browser', label: 'Browser' },
  { value: 'service-account', label: 'Service account' },
] as const;

/**
 * How the profile signs in: the method, then the OAuth client it uses (its id, and its secret
 * when it is confidential). Switching method swaps in that method's usual client.
 */
export function SignInFields(props: SignInFieldsProps) {
  const { draft, problems, hasStoredSecret, onChange, onDraft, onBlur } = props;
  const confidential = draft.clientType === 'confidential';
  return (
    <>
      <div className="form-row">
        <Choice
          legend="Sign-in method"
          name="method"
          value={draft.method}
          options={methods}
          onChange={(method) => onDraft((current) => withMethod(current, method))}
        />
        <TextField
          label="Client id"
          name="clientId"
          monospace
          spellCheck={false}
          value={draft.clientId}
          onChange={(value) => onChange('clientId', value)}
          onBlur={() => onBlur('clientId')}
          problem={problems.clientId}
          hint={
            draft.method === 'service-account'
              ? 'Wallboard’s default is default-client.'
              : 'Created in Wallboard under OAuth Clients.'
          }
        />
      </div>
      <CheckboxField
        name="confidential"
        label="The client has a secret (confidential client)"
        checked={confidential}
        onChange={(checked) => onChange('clientType', checked ? 'confidential' : 'public')}
      />
      {confidential && (
        <TextField
          label="Client secret"
          name="clientSecret"
          type="password"
          autoComplete="off"
          value={draft.clientSecret}
          placeholder={hasStoredSecret ? 'Stored; type to replace it' : undefined}
          onChange={(value) => onChange('clientSecret', value)}
          onBlur={() => onBlur('clientSecret')}
          problem={problems.clientSecret}
          hint="Kept encrypted on this machine and never shown again."
        />
      )}
    </>
  );
}
