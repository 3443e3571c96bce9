// Picture worker bootstrap: the CLI passes the compiled picture-worker.js; tests running the TypeScript sources
// pass picture-worker.ts, which needs tsx registered in this thread first.
import { workerData } from 'node:worker_threads';

if (workerData.module.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.module);
