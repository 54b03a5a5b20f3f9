/**
 * Test support (imported by *.test.ts only): a small WebAssembly module that
 * implements OPA's published wasm ABI 1.x, written in WebAssembly text and
 * assembled with the `wabt` package. It stands in for `opa build -t wasm`
 * output, which cannot be produced on this machine.
 *
 * Values are NUL-terminated JSON text (OPA's real modules use a tagged heap
 * representation, but the host only ever sees addresses and JSON). Entry
 * points, in id order:
 *   0 paved/decision   {"input": input, "data": data}, or data (decisionFromData)
 *   1 call/builtin1    the result of built-in id 1 applied to input
 *   2 call/builtin0    the result of built-in id 0
 *   3 abort            opa_abort("<abortMessage>")
 *   4 loop             never returns
 *   5 undefined        the empty result set
 *   6 call/builtin3    built-in id 2 applied to (input, operand 2, operand 3): two JSON constants
 *                      compiled into the module, as `regex.replace(input, "[0-9]+", "N")` would be
 */
import wabtFactory from 'wabt';

export interface AbiModuleOptions {
  /** Built-in names the module imports: [0] is called with no operand, [1] with the input, [2] with three. */
  builtins?: string[];
  /** ABI minor version: 2 and up use the opa_eval fast path, 1 the eval-context calls. */
  minorVersion?: number;
  /** Entrypoint names (ids 0..6 as listed above); fewer names export fewer entrypoints. */
  entrypoints?: string[];
  abortMessage?: string;
  /** Entrypoint 0 returns `data` itself, so a bundle's data.json can carry a whole decision document. */
  decisionFromData?: boolean;
  /** Text builtins() returns instead of the map built from `builtins`, to test malformed modules. */
  rawBuiltins?: string;
  /** JSON text of the constant operands 2 and 3 of call/builtin3. */
  builtin3Operands?: [string, string];
}

export const DEFAULT_ENTRYPOINTS = ['paved/decision', 'call/builtin1', 'call/builtin0', 'abort', 'loop', 'undefined', 'call/builtin3'];

function watString(text: string): string {
  return [...Buffer.from(text + '\0', 'utf8')].map((b) => (b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c ? String.fromCharCode(b) : '\\' + b.toString(16).padStart(2, '0'))).join('');
}

/** Lays static NUL-terminated strings out from address 1024 and names their addresses. */
function staticStrings(strings: Record<string, string>): { segments: string; addr: Record<string, number> } {
  let next = 1024;
  const addr: Record<string, number> = {};
  const segments: string[] = [];
  for (const [name, text] of Object.entries(strings)) {
    addr[name] = next;
    segments.push(`(data (i32.const ${next}) "${watString(text)}")`);
    next += Buffer.byteLength(text) + 1;
  }
  if (next > 8192) throw new Error('static strings overflow the reserved area');
  return { segments: segments.join('\n  '), addr };
}

export function abiModuleText(options: AbiModuleOptions = {}): string {
  const builtins = options.builtins ?? [];
  const entrypoints = options.entrypoints ?? DEFAULT_ENTRYPOINTS;
  const s = staticStrings({
    builtins: options.rawBuiltins ?? JSON.stringify(Object.fromEntries(builtins.map((b, i) => [b, i]))),
    entrypoints: JSON.stringify(Object.fromEntries(entrypoints.map((e, i) => [e, i]))),
    echoPrefix: '[{"result":{"input":',
    echoData: ',"data":',
    echoSuffix: '}}]',
    resultPrefix: '[{"result":',
    resultSuffix: '}]',
    empty: '[]',
    null: 'null',
    abort: options.abortMessage ?? 'boom',
    outOfMemory: 'opa_malloc: out of memory',
    operand2: (options.builtin3Operands ?? ['"[0-9]+"', '"N"'])[0],
    operand3: (options.builtin3Operands ?? ['"[0-9]+"', '"N"'])[1],
  });
  const a = s.addr;
  return `(module
  (import "env" "memory" (memory 2))
  (import "env" "opa_abort" (func $opa_abort (param i32)))
  (import "env" "opa_builtin0" (func $opa_builtin0 (param i32 i32) (result i32)))
  (import "env" "opa_builtin1" (func $opa_builtin1 (param i32 i32 i32) (result i32)))
  (import "env" "opa_builtin3" (func $opa_builtin3 (param i32 i32 i32 i32 i32) (result i32)))
  ${s.segments}
  (global $heap (mut i32) (i32.const 8192))
  (global (export "opa_wasm_abi_version") i32 (i32.const 1))
  (global (export "opa_wasm_abi_minor_version") i32 (i32.const ${options.minorVersion ?? 2}))

  (func $copy (param $dst i32) (param $src i32) (param $len i32) (result i32)
    (block $done (loop $next
      (br_if $done (i32.eqz (local.get $len)))
      (i32.store8 (local.get $dst) (i32.load8_u (local.get $src)))
      (local.set $dst (i32.add (local.get $dst) (i32.const 1)))
      (local.set $src (i32.add (local.get $src) (i32.const 1)))
      (local.set $len (i32.sub (local.get $len) (i32.const 1)))
      (br $next)))
    (local.get $dst))
  (func $strlen (param $p i32) (result i32) (local $n i32)
    (block $done (loop $next
      (br_if $done (i32.eqz (i32.load8_u (i32.add (local.get $p) (local.get $n)))))
      (local.set $n (i32.add (local.get $n) (i32.const 1)))
      (br $next)))
    (local.get $n))
  (func $append (param $dst i32) (param $cstr i32) (result i32)
    (call $copy (local.get $dst) (local.get $cstr) (call $strlen (local.get $cstr))))
  (func $finish (param $start i32) (param $end i32) (result i32)
    (i32.store8 (local.get $end) (i32.const 0))
    (global.set $heap (i32.add (local.get $end) (i32.const 1)))
    (local.get $start))

  (func $malloc (export "opa_malloc") (param $len i32) (result i32) (local $p i32)
    (local.set $p (global.get $heap))
    (global.set $heap (i32.add (local.get $p) (local.get $len)))
    (if (i32.gt_u (global.get $heap) (i32.mul (memory.size) (i32.const 65536)))
      (then (if (i32.lt_s (memory.grow (i32.add (i32.shr_u (i32.sub (global.get $heap) (i32.mul (memory.size) (i32.const 65536))) (i32.const 16)) (i32.const 1))) (i32.const 0))
        (then (call $opa_abort (i32.const ${a.outOfMemory})) (unreachable)))))
    (local.get $p))
  (func (export "opa_heap_ptr_get") (result i32) (global.get $heap))
  (func (export "opa_heap_ptr_set") (param i32) (global.set $heap (local.get 0)))
  (func $parse (export "opa_json_parse") (param $addr i32) (param $len i32) (result i32) (local $p i32)
    (local.set $p (call $malloc (i32.add (local.get $len) (i32.const 1))))
    (i32.store8 (call $copy (local.get $p) (local.get $addr) (local.get $len)) (i32.const 0))
    (local.get $p))
  (func (export "opa_json_dump") (param $value i32) (result i32) (local.get $value))
  (func (export "builtins") (result i32) (i32.const ${a.builtins}))
  (func (export "entrypoints") (result i32) (i32.const ${a.entrypoints}))

  (func $wrap (param $value i32) (result i32) (local $out i32)
    (if (i32.eqz (local.get $value)) (then (return (i32.const ${a.empty}))))
    (local.set $out (global.get $heap))
    (call $finish (local.get $out)
      (call $append (call $append (call $append (local.get $out) (i32.const ${a.resultPrefix})) (local.get $value)) (i32.const ${a.resultSuffix}))))

  (func $evaluate (param $entrypoint i32) (param $data i32) (param $input i32) (param $inputLen i32) (result i32)
    (local $out i32) (local $p i32) (local $value i32)
    (local.set $value (if (result i32) (local.get $inputLen)
      (then (call $parse (local.get $input) (local.get $inputLen))) (else (i32.const ${a.null}))))
    (block $b6 (block $b5 (block $b4 (block $b3 (block $b2 (block $b1 (block $b0
      (br_table $b0 $b1 $b2 $b3 $b4 $b5 $b6 $b5 (local.get $entrypoint)))
      ${options.decisionFromData ? '(return (call $wrap (local.get $data)))' : ''}
      (local.set $out (global.get $heap))
      (local.set $p (call $append (local.get $out) (i32.const ${a.echoPrefix})))
      (local.set $p (call $append (local.get $p) (local.get $value)))
      (local.set $p (call $append (local.get $p) (i32.const ${a.echoData})))
      (local.set $p (call $append (local.get $p) (local.get $data)))
      (local.set $p (call $append (local.get $p) (i32.const ${a.echoSuffix})))
      (return (call $finish (local.get $out) (local.get $p))))
      (return (call $wrap (call $opa_builtin1 (i32.const 1) (i32.const 0) (local.get $value)))))
      (return (call $wrap (call $opa_builtin0 (i32.const 0) (i32.const 0)))))
      (call $opa_abort (i32.const ${a.abort})) (unreachable))
      (loop $forever (br $forever)) (unreachable))
      (return (i32.const ${a.empty})))
    (call $wrap (call $opa_builtin3 (i32.const 2) (i32.const 0) (local.get $value) (i32.const ${a.operand2}) (i32.const ${a.operand3}))))

  (func (export "opa_eval") (param $reserved i32) (param $entrypoint i32) (param $data i32) (param $input i32) (param $inputLen i32) (param $heapPtr i32) (param $format i32) (result i32)
    (global.set $heap (local.get $heapPtr))
    (call $evaluate (local.get $entrypoint) (local.get $data) (local.get $input) (local.get $inputLen)))

  ;; ABI 1.0/1.1: an evaluation context of four i32 fields: entrypoint, data, input, result.
  (func (export "opa_eval_ctx_new") (result i32) (call $malloc (i32.const 16)))
  (func (export "opa_eval_ctx_set_entrypoint") (param $ctx i32) (param $id i32) (i32.store (local.get $ctx) (local.get $id)))
  (func (export "opa_eval_ctx_set_data") (param $ctx i32) (param $v i32) (i32.store offset=4 (local.get $ctx) (local.get $v)))
  (func (export "opa_eval_ctx_set_input") (param $ctx i32) (param $v i32) (i32.store offset=8 (local.get $ctx) (local.get $v)))
  (func (export "opa_eval_ctx_get_result") (param $ctx i32) (result i32) (i32.load offset=12 (local.get $ctx)))
  (func (export "eval") (param $ctx i32) (result i32) (local $input i32)
    (local.set $input (i32.load offset=8 (local.get $ctx)))
    (i32.store offset=12 (local.get $ctx)
      (call $evaluate (i32.load (local.get $ctx)) (i32.load offset=4 (local.get $ctx)) (local.get $input)
        (if (result i32) (local.get $input) (then (call $strlen (local.get $input))) (else (i32.const 0)))))
    (i32.const 0))
)`;
}

/** Assembles the ABI module for `options` into wasm bytes. */
export async function abiModule(options: AbiModuleOptions = {}): Promise<Uint8Array> {
  const wabt = await wabtFactory();
  const parsed = wabt.parseWat('opa-abi-test.wat', abiModuleText(options));
  try {
    parsed.resolveNames();
    parsed.validate();
    return new Uint8Array(parsed.toBinary({}).buffer);
  } finally {
    parsed.destroy();
  }
}
