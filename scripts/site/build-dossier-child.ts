/**
 * `node --import tsx scripts/site/build-dossier-child.ts '<settings as JSON>'`: one dossier of a
 * site of several (build-desk.ts), built alone in this process with `buildSite`'s settings, so
 * that several build at once on several cores.
 */
import { buildSite, type BuildSiteOptions } from './build-site.ts';

const settings = JSON.parse(process.argv[2] ?? '{}') as BuildSiteOptions;
const { pages, images } = await buildSite({ ...settings, logLevel: 'error' });
console.log(`${settings.base ?? '/'}: ${pages} pages, ${images} preview images`);
