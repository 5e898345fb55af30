/**
 * The router's base: the deployed sub-path without its trailing slash (`''` at the root). Its
 * own module, read when loaded: the path helpers (`app-paths.ts`) also run outside Vite.
 */
export const routerBase = import.meta.env.BASE_URL.replace(/\/$/, '');
