/**
 * File kinds and gate-touch detection, from the configured globs. Globs are
 * compiled once per config (a 3,000-file change meets every glob 3,000 times).
 */
import { Minimatch } from 'minimatch';
import type { FileKind, GateConfig, GateTouch } from './types.js';

const MATCH_OPTIONS = { dot: true, nocomment: true, nonegate: true } as const;

type Matcher = (path: string) => boolean;

/**
 * Each glob becomes minimatch's own RegExp: Minimatch#match splits the path
 * and walks segment lists on every call, which at 3,000 files × every glob
 * was ~100 MB of garbage; a RegExp test allocates nothing.
 */
function compileGlobs(globs: readonly string[]): Matcher {
  const compiled = globs.map((glob): Matcher => {
    const matcher = new Minimatch(glob, MATCH_OPTIONS);
    const regexp = matcher.makeRe();
    return regexp ? (path) => regexp.test(path) : (path) => matcher.match(path);
  });
  return (path) => compiled.some((matches) => matches(path));
}

export interface PathClassifier {
  classify(path: string): { kind: FileKind; kinds: FileKind[] };
}

/** Build a classifier for one configuration; `kinds` lists matches in precedence order. */
export function pathClassifier(config: GateConfig): PathClassifier {
  const ordered = config.file_kind_order.map((kind) => ({ kind, matches: compileGlobs(config.file_kinds[kind] ?? []) }));
  return {
    classify(path) {
      const kinds = ordered.filter((entry) => entry.matches(path)).map((entry) => entry.kind);
      return { kind: kinds[0] ?? 'other', kinds: kinds.length > 0 ? kinds : ['other'] };
    },
  };
}

/**
 * Which changed paths touch the gate itself. A rename counts on both sides:
 * moving a policy out of `policies/` changes the gate as much as editing it.
 */
export function detectGateTouch(
  files: readonly { path: string; previous_path: string | null }[],
  config: GateConfig,
): GateTouch {
  const policies = compileGlobs(config.gate_paths.policies);
  const configFiles = compileGlobs(config.gate_paths.config);
  const workflows = compileGlobs(config.gate_paths.workflows);
  const touch: GateTouch = { policies: false, config: false, workflows: false, files: [] };
  for (const file of files) {
    const paths = file.previous_path && file.previous_path !== file.path ? [file.path, file.previous_path] : [file.path];
    let touched = false;
    for (const path of paths) {
      if (policies(path)) touch.policies = touched = true;
      if (configFiles(path)) touch.config = touched = true;
      if (workflows(path)) touch.workflows = touched = true;
    }
    if (touched) touch.files.push(file.path);
  }
  return touch;
}
