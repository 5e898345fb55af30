/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Public origin of the deployment (from SITE_ORIGIN at build time), or '' when not set. */
  readonly VITE_SITE_ORIGIN: string;
}
