/** Type built-ins: is_* (false, not undefined, on a mismatch, as OPA 1.x) and type_name. */
import { typeName, type TypeName, type Value } from '../value.js';
import { fn } from './args.js';
import type { BuiltinDef } from './types.js';

const isType = (type: TypeName): BuiltinDef => fn(`is_${type}`, 1, ([v]) => typeName(v as Value) === type);

export const typeBuiltins: BuiltinDef[] = [
  isType('number'),
  isType('string'),
  isType('boolean'),
  isType('array'),
  isType('set'),
  isType('object'),
  isType('null'),
  fn('type_name', 1, ([v]) => typeName(v as Value)),
];
