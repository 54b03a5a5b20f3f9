/**
 * `npm run build`: bundles the Action and the CLI with esbuild into dist/
 * (ESM, platform node, target node24, every dependency inlined: @actions/core
 * 3 and @actions/github 9 are ESM-only). The output is reproducible: no
 * timestamps, no absolute paths (esbuild names sources relative to the
 * repository root), so a test can rebuild and compare with the committed dist/.
 *
 *   npm run build                 writes dist/
 *   npm run build -- --outdir D   writes D/ instead (used by the staleness test)
 */
import { build, type BuildOptions } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Each bundle directory gets the entry plus the files its modules load next to themselves at run time. */
const BUNDLES = [
  // Split: index.js holds what reaches the first API request; the engine loads as chunks while it is in flight.
  { dir: 'action', entry: 'action/src/index.ts', out: 'index', split: true },
  { dir: 'cli', entry: 'action/src/cli/paved.ts', out: 'paved', split: false },
] as const;
/** wasm/worker-runner.ts starts this as `wasm-worker.js` beside the bundle. */
const WASM_WORKER = 'action/src/wasm/worker.ts';
/** signals/provenance/catalog.ts reads `./agents.yml` relative to its module, i.e. the bundle. */
const SIDE_FILES = ['action/src/signals/provenance/agents.yml'];

/** Bundled CommonJS dependencies call require() and __dirname; give the ESM bundle both. */
const BANNER = [
  "import { createRequire as __pavedCreateRequire } from 'node:module';",
  "import { fileURLToPath as __pavedFileURLToPath } from 'node:url';",
  "import { dirname as __pavedDirname } from 'node:path';",
  'const require = __pavedCreateRequire(import.meta.url);',
  'const __filename = __pavedFileURLToPath(import.meta.url);',
  'const __dirname = __pavedDirname(__filename);',
].join('\n');

const COMMON: BuildOptions = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  banner: { js: BANNER },
  legalComments: 'eof',
  charset: 'utf8',
  // Name modules by the path they were found at, so a checkout whose node_modules is a symlink
  // (e.g. a clean export of HEAD for a release build) produces the same bytes.
  preserveSymlinks: true,
  logLevel: 'warning',
  metafile: false,
};

export async function buildDist(outdir: string): Promise<void> {
  for (const bundle of BUNDLES) {
    const dir = join(outdir, bundle.dir);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await build({ ...COMMON, entryPoints: { [bundle.out]: bundle.entry }, outdir: dir, splitting: bundle.split, chunkNames: '[name]-[hash]' });
    await build({ ...COMMON, entryPoints: [WASM_WORKER], outfile: join(dir, 'wasm-worker.js') });
    for (const file of SIDE_FILES) await copyFile(join(ROOT, file), join(dir, file.split('/').pop()!));
  }
}

function outdirArgument(argv: string[]): string {
  const index = argv.indexOf('--outdir');
  if (index === -1) return join(ROOT, 'dist');
  const value = argv[index + 1];
  if (!value) throw new Error('--outdir needs a directory');
  return resolve(value);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outdir = outdirArgument(process.argv.slice(2));
  buildDist(outdir).then(
    () => console.log(`built ${BUNDLES.map((b) => `${b.dir}/${b.out}.js`).join(', ')} into ${outdir}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
