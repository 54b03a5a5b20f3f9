/** Set built-ins: intersection and union of a set of sets. */
import { SetValue, typeName, type Value } from '../value.js';
import { fn, operandError, setArg } from './args.js';
import { setIntersection, setUnion } from './operators.js';
import type { BuiltinDef } from './types.js';

function setOfSetsArg(args: Value[]): SetValue[] {
  const members = [...setArg(args, 0)];
  for (const m of members) {
    if (!(m instanceof SetValue)) throw operandError(1, `must be set of sets but got set containing ${typeName(m)}`);
  }
  return members as SetValue[];
}

export const setBuiltins: BuiltinDef[] = [
  fn('intersection', 1, (args) => setIntersection(setOfSetsArg(args))),
  fn('union', 1, (args) => setUnion(setOfSetsArg(args))),
];
