/** Messages between worker-runner.ts (main thread) and worker.ts. Plain data: they are structured-cloned. */
import type { ErrorLocation, GateErrorCode } from '../errors.js';
import type { EvaluationResult, PolicyInfo } from '../engine/types.js';
import type { WasmMemoryLimits } from './engine.js';

export interface WorkerRequest {
  wasm: Uint8Array;
  data: unknown;
  info: PolicyInfo;
  memory: WasmMemoryLimits;
  entrypoint: string;
  input: unknown;
}

export type WorkerReply =
  | { ok: true; result: EvaluationResult }
  | { ok: false; error: { code: GateErrorCode; message: string; hint?: string; location?: ErrorLocation } };
