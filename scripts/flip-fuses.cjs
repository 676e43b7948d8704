// electron-builder afterPack hook: flips the fuses of the packaged Electron binary, before it is signed.
// See docs/security.md ("Fuses"). Every fuse is read back afterwards; a fuse that did not take fails the build.
//
// EnableNodeCliInspectArguments goes off only in release builds (DIPTYCH_RELEASE=1): Playwright's
// `_electron.launch` drives the app through --inspect, so the builds the end-to-end tests run keep it.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS hook, as electron-builder loads it */
const path = require('node:path')
const { flipFuses, getCurrentFuseWire, FuseV1Options, FuseVersion } = require('@electron/fuses')

/** The Electron executable inside what electron-builder just packed. */
function executable(context) {
  const { appOutDir, electronPlatformName, packager } = context
  const name = packager.appInfo.productFilename
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return path.join(appOutDir, `${name}.app`)
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`)
  return path.join(appOutDir, packager.executableName)
}

exports.default = async function flipDiptychFuses(context) {
  const release = process.env.DIPTYCH_RELEASE === '1'
  const wanted = {
    // No `ELECTRON_RUN_AS_NODE=1 Diptych script.js`: the binary cannot be used as a plain Node.
    [FuseV1Options.RunAsNode]: false,
    // NODE_OPTIONS (e.g. --require of a foreign script) is ignored.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    // --inspect and friends are ignored: nobody attaches a debugger to the installed app.
    ...(release ? { [FuseV1Options.EnableNodeCliInspectArguments]: false } : {}),
    // The app is loaded from app.asar only, never from a loose app/ folder planted next to it…
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // …and app.asar must match the hash embedded at build time (macOS and Windows; Electron has no
    // asar integrity on Linux).
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    // file:// gets no more than a web page would: Diptych serves itself from app://, not file://.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false
  }
  const electron = executable(context)
  await flipFuses(electron, {
    version: FuseVersion.V1,
    // Flipping fuses breaks the ad-hoc signature of an unsigned arm64 macOS build; electron-builder
    // signs after this hook when a certificate is configured.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === 3 /* Arch.arm64 */,
    ...wanted
  })

  const wire = await getCurrentFuseWire(electron)
  const ENABLE = 49 // FuseState.ENABLE
  const wrong = Object.entries(wanted).filter(([fuse, on]) => (wire[fuse] === ENABLE) !== on)
  if (wrong.length > 0) {
    throw new Error(`flip-fuses: fuses not set in ${electron}: ${wrong.map(([fuse]) => FuseV1Options[fuse]).join(', ')}`)
  }
  console.log(
    `flip-fuses: ${path.basename(electron)}: ${Object.entries(wanted)
      .map(([fuse, on]) => `${FuseV1Options[fuse]}=${on ? 'on' : 'off'}`)
      .join(', ')}${release ? '' : ' (not a release build: inspect arguments stay on for Playwright)'}`
  )
}
