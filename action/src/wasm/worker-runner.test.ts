/**
 * The production path of the time budget: bundled JavaScript starting
 * `wasm-worker.js` from beside the bundle (the TypeScript path is covered by
 * engine.test.ts). Bundles a tiny program with esbuild the way
 * action/scripts/build.ts does, then runs it with node.
 */
import { execFile } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { abiModule } from './abi-module.js';
import { tempDir } from './test-support.js';

const run = promisify(execFile);
const HERE = import.meta.dirname;
const REQUIRE_SHIM = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";

const PROGRAM = `
import { readFileSync } from 'node:fs';
import { createWasmEngine } from './engine.js';
import { createBuiltinRegistry } from '../rego/builtins/index.js';
const [wasmPath, entrypoint, timeoutMs] = process.argv.slice(2);
const info = { kind: 'wasm', source: 'bundled-test', revision: null, digest: '' };
const engine = await createWasmEngine(new Uint8Array(readFileSync(wasmPath)), { data: { d: 1 }, info, registry: createBuiltinRegistry() });
try {
  console.log(JSON.stringify(await engine.evaluate(entrypoint, 'abc', { timeoutMs: Number(timeoutMs) })));
} catch (err) {
  console.log(JSON.stringify({ code: err.code, message: err.message }));
}
`;

let dir: string;
beforeAll(async () => {
  dir = await tempDir('paved-worker-');
  const common = { bundle: true, platform: 'node', format: 'esm', banner: { js: REQUIRE_SHIM }, logLevel: 'silent' } as const;
  await build({ ...common, stdin: { contents: PROGRAM, resolveDir: HERE, loader: 'ts' }, outfile: join(dir, 'program.mjs') });
  await build({ ...common, entryPoints: [join(HERE, 'worker.ts')], outfile: join(dir, 'wasm-worker.js') });
  await writeFile(join(dir, 'policy.wasm'), await abiModule({ builtins: ['sum', 'upper'] }));
}, 60_000);

async function runProgram(entrypoint: string, timeoutMs: number): Promise<unknown> {
  const { stdout } = await run(process.execPath, [join(dir, 'program.mjs'), join(dir, 'policy.wasm'), entrypoint, String(timeoutMs)], { timeout: 30_000 });
  return JSON.parse(stdout);
}

describe('time-limited evaluation from a bundled build', () => {
  it('evaluates in wasm-worker.js, serving built-ins from the registry', async () => {
    expect(await runProgram('call/builtin1', 10_000)).toEqual({ defined: true, value: 'ABC' });
  });

  it('stops a module that never returns', async () => {
    expect(await runProgram('loop', 1_000)).toEqual({ code: 'policy_eval_failed', message: 'bundled-test: evaluating loop: exceeded the time budget of 1000 ms and was stopped' });
  });

  it('fails closed, naming the worker, when wasm-worker.js is missing', async () => {
    await rm(join(dir, 'wasm-worker.js'));
    const result = (await runProgram('call/builtin1', 10_000)) as { code: string; message: string };
    expect(result.code).toBe('policy_eval_failed');
    expect(result.message).toMatch(/the evaluation worker failed: .*wasm-worker\.js/);
  });
});
