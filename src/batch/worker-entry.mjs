// Worker bootstrap: the project runs its TypeScript through tsx, which a worker must register itself.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.module);
