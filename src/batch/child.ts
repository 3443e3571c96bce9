import { processDocument, readSourceFile, type ProcessSettings } from '../process-document.js';

/**
 * A document process: receives {id, path, settings}, reads the file itself within the size budgets (the batch's
 * process never holds a document's bytes), answers with the DocumentResult (plain data). It ends when its parent goes away.
 */
export interface ChildJob {
  id: number;
  path: string;
  settings: ProcessSettings;
}

process.on('message', async (job: ChildJob) => {
  try {
    const result = await processDocument(job.path, readSourceFile(job.path, job.settings.ingest), job.settings);
    process.send!({ id: job.id, result });
  } catch (e) {
    process.send!({ id: job.id, error: e instanceof Error ? e.message.split('\n')[0] : String(e) });
  }
});
process.on('disconnect', () => process.exit(0));
