/**
 * uuid.rfc4122 and rand.intn: random, but stable within one query (the same
 * operands give the same answer, as OPA caches them per query); opa.runtime
 * (an empty object: the gate exposes no environment or configuration to
 * policies); trace (tracing is not collected, so it is a no-op that succeeds).
 */
import { randomInt, randomUUID } from 'node:crypto';
import { keyOf, ObjectValue, type Value } from '../value.js';
import { cached, fn, integerArg, stringArg } from './args.js';
import type { BuiltinDef } from './types.js';

function uuid(args: Value[], ctx: { cache: Map<string, unknown> }): string {
  const seed = stringArg(args, 0);
  return cached(ctx.cache, 'uuid.rfc4122:' + keyOf(seed), () => randomUUID());
}

/** rand.intn(str, n): an integer in [0, |n|), 0 when n is 0. */
function intn(args: Value[], ctx: { cache: Map<string, unknown> }): number {
  const seed = stringArg(args, 0);
  const n = Math.abs(integerArg(args, 1));
  if (n === 0) return 0;
  return cached(ctx.cache, `rand.intn:${keyOf(seed)}:${n}`, () => (n > 2 ** 48 - 1 ? Math.floor(Math.random() * n) : randomInt(n)));
}

/** trace(note): checked like OPA's, then ignored — the gate collects no evaluation traces. */
function traceNote(args: Value[]): boolean {
  stringArg(args, 0);
  return true;
}

export const miscBuiltins: BuiltinDef[] = [
  fn('uuid.rfc4122', 1, uuid, { nondeterministic: true }),
  fn('rand.intn', 2, intn, { nondeterministic: true }),
  fn('opa.runtime', 0, () => new ObjectValue()),
  fn('trace', 1, traceNote),
];
