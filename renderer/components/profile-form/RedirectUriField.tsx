import { CopyTextButton } from '../common/CopyTextButton';
import { TextField } from '../common/TextField';

interface RedirectUriFieldProps {
  value: string;
  problem?: string;
  onChange: (value: string) => void;
  onBlur: () => void;
}

/** The loopback redirect URI, with the exact value to register in Wallboard and a copy button. */
export function RedirectUriField({ value, problem, onChange, onBlur }: RedirectUriFieldProps) {
  const registered = value.trim();
  return (
    <TextField
      label="Redirect URI"
      name="redirectUri"
      monospace
      spellCheck={false}
      value={value}
      placeholder="http://127.0.0.1:PORT/callback"
      onChange={onChange}
      onBlur={onBlur}
      problem={problem}
      addon={
        registered !== '' && problem === undefined ? (
          <CopyTextButton text={registered} />
        ) : undefined
      }
      hint={
        registered === ''
          ? 'Empty: any free port on 127.0.0.1, for servers that accept any loopback port.'
          : 'Register exactly this URI as a redirect URI of the client in Wallboard.'
      }
    />
  );
}
