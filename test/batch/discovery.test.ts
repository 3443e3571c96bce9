import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LUOYANG, tempDir } from '../helpers.js';
import { BIN, run } from '../cli/cli-helpers.js';

/**
 * Discovery over a hostile folder: link loops, an unreadable folder and file, a FIFO, a broken link and two
 * empty files. The batch must end, exit 0, and account for every input (a row or a summary line).
 */
describe('discovery', () => {
  it('ends on link loops, reads around what it cannot open, and accounts for every input', () => {
    const dir = tempDir();
    chmodSync(dir, 0o777);
    const input = join(dir, 'in');
    mkdirSync(join(input, 'loop', 'deeper'), { recursive: true });
    copyFileSync(LUOYANG, join(input, 'good.txt'));
    writeFileSync(join(input, 'empty.txt'), '');
    writeFileSync(join(input, 'empty.pdf'), '');
    symlinkSync('..', join(input, 'loop', 'deeper', 'up'));
    symlinkSync('.', join(input, 'loop', 'self'));
    symlinkSync('nowhere.pdf', join(input, 'broken.pdf'));
    symlinkSync('knot-b.txt', join(input, 'knot-a.txt'));
    symlinkSync('knot-a.txt', join(input, 'knot-b.txt'));
    mkdirSync(join(input, 'locked'));
    writeFileSync(join(input, 'locked', 'hidden.txt'), 'x');
    chmodSync(join(input, 'locked'), 0o000);
    copyFileSync(LUOYANG, join(input, 'unreadable.txt'));
    chmodSync(join(input, 'unreadable.txt'), 0o000);
    expect(spawnSync('mkfifo', [join(input, 'pipe.pdf')]).status).toBe(0);
    const db = join(dir, 'hostile.sqlite');

    run(['rules']); // builds the compiled copy as this user, before running as another
    // Root reads every folder; the unreadable ones are unreadable only to an ordinary user.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = spawnSync(process.execPath, [BIN, 'ingest', input, '--db', db, '--no-progress'], { encoding: 'utf8', timeout: 90_000, ...asUser });
    expect(r.status, r.stderr).toBe(0);

    const d = new Database(db, { readonly: true });
    const rows = d.prepare('SELECT path, status, error FROM documents ORDER BY path').all() as Array<{ path: string; status: string; error: string }>;
    d.close();
    const byName = Object.fromEntries(rows.map((x) => [x.path.replace(/^.*\//, ''), x]));
    expect(byName['good.txt'].status).toBe('ok');
    // Two empty files are two inputs, not one document and a duplicate.
    expect(byName['empty.txt']).toMatchObject({ status: 'failed', error: 'The file is empty (0 bytes).' });
    expect(byName['empty.pdf']).toMatchObject({ status: 'failed', error: 'The file is empty (0 bytes).' });
    expect(byName['unreadable.txt']).toMatchObject({ status: 'failed', error: expect.stringMatching(/could not be opened.*permission denied/) });
    expect(rows).toHaveLength(4);

    const notRead = r.stdout.split('\n').filter((l) => l.startsWith('not read: '));
    const noted = (name: string, why: RegExp) => expect(notRead.some((l) => l.includes(name) && why.test(l)), `${name}\n${r.stdout}`).toBe(true);
    noted('/locked', /folder that could not be read \(permission denied\)/);
    noted('/pipe.pdf', /named pipe/);
    noted('/broken.pdf', /link to nothing/);
    noted('/knot-a.txt', /loops/);
    noted('/loop/self', /folder already read/);
    noted('/loop/deeper/up', /folder already read/);
  });
});
