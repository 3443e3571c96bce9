import { readFileSync, statSync } from 'node:fs';
import { processDocument, type ProcessSettings } from '../process-document.js';

/**
 * A document process: receives {id, path, settings}, reads the file itself (the batch's process never holds a
 * document's bytes), answers with the DocumentResult (plain data). It ends when its parent goes away.
 */
export interface ChildJob {
  id: number;
  path: string;
  settings: ProcessSettings;
}

process.on('message', async (job: ChildJob) => {
  try {
    const size = statSync(job.path).size;
    const max = job.settings.ingest.maxBytes;
    if (size > max) throw new Error(`The file is ${(size / 1048576).toFixed(0)} MB, over the ${(max / 1048576).toFixed(0)} MB limit.`);
    const result = await processDocument(job.path, readFileSync(job.path), job.settings);
    process.send!({ id: job.id, result });
  } catch (e) {
    process.send!({ id: job.id, error: e instanceof Error ? e.message.split('\n')[0] : String(e) });
  }
});
process.on('disconnect', () => process.exit(0));
