// Worker bootstrap. The CLI runs compiled JavaScript and passes worker.js, imported as it is; tests that run
// the TypeScript sources pass worker.ts, which needs tsx registered in this thread first.
import { workerData } from 'node:worker_threads';

if (workerData.module.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.module);
