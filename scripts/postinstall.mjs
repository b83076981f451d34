// After `npm install`: rebuild the native modules (better-sqlite3) for Electron's ABI with
// electron-builder's install-app-deps, so `npm start` opens the app. Skipped, with a note, where
// Electron's binary is not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD, as on CI and build machines
// without access to Electron's downloads): there the Node build of better-sqlite3 is the one used.
import { spawnSync } from 'node:child_process';

if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log('postinstall: ELECTRON_SKIP_BINARY_DOWNLOAD is set, so better-sqlite3 stays built for Node (electron-builder install-app-deps skipped).');
  process.exit(0);
}

const result = spawnSync('electron-builder', ['install-app-deps'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (result.error) {
  console.error(`postinstall: electron-builder install-app-deps could not run: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
