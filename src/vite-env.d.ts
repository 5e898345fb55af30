/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Public origin of the deployment (from SITE_ORIGIN at build time), or '' when not set. */
  readonly VITE_SITE_ORIGIN: string;
  /** The origin prerendered pages are written with (their head tags'), or '' outside builds. */
  readonly VITE_PRERENDER_ORIGIN: string;
  /** Content hash of the compiled data files (set by the corpus plugin in builds); unset in dev. */
  readonly VITE_DATA_VERSION?: string;
  /** The id of the dossier the build shows (`dossier.yaml`), the first part of query keys. */
  readonly VITE_DOSSIER_ID: string;
  /** The name of the site of several dossiers this dossier is built into, or ''. */
  readonly VITE_SITE_HOME_NAME: string;
  /** The path of that site's home (with its base), or '' for a dossier built alone. */
  readonly VITE_SITE_HOME_PATH: string;
  /** 'true' in the author's workbench (npm run author); '' in every other build. */
  readonly VITE_AUTHOR_MODE: string;
}
