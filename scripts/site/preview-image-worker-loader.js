// The entry of each preview image worker thread. Plain JavaScript, because Node cannot load
// TypeScript by itself, and the thread that starts the workers may have no tsx loader to lend
// them: Vitest runs the build's global setup through its own module runner.
import { tsImport } from 'tsx/esm/api';

await tsImport('./preview-image-worker.ts', import.meta.url);
