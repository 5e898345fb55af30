/**
 * What `use-sync-external-store/shim` is on React 18 and later: React's own hook. wouter
 * imports the shim to support React 17; the build points it here (see `app-vite-config.ts`),
 * so the browser does not download the shim's fallback implementation, which React 19 never
 * runs.
 */
export { useSyncExternalStore } from 'react';
