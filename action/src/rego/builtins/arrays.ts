/** Array built-ins: array.concat array.slice array.reverse array.flatten. */
import type { Value } from '../value.js';
import { arrayArg, fn, integerArg } from './args.js';
import type { BuiltinDef } from './types.js';

/** OPA clamps both bounds into the array and yields [] when they cross. */
function slice(args: Value[]): Value[] {
  const array = arrayArg(args, 0);
  const start = Math.max(0, integerArg(args, 1));
  const stop = Math.min(array.length, integerArg(args, 2));
  return start >= stop ? [] : array.slice(start, stop);
}

/** One level deep: nested arrays inside the members stay as they are. */
function flatten(args: Value[]): Value[] {
  return arrayArg(args, 0).flatMap((v) => (Array.isArray(v) ? v : [v]));
}

export const arrayBuiltins: BuiltinDef[] = [
  fn('array.concat', 2, (args) => [...arrayArg(args, 0), ...arrayArg(args, 1)]),
  fn('array.slice', 3, slice),
  fn('array.reverse', 1, (args) => [...arrayArg(args, 0)].reverse()),
  fn('array.flatten', 1, flatten),
];
