/**
 * How electron-builder packs the desktop app (`npm run dist`, or `electron-builder --config
 * electron-builder.config.ts`). Static on purpose: signing and notarisation depend on the
 * environment, and scripts/dist.ts decides them before calling electron-builder.
 */
import type { Configuration } from 'electron-builder';

/**
 * Fixed for the life of the app: on macOS the signed bundle id guards the Keychain key that
 * safeStorage encrypts tokens with; Windows files notifications and taskbar entries under it.
 * The reverse of wallboard.info, the home of the Wallboard product the app serves.
 */
export const appId = 'info.wallboard.token';

export const productName = 'Wallboard Token';

/**
 * The Linux command name. Not `wallboard-token`: the deb links the app into /usr/bin, where
 * that name would shadow, or be shadowed by, the command-line tool of the same name.
 */
export const linuxExecutableName = 'wallboard-token-desktop';

/** Only what the app loads at run time; production dependencies are added by electron-builder. */
export const packedFiles = [
  'package.json',
  'dist/electron/**/*',
  'dist/renderer/**/*',
  // Also applied inside node_modules: no source maps, TypeScript sources or environment files.
  '!**/*.map',
  '!**/*.{ts,mts,cts,tsx}',
  '!**/.env',
  '!**/.env.*',
];

/**
 * The Electron fuses flipped in the release binary, just before it is signed. The app uses
 * nothing they turn off: it starts no Node child through ELECTRON_RUN_AS_NODE, needs no
 * NODE_OPTIONS or --inspect, loads its code only from the checked asar, and serves its pages
 * from app://, so file:// pages need no extra privileges.
 */
export const electronFuses = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  onlyLoadAppFromAsar: true,
  // Checked by Electron on macOS and Windows (each built on its own OS); Linux ignores it.
  enableEmbeddedAsarIntegrityValidation: true,
  enableCookieEncryption: true,
  grantFileProtocolExtraPrivileges: false,
} satisfies Configuration['electronFuses'];

const config: Configuration = {
  appId,
  productName,
  // The deb's Homepage field; package.json has no homepage of its own.
  extraMetadata: { homepage: 'https://wallboard.info' },
  directories: { output: 'release', buildResources: 'build' },
  artifactName: '${name}-${version}-${os}-${arch}.${ext}',

  asar: true,
  files: packedFiles,
  // The only native dependency (@napi-rs/keyring) ships Node-API binaries per platform, which
  // work in Electron unchanged: there is nothing to rebuild, and no headers to download.
  npmRebuild: false,
  electronFuses,

  linux: {
    target: ['AppImage', 'deb'],
    icon: 'build/icons',
    category: 'Development',
    executableName: linuxExecutableName,
    synopsis: 'OAuth tokens from a Wallboard server, kept fresh',
    maintainer: 'Wallboard Token authors',
  },

  win: {
    target: ['nsis'],
    icon: 'build/icon.png',
  },
  nsis: {
    // One click, into the user's own profile: no administrator rights asked, none needed.
    oneClick: true,
    perMachine: false,
    packElevateHelper: false,
    // Profiles and encrypted tokens survive an uninstall, as they do an update.
    deleteAppDataOnUninstall: false,
  },

  mac: {
    target: ['dmg', 'zip'],
    icon: 'build/icon.png',
    category: 'public.app-category.developer-tools',
    hardenedRuntime: true,
    gatekeeperAssess: false,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.inherit.plist',
    // Notarised with the APPLE_* credentials in the environment; scripts/dist.ts turns this
    // off, and says why, when they are missing or the app is not signed.
    notarize: true,
  },
};

export default config;
