/**
 * Packaging for Accord (`npm run dist`). The fuses are flipped in the Electron binary itself, so
 * a shipped Accord cannot be turned back into a general-purpose Node runtime or made to load
 * code from outside its integrity-checked app.asar.
 *
 * @type {import('electron-builder').Configuration}
 */
module.exports = {
  appId: 'app.accord.desktop',
  productName: 'Accord',
  copyright: 'Copyright © Accord',
  directories: { output: 'release', buildResources: 'build' },
  files: ['dist-electron/**', 'dist-renderer/**', 'package.json'],
  asar: true,
  // Native add-ons cannot be loaded from inside an archive.
  asarUnpack: ['**/*.node'],
  // better-sqlite3-multiple-ciphers and @node-rs/argon2 ship Node-API prebuilds that load in
  // Electron unchanged; a rebuild would need a compiler and Electron headers for nothing.
  npmRebuild: false,
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    enableCookieEncryption: true,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    maintainer: 'Accord',
  },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.medical',
    hardenedRuntime: true,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
  },
};
