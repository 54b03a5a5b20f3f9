/**
 * Time-limited wasm evaluation. A synchronous WebAssembly call cannot be
 * interrupted from the thread that runs it, so a budgeted evaluation runs in
 * a fresh worker thread that is terminated when the budget runs out. The
 * budget covers the worker's start and the module's compilation too (see
 * docs/wasm.md for the measured cost).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { GateError } from '../errors.js';
import type { EvaluationResult } from '../engine/types.js';
import type { WorkerReply, WorkerRequest } from './worker-protocol.js';

/** The worker's JavaScript heap cap; the wasm memory has its own bound (WasmMemoryLimits). */
const WORKER_HEAP_MB = 256;

/**
 * Where the worker code lives. From TypeScript sources (tsx, vitest) the
 * worker registers tsx before importing worker.ts; a bundled build must emit
 * worker.ts as `wasm-worker.js` next to the bundle that imports this module.
 */
function workerScript(): { script: string | URL; evalCode: boolean } {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const tsx = pathToFileURL(createRequire(here).resolve('tsx/esm/api')).href;
    const worker = new URL('./worker.ts', here).href;
    const code = `import(${JSON.stringify(tsx)}).then((m) => { (m.register ?? m.default.register)(); return import(${JSON.stringify(worker)}); })`;
    return { script: code, evalCode: true };
  }
  return { script: new URL('./wasm-worker.js', here), evalCode: false };
}

function replyError(reply: Extract<WorkerReply, { ok: false }>): GateError {
  const { code, message, hint, location } = reply.error;
  return new GateError(code, message, hint, location);
}

export function evaluateInWorker(request: WorkerRequest, timeoutMs: number): Promise<EvaluationResult> {
  const where = `${request.info.source}: evaluating ${request.entrypoint}`;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    return Promise.reject(new GateError('usage', `${where}: the time budget must be a positive number of milliseconds, got ${timeoutMs}`, 'Set the evaluation timeout to a positive value, e.g. 20000.'));
  }
  const { script, evalCode } = workerScript();
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { eval: evalCode, workerData: request, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => {
      settle(() => reject(new GateError('policy_eval_failed', `${where}: exceeded the time budget of ${timeoutMs} ms and was stopped`, 'Look for unbounded iteration over large inputs in the policy, or raise the time budget.', { file: request.info.source })));
    }, timeoutMs);
    worker.on('message', (reply: WorkerReply) => settle(() => (reply.ok ? resolve(reply.result) : reject(replyError(reply)))));
    worker.on('error', (err: Error) => {
      settle(() => reject(new GateError('policy_eval_failed', `${where}: the evaluation worker failed: ${err.message}`, 'If the wasm-worker.js file is missing from the build, rebuild the action; otherwise report this as a bug.', { file: request.info.source }, { cause: err })));
    });
    worker.on('exit', (code) => {
      settle(() => reject(new GateError('policy_eval_failed', `${where}: the evaluation worker exited (code ${code}) without a result`, 'The policy may have exhausted the worker heap; reduce the input or data size.', { file: request.info.source })));
    });
  });
}
