import { Failure } from '../command.js';

/**
 * The database a command writes into (`what`: 'database', or a worker's 'shard'), opened; when it cannot be
 * (a folder that does not exist, no permission) the command fails with one sentence naming it.
 */
export async function openForWriting(path: string, what: 'database' | 'shard') {
  // Loaded when a command runs, not when the CLI starts: better-sqlite3 is native code.
  const { openDatabase } = await import('../../store/open.js');
  try {
    return openDatabase(path);
  } catch (e) {
    throw new Failure(`Cannot open the ${what} ${path} for writing: ${(e as Error).message.split('\n')[0]}`);
  }
}
