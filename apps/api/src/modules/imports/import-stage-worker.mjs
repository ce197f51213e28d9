// Worker-thread bootstrap: the product runs TypeScript through tsx, whose loader does not reach worker
// threads by itself (Node 20), so the worker registers it before loading the TypeScript entry.
import { register } from 'tsx/esm/api';

register();
await import('./import-stage-worker.ts');
