// Worker bootstrap: the project runs its TypeScript through tsx, which a worker must register itself.
// pdf.js is loaded first, outside tsx's hooks, so it is not transformed (~130 MB less per worker).
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

await import('pdfjs-dist/legacy/build/pdf.mjs');
register();
await import(workerData.module);
