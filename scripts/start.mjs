// `npm start`: builds the app and runs it in Electron. Where the Electron binary is missing (it
// cannot be downloaded on offline machines), says so and serves the same app in browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const passThrough = process.argv.slice(2);

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function electronBinary() {
  try {
    // The electron package's main export is the binary's path; it throws when the binary is absent.
    return require('electron');
  } catch {
    return undefined;
  }
}

run('npm', ['run', 'build']);
const electron = electronBinary();
if (electron) {
  const child = spawn(electron, ['.', ...passThrough], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  process.stderr.write(
    'Không tìm thấy chương trình Electron trên máy này (thường do cài đặt khi không có Internet, với ELECTRON_SKIP_BINARY_DOWNLOAD=1).\n' +
      'Báo cáo CCHC sẽ chạy ở chế độ trình duyệt: mở đường dẫn in ra dưới đây.\n',
  );
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web/server-main.ts', ...passThrough], {
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
}
