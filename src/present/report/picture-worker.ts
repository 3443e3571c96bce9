import { parentPort } from 'node:worker_threads';
import { renderPagePictures, type PagePictureOptions, type PagePictureRequest } from './pdf-pictures.js';

/** A picture worker: one document's pages in, their files written and their sizes out (plain data). */
parentPort!.on('message', async (job: { id: number; pdf: string; requests: PagePictureRequest[]; options: PagePictureOptions }) => {
  try {
    parentPort!.postMessage({ id: job.id, results: await renderPagePictures(job.pdf, job.requests, job.options) });
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) });
  }
});
