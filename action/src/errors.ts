/**
 * The gate's error: what went wrong, where, and what to do. Every stage throws
 * this (or a RegoError, which has the same shape); the reporters render it and
 * the gate fails closed on it.
 */

export type GateErrorCode =
  | 'usage' // bad flag or argument: exit 3
  | 'input_invalid' // the input document failed schema validation
  | 'collect_failed' // a source could not be read (git, fixture, GitHub API)
  | 'config_invalid' // paved.yml or a report file is malformed
  | 'policy_load_failed' // .rego/bundle/wasm could not be loaded, verified or compiled
  | 'policy_eval_failed' // the engine failed while evaluating
  | 'decision_invalid' // the entrypoint is undefined, or returned the wrong shape
  | 'vacuous' // nothing was evaluated: no rules, unknown rule ids…
  | 'report_failed';

export interface ErrorLocation {
  file: string;
  row?: number;
  col?: number;
}

export class GateError extends Error {
  constructor(
    readonly code: GateErrorCode,
    message: string,
    /** What the user should do about it. */
    readonly hint?: string,
    readonly location?: ErrorLocation,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'GateError';
  }
}
