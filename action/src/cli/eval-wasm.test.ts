/**
 * `paved eval -b` on compiled policies: a bundle holding policy.wasm, or a
 * bare policy.wasm, runs on opa-wasm. The modules are the hand-assembled OPA
 * ABI modules of action/src/wasm/abi-module.ts (entrypoint paved/decision
 * echoes {"input", "data"}).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abiModule } from '../wasm/abi-module.js';
import { entriesOf, tarGz } from '../wasm/test-support.js';
import { main } from './paved.js';
import { captureIO, makeTempDir, removeTempDirs } from './test-support.js';

const work = makeTempDir('paved-eval-wasm-');
afterAll(removeTempDirs);

const inputFile = join(work, 'input.json');
writeFileSync(inputFile, JSON.stringify({ change: { draft: true } }));
const bundle = join(work, 'bundle.tar.gz');
const bareWasm = join(work, 'policy.wasm');

beforeAll(async () => {
  const wasm = await abiModule({ abortMessage: 'conflicting values for paved/decision' });
  writeFileSync(bareWasm, wasm);
  const tree = {
    '.manifest': JSON.stringify({ revision: 'r1', wasm: [{ entrypoint: 'paved/decision', module: '/policy.wasm' }] }),
    'policy.wasm': wasm,
    'data.json': JSON.stringify({ paved: { max_lines: 400 } }),
  };
  writeFileSync(bundle, tarGz(entriesOf(tree)));
});

async function run(args: string[]) {
  const io = captureIO(work);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('paved eval on a compiled policy', () => {
  it('evaluates -e ENTRYPOINT of a .tar.gz bundle with its data and the -i input, in opa eval shape', async () => {
    const r = await run(['eval', '-b', bundle, '-e', 'paved/decision', '-i', inputFile]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      result: [
        {
          expressions: [
            {
              value: { input: { change: { draft: true } }, data: { paved: { max_lines: 400 } } },
              text: 'data.paved.decision',
              location: { row: 1, col: 1 },
            },
          ],
        },
      ],
    });
  });

  it('derives the entrypoint from a data.a.b query and keeps the query as the text', async () => {
    const r = await run(['eval', '-b', bundle, '-i', inputFile, ' data.paved.decision ']);
    expect(r.code).toBe(0);
    const expression = JSON.parse(r.out).result[0].expressions[0];
    expect(expression.text).toBe(' data.paved.decision ');
    expect(expression.value.data).toEqual({ paved: { max_lines: 400 } });
  });

  it('evaluates a bare policy.wasm (no data), prints {} when undefined, and pretty-prints', async () => {
    const echoed = await run(['eval', '-b', bareWasm, '-i', inputFile, 'data.paved.decision']);
    expect(JSON.parse(echoed.out).result[0].expressions[0].value).toEqual({ input: { change: { draft: true } }, data: {} });
    const undefinedResult = await run(['eval', '-b', bareWasm, '-e', 'undefined']);
    expect(undefinedResult.code).toBe(0);
    expect(JSON.parse(undefinedResult.out)).toEqual({});
    const pretty = await run(['eval', '--format', 'pretty', '-b', bareWasm, '-e', 'undefined']);
    expect(pretty.out).toBe('undefined\n');
  });

  it('without -i the module sees no input', async () => {
    const r = await run(['eval', '-b', bundle, 'data.paved.decision']);
    expect(JSON.parse(r.out).result[0].expressions[0].value).toEqual({ input: null, data: { paved: { max_lines: 400 } } });
  });

  it('refuses a query that is not an entrypoint reference, naming the way out (pretty: on stderr with the hint)', async () => {
    const r = await run(['eval', '--format', 'pretty', '-b', bundle, 'x := data.paved.decision']);
    expect(r.code).toBe(3);
    expect(r.out).toBe('');
    expect(r.err).toContain('a compiled policy.wasm evaluates entrypoints only, not the query "x := data.paved.decision"');
    expect(r.err).toContain('-e paved/decision');
  });

  it('refuses -d next to a compiled bundle', async () => {
    const r = await run(['eval', '-b', bundle, '-d', inputFile, 'data.paved.decision']);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.out).errors[0]).toEqual({ code: 'usage', message: expect.stringContaining('-d cannot be combined with the compiled policy.wasm') });
  });

  it('an unknown entrypoint is an error listing the ones the module has', async () => {
    const r = await run(['eval', '-b', bundle, '-e', 'paved/other']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out)).toEqual({
      errors: [
        {
          code: 'policy_eval_failed',
          message: `${bundle}: entrypoint "paved/other" is not in policy.wasm; it has: abort, call/builtin0, call/builtin1, call/builtin3, loop, paved/decision, undefined`,
          location: { file: bundle },
        },
      ],
    });
  });

  it('an opa_abort inside the module is a JSON error carrying the module\'s message', async () => {
    const r = await run(['eval', '-b', bundle, '-e', 'abort']);
    expect(r.code).toBe(2);
    const [error] = JSON.parse(r.out).errors;
    expect(error.code).toBe('policy_eval_failed');
    expect(error.message).toBe(`${bundle}: evaluating abort: the policy aborted: conflicting values for paved/decision`);
  });
});
