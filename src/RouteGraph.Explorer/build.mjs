// Bundles RouteGraph's two browser front ends with esbuild into dist/, which RouteGraph.Api embeds:
//   dist/graphiql/  GraphiQL (npm's graphiql + React) for /graphql
//   dist/explorer/  the route explorer for /explore, with the world basemap it draws on
// Run by the Api project's build (RouteGraph.Api.csproj, target BuildFrontEnds) after `npm ci`; by hand: `npm run build`.
// Each folder stays flat: the API serves it through an EmbeddedFileProvider, which knows no subfolders.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { queries } from './explorer/queries.js';

const dist = new URL('./dist/', import.meta.url);
const stamp = new URL('build.stamp', dist);

await rm(dist, { recursive: true, force: true });
await mkdir(new URL('graphiql/', dist), { recursive: true });
await mkdir(new URL('explorer/', dist), { recursive: true });

// The explorer asks by hash (automatic persisted queries over GET, docs/caching.md); hashing at build time
// means the page needs no WebCrypto, which browsers withhold from plain-http origins other than localhost.
const queryHashes = Object.fromEntries(
  Object.entries(queries).map(([name, text]) => [name, createHash('sha256').update(text, 'utf8').digest('hex')]));

const common = {
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'iife',
  target: ['es2020'],
  legalComments: 'eof', // third-party licence headers stay in the bundles
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

await Promise.all([
  build({
    ...common,
    entryPoints: { graphiql: 'graphiql/main.js' },
    outdir: 'dist/graphiql',
    // GraphiQL's stylesheet embeds its fonts and icons as data: URLs; any other asset it names is inlined too.
    loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl' },
  }),
  build({
    ...common,
    entryPoints: { explorer: 'explorer/main.js' },
    outdir: 'dist/explorer',
    define: { ...common.define, __QUERY_HASHES__: JSON.stringify(queryHashes) },
  }),
  copyFile(new URL('graphiql/index.html', import.meta.url), new URL('graphiql/index.html', dist)),
  copyFile(new URL('explorer/index.html', import.meta.url), new URL('explorer/index.html', dist)),
  // Natural Earth 1:110m country shapes as TopoJSON (world-atlas), fetched by the page from the API's own origin.
  copyFile(new URL('node_modules/world-atlas/countries-110m.json', import.meta.url), new URL('explorer/countries-110m.json', dist)),
]);

// Written last: MSBuild compares its time with the sources' to skip an up-to-date build.
await writeFile(stamp, new Date().toISOString() + '\n');
