/**
 * The slice of the WebAssembly JS API this engine uses. The project's
 * TypeScript setup (lib ES2023, @types/node 20) declares no WebAssembly
 * types, so they are stated here once, over the runtime's global object.
 */

export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(deltaPages: number): number;
}

export interface WasmInstance {
  readonly exports: Record<string, unknown>;
}

/** An opaque compiled module. */
export interface WasmModule {
  readonly __brand?: 'WebAssembly.Module';
}

interface WebAssemblyApi {
  compile(bytes: Uint8Array): Promise<WasmModule>;
  RuntimeError: new (message?: string) => Error;
}

export const webAssembly: WebAssemblyApi = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;
