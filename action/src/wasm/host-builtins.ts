/**
 * Host built-ins: compiled OPA wasm calls back into the host for built-ins it
 * does not implement itself. opa-wasm serves a handful; every other one comes
 * from the interpreter's registry, so a built-in works the same in both
 * engines.
 */
import { fromJSON, toJSON } from '../rego/value.js';
import type { BuiltinContext, BuiltinRegistry } from '../rego/builtins/types.js';

/**
 * The built-ins @open-policy-agent/opa-wasm 1.10 implements in JavaScript
 * (src/builtins/*.js). It consults these before ours, so they are never served
 * from the registry. host-builtins.test.ts checks this list against the
 * installed package.
 */
export const OPA_WASM_SDK_BUILTINS: readonly string[] = ['json.is_valid', 'regex.split', 'sprintf', 'yaml.is_valid', 'yaml.marshal', 'yaml.unmarshal'];

/** A registry built-in failed while the module was running; carries its name for the gate error. */
export class HostBuiltinError extends Error {
  override name = 'HostBuiltinError';
  constructor(
    readonly builtin: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export type HostFunction = (...args: unknown[]) => unknown;

/** A registry built-in can be a host function unless it is a relation (walk), which yields many results. */
function servable(name: string, registry: BuiltinRegistry): boolean {
  const def = registry.get(name);
  return def !== undefined && def.relation !== true;
}

/** The names a module needs that neither opa-wasm nor the registry can serve. */
export function missingBuiltins(required: readonly string[], registry: BuiltinRegistry): string[] {
  return required.filter((name) => !OPA_WASM_SDK_BUILTINS.includes(name) && !servable(name, registry)).sort();
}

/**
 * opa-wasm custom built-ins for `required`, reading the evaluation context
 * through `context()` so that time.now_ns is fixed within one evaluation.
 * Arguments arrive as JSON (opa-wasm dumps them with opa_json_dump, so sets
 * arrive as arrays) and results go back as JSON; undefined means the call is
 * undefined.
 */
export function hostBuiltins(required: readonly string[], registry: BuiltinRegistry, context: () => BuiltinContext): Record<string, HostFunction> {
  const functions: Record<string, HostFunction> = {};
  for (const name of required) {
    const def = registry.get(name);
    if (!def || !servable(name, registry) || OPA_WASM_SDK_BUILTINS.includes(name)) continue;
    functions[name] = (...args: unknown[]): unknown => {
      if (args.length !== def.arity) throw new HostBuiltinError(name, `called with ${args.length} operands, expects ${def.arity}`);
      let result;
      try {
        result = def.fn(args.map(fromJSON), context());
      } catch (err) {
        throw new HostBuiltinError(name, (err as Error).message ?? String(err), { cause: err });
      }
      return result === undefined ? undefined : toJSON(result);
    };
  }
  return functions;
}
