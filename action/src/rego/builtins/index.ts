/**
 * The one built-in registry. The interpreter's compiler checks names and
 * arity against it; the evaluator calls it; the wasm engine serves the same
 * functions to compiled policies as host built-ins.
 */
import { aggregateBuiltins } from './aggregates.js';
import { arrayBuiltins } from './arrays.js';
import { cryptoBuiltins } from './crypto.js';
import { encodingBuiltins } from './encoding.js';
import { globBuiltins } from './glob.js';
import { graphBuiltins } from './graph.js';
import { jsonBuiltins } from './json.js';
import { miscBuiltins } from './misc.js';
import { netBuiltins } from './net.js';
import { numberBuiltins } from './numbers.js';
import { objectBuiltins } from './objects.js';
import { operatorBuiltins } from './operators.js';
import { regexBuiltins } from './regex.js';
import { semverBuiltins } from './semver.js';
import { setBuiltins } from './sets.js';
import { stringBuiltins } from './strings.js';
import { timeBuiltins } from './time.js';
import { typeBuiltins } from './typechecks.js';
import { unitBuiltins } from './units.js';
import { walkBuiltins } from './walk.js';
import type { BuiltinDef, BuiltinRegistry } from './types.js';

const FAMILIES: readonly (readonly BuiltinDef[])[] = [
  operatorBuiltins,
  numberBuiltins,
  aggregateBuiltins,
  arrayBuiltins,
  objectBuiltins,
  setBuiltins,
  typeBuiltins,
  stringBuiltins,
  regexBuiltins,
  globBuiltins,
  encodingBuiltins,
  jsonBuiltins,
  unitBuiltins,
  walkBuiltins,
  semverBuiltins,
  timeBuiltins,
  graphBuiltins,
  netBuiltins,
  cryptoBuiltins,
  miscBuiltins,
];

export function createBuiltinRegistry(): BuiltinRegistry {
  const registry = new Map<string, BuiltinDef>();
  for (const family of FAMILIES) {
    for (const def of family) {
      if (registry.has(def.name)) throw new Error(`built-in ${def.name} is registered twice`);
      registry.set(def.name, def);
    }
  }
  return registry;
}

const NO_NETWORK = 'network access is not allowed in the gate: the verdict must depend only on the input document and data';

/**
 * OPA built-ins this engine knows of and refuses, with the reason the compiler
 * reports (`<name> is not supported: <reason>`). A name prefix ending in `.`
 * covers a whole family; see unsupportedReason().
 */
export const UNSUPPORTED_BUILTINS: Record<string, string> = {
  'http.send': NO_NETWORK,
  'net.lookup_ip_addr': NO_NETWORK,
  'opa.runtime': 'placeholder',
};

export function unsupportedReason(name: string): string | undefined {
  if (Object.hasOwn(UNSUPPORTED_BUILTINS, name)) return UNSUPPORTED_BUILTINS[name];
  for (const [key, reason] of Object.entries(UNSUPPORTED_BUILTINS)) {
    if (key.endsWith('.') && name.startsWith(key)) return reason;
  }
  return undefined;
}
