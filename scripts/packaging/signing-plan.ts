/**
 * Decides, from the environment alone, whether this build is signed and notarised, and says
 * so in plain lines. Pure: scripts/dist.ts prints the notes and builds with the config.
 */
import type { Configuration } from 'electron-builder';

export type Env = Record<string, string | undefined>;

/** The operating systems electron-builder builds installers for, as `process.platform` names them. */
export type BuildOs = 'linux' | 'win32' | 'darwin';

export type SigningPlan =
  { ok: true; config: Configuration; notes: string[] } | { ok: false; problems: string[] };

/** The three ways electron-builder takes notarisation credentials, in the order it tries them. */
const notarySets = [
  { name: 'an Apple ID', vars: ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'] },
  {
    name: 'an App Store Connect API key',
    vars: ['APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER'],
  },
  { name: 'a notarytool keychain profile', vars: ['APPLE_KEYCHAIN_PROFILE'] },
] as const;

const notaryHint =
  'set APPLE_API_KEY (path to the .p8 file), APPLE_API_KEY_ID and APPLE_API_ISSUER, ' +
  'or APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID';

/** `config` adjusted for the credentials in `env` on `os`, or what is wrong with them. */
export function planSigning(config: Configuration, os: BuildOs, env: Env): SigningPlan {
  if (os === 'darwin') return planMac(config, env);
  if (os === 'win32') return planWindows(config, env);
  return { ok: true, config, notes: ['Linux: AppImage and deb carry no code signature.'] };
}

function planWindows(config: Configuration, env: Env): SigningPlan {
  // electron-builder prefers WIN_CSC_LINK on Windows and falls back to CSC_LINK.
  const certificate = set(env, 'WIN_CSC_LINK') ? 'WIN_CSC_LINK' : 'CSC_LINK';
  if (set(env, certificate)) {
    return {
      ok: true,
      config,
      notes: [`Windows: signing with the certificate in ${certificate}.`],
    };
  }
  const note =
    'Windows: code signing skipped (no certificate): set WIN_CSC_LINK to a .pfx file or its ' +
    'base64, and WIN_CSC_KEY_PASSWORD. Unsigned installers trigger SmartScreen warnings.';
  return { ok: true, config, notes: [note] };
}

function planMac(config: Configuration, env: Env): SigningPlan {
  const problems = notaryProblems(env);
  if (problems.length > 0) return { ok: false, problems };

  const signer = set(env, 'CSC_LINK') ? 'CSC_LINK' : set(env, 'CSC_NAME') ? 'CSC_NAME' : undefined;
  const notary = notarySets.find((s) => s.vars.every((v) => set(env, v)));

  if (signer === undefined) {
    const notes = [
      'macOS: code signing skipped (no certificate): set CSC_LINK to a Developer ID ' +
        'Application .p12 file or its base64, and CSC_KEY_PASSWORD; or CSC_NAME to an ' +
        'identity in the keychain. The app gets an ad-hoc signature and runs only on this Mac.',
      notary === undefined
        ? `macOS: notarisation skipped (no credentials): ${notaryHint}.`
        : 'macOS: notarisation skipped: Apple notarises only signed apps.',
    ];
    // Without a real signature, re-sign ad hoc after the fuses are flipped: Apple silicon
    // refuses to run a binary whose signature no longer matches.
    const unsigned: Configuration = {
      ...config,
      mac: { ...config.mac, identity: null, notarize: false },
      electronFuses: { ...config.electronFuses, resetAdHocDarwinSignature: true },
    };
    return { ok: true, config: unsigned, notes };
  }

  const signing = `macOS: signing with the identity from ${signer}.`;
  if (notary === undefined) {
    const notes = [signing, `macOS: notarisation skipped (no credentials): ${notaryHint}.`];
    return { ok: true, config: { ...config, mac: { ...config.mac, notarize: false } }, notes };
  }
  const notes = [signing, `macOS: notarising with ${notary.name}.`];
  return { ok: true, config: { ...config, mac: { ...config.mac, notarize: true } }, notes };
}

/** A half-given credential set would make electron-builder fail late; name what is missing. */
function notaryProblems(env: Env): string[] {
  const problems: string[] = [];
  for (const { vars } of notarySets) {
    const missing = vars.filter((v) => !set(env, v));
    if (missing.length > 0 && missing.length < vars.length) {
      const given = vars.filter((v) => set(env, v));
      problems.push(`${given.join(', ')} set but ${missing.join(', ')} not: set all or none.`);
    }
  }
  if (env['APPLE_API_KEY']?.includes('-----BEGIN') === true) {
    problems.push('APPLE_API_KEY holds a key itself; it must be the path to the .p8 file.');
  }
  return problems;
}

function set(env: Env, name: string): boolean {
  const value = env[name];
  return value !== undefined && value.trim() !== '';
}
