/** `npm run web -- --port N` when another program holds port N: a Vietnamese message, not Node's. */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-port-'));
const holder = net.createServer();
afterAll(() => {
  holder.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('browser mode on a port already taken', () => {
  it('says in Vietnamese that the port is taken and what to do, exit 1', async () => {
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as net.AddressInfo).port;
    const args = ['tsx', 'electron/web/server-main.ts', '--port', String(port), '--data-dir', dir];
    const failed = await exec('npx', args, { timeout: 60_000 }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain(`Cổng ${port} đang được một chương trình khác dùng`);
    expect(failed?.stderr).toContain('--port');
    expect(failed?.stderr).not.toContain('EADDRINUSE');
  }, 90_000);
});
