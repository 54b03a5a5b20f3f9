/**
 * Worker-thread entry for time-limited wasm evaluation (see
 * worker-runner.ts). A synchronous wasm call cannot be interrupted from its
 * own thread, so the main thread runs it here and terminates this thread when
 * the time budget runs out. Built-ins come from the interpreter's registry.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { GateError } from '../errors.js';
import { createBuiltinRegistry } from '../rego/builtins/index.js';
import { createWasmEngine } from './engine.js';
import type { WorkerReply, WorkerRequest } from './worker-protocol.js';

async function run(request: WorkerRequest): Promise<WorkerReply> {
  try {
    const engine = await createWasmEngine(request.wasm, { data: request.data, info: request.info, registry: createBuiltinRegistry(), memory: request.memory });
    return { ok: true, result: await engine.evaluate(request.entrypoint, request.input) };
  } catch (err) {
    if (err instanceof GateError) return { ok: false, error: { code: err.code, message: err.message, ...(err.hint ? { hint: err.hint } : {}), ...(err.location ? { location: err.location } : {}) } };
    return { ok: false, error: { code: 'policy_eval_failed', message: `${request.info.source}: ${(err as Error).message ?? String(err)}` } };
  }
}

void run(workerData as WorkerRequest).then((reply) => parentPort?.postMessage(reply));
