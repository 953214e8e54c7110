// Where the app keeps its files, the same for the app and the command line: the user-data folder of
// "Attaché" (Electron's userData), the library inside it unless $ATTACHE_LIBRARY names another.
import os from 'node:os';
import path from 'node:path';

/** Electron's userData folder for "Attaché", computed without Electron (for the command line). */
export function defaultUserDataDir(): string {
  const home = os.homedir();
  const appData =
    process.platform === 'win32'
      ? (process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(appData, 'Attaché');
}

/** The library folder: $ATTACHE_LIBRARY, else `library` in the user-data folder. */
export function libraryDirOf(userDataDir: string): string {
  return process.env.ATTACHE_LIBRARY ?? path.join(userDataDir, 'library');
}
