import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER_NAME = 'bao-cao-cchc';

/**
 * The data folder: `--data-dir`, else CCHC_DATA_DIR, else the per-user application data folder
 * (Electron's userData too: electron/main/index.ts sets it to the data folder),
 * which a clerk without admin rights can always write.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.CCHC_DATA_DIR) return path.resolve(env.CCHC_DATA_DIR);
  if (platform === 'win32') {
    return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_FOLDER_NAME);
  }
  if (platform === 'darwin')
    return path.join(os.homedir(), 'Library', 'Application Support', APP_FOLDER_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), APP_FOLDER_NAME);
}

/** Reads `--name value` or `--name=value` from argv. */
export function argValue(argv: readonly string[], name: string): string | undefined {
  const flag = `--${name}`;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === flag) return argv[i + 1];
    if (arg.startsWith(flag + '=')) return arg.slice(flag.length + 1);
  }
  return undefined;
}

export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const fromArg = argValue(argv, 'data-dir');
  return fromArg ? path.resolve(fromArg) : defaultDataDir(env);
}
