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
import { globsMatchBuiltins } from './globsmatch.js';
import { graphBuiltins } from './graph.js';
import { jsonBuiltins } from './json.js';
import { jsonPatchBuiltins } from './jsonpatch.js';
import { jsonSchemaBuiltins } from './jsonschema.js';
import { miscBuiltins } from './misc.js';
import { netBuiltins } from './net.js';
import { numberBuiltins } from './numbers.js';
import { objectBuiltins } from './objects.js';
import { operatorBuiltins } from './operators.js';
import { purlBuiltins } from './purl.js';
import { regexBuiltins } from './regex.js';
import { semverBuiltins } from './semver.js';
import { setBuiltins } from './sets.js';
import { stringBuiltins } from './strings.js';
import { timeBuiltins } from './time.js';
import { typeBuiltins } from './typechecks.js';
import { unitBuiltins } from './units.js';
import { walkBuiltins } from './walk.js';
import { yamlBuiltins } from './yaml.js';
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
  globsMatchBuiltins,
  globBuiltins,
  encodingBuiltins,
  jsonBuiltins,
  jsonPatchBuiltins,
  jsonSchemaBuiltins,
  yamlBuiltins,
  unitBuiltins,
  walkBuiltins,
  semverBuiltins,
  timeBuiltins,
  graphBuiltins,
  netBuiltins,
  cryptoBuiltins,
  miscBuiltins,
  purlBuiltins,
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

const NO_NETWORK = 'network access is not allowed in the gate: a verdict must depend only on the input document, data and policies';
const NOT_IMPLEMENTED = 'not implemented by this engine yet (see docs/builtins.md)';
const REMOVED = (replacement: string) => `removed from Rego v1 in OPA 1.0; use ${replacement}`;

/**
 * OPA built-ins this engine knows of and refuses, with the reason the compiler
 * reports (`<name> is not supported: <reason>`). A key ending in `.` covers a
 * whole family; see unsupportedReason().
 */
export const UNSUPPORTED_BUILTINS: Record<string, string> = {
  'http.send': NO_NETWORK,
  'net.lookup_ip_addr': NO_NETWORK,
  'providers.aws.sign_req': 'request signing for AWS calls is not available: the gate makes no network calls',
  'io.jwt.': 'JWT decoding and verification are not available in the gate; verify tokens before they reach the input document',
  'crypto.x509.': 'certificate parsing and verification are not available in the gate',
  'crypto.parse_private_keys': 'private key parsing is not available in the gate',
  'rego.parse_module': 'policies cannot parse Rego at evaluation time in the gate',
  'rego.metadata.chain': 'rule metadata at evaluation time is not available in this engine; read annotations with the compiler instead',
  'rego.metadata.rule': 'rule metadata at evaluation time is not available in this engine; read annotations with the compiler instead',
  'strings.render_template': 'Go text/template rendering is not available in this engine',
  'graphql.': NOT_IMPLEMENTED,
  re_match: REMOVED('regex.match'),
  set_diff: REMOVED('the - operator on sets'),
  'net.cidr_overlap': REMOVED('net.cidr_contains'),
  cast_array: REMOVED('a comprehension or the value itself'),
  cast_set: REMOVED('a set comprehension'),
  cast_string: REMOVED('is_string or sprintf'),
  cast_boolean: REMOVED('is_boolean'),
  cast_null: REMOVED('is_null'),
  cast_object: REMOVED('is_object'),
};

export function unsupportedReason(name: string): string | undefined {
  if (Object.hasOwn(UNSUPPORTED_BUILTINS, name)) return UNSUPPORTED_BUILTINS[name];
  for (const [key, reason] of Object.entries(UNSUPPORTED_BUILTINS)) {
    if (key.endsWith('.') && name.startsWith(key)) return reason;
  }
  return undefined;
}
