/**
 * Dependency changes: for each changed manifest, its declared dependencies at
 * the base and the head, compared. Whole files via ctx.readFile when the
 * source can read them, else the base/head fragments of the diff.
 */
import { GateError } from '../../../errors.js';
import type { ChangedFile, DependencyChange, Evaluated } from '../../../input/types.js';
import type { SignalContext } from '../../types.js';
import { classifyChange } from './classify.js';
import { redactText } from '../secrets.js';
import { ECOSYSTEM, manifestKind, readManifest, type DeclaredMap, type ManifestKind } from './manifests.js';

export type DependencySection = Evaluated & { changes: DependencyChange[] };

interface ManifestRead {
  changes: DependencyChange[];
  /** Set when only part of the manifest could be read. */
  partial?: string;
  /** Set when nothing could be read. */
  unreadable?: string;
}

export async function collectDependencyChanges(ctx: SignalContext): Promise<DependencySection> {
  const manifests = ctx.files.filter((f) => f.status !== 'unchanged' && manifestKind(f.path) !== null);
  const reads = await Promise.all(manifests.map((file) => readManifestChange(ctx, file, manifestKind(file.path)!)));
  const unreadable = reads.flatMap((r) => (r.unreadable ? [r.unreadable] : []));
  const partial = reads.flatMap((r) => (r.partial ? [r.partial] : []));
  const notes = [...unreadable, ...partial];
  return {
    evaluated: unreadable.length === 0,
    // A parser's error quotes a snippet of the manifest text it choked on.
    reason: notes.length > 0 ? redactText(notes.join('; ')) : null,
    changes: reads.flatMap((r) => r.changes).map(redactSpecs),
  };
}

/**
 * A version spec can carry a credential (`git+https://<token>@github.com/…`).
 * The added line is reported by the secret scan; here it is only kept out.
 */
function redactSpecs(change: DependencyChange): DependencyChange {
  const clean = (spec: string | null) => (spec === null ? null : redactText(spec));
  return { ...change, name: redactText(change.name), from: clean(change.from), to: clean(change.to) };
}

async function readManifestChange(ctx: SignalContext, file: ChangedFile, kind: ManifestKind): Promise<ManifestRead> {
  try {
    const whole = await readWhole(ctx, file);
    if (whole) return { changes: compare(file.path, kind, parseSide(kind, file.path, whole.base, false), parseSide(kind, file.path, whole.head, false)) };
    const patch = ctx.patches.get(file.path);
    if (patch === undefined) return { changes: [], unreadable: `${file.path}: neither the whole file nor a diff was available` };
    const { base, head } = fragmentsOf(patch);
    return {
      changes: compare(file.path, kind, mergeMaps(base.map((t) => parseSide(kind, file.path, t, true))), mergeMaps(head.map((t) => parseSide(kind, file.path, t, true)))),
      partial: `${file.path}: read from the diff only (sections outside the hunks, and dev vs runtime, may be unknown)`,
    };
  } catch (err) {
    if (!(err instanceof GateError)) throw err;
    return { changes: [], unreadable: err.message };
  }
}

/** Both sides as whole text; a side that does not exist (added/removed file) is null. undefined when a side could not be read. */
async function readWhole(ctx: SignalContext, file: ChangedFile): Promise<{ base: string | null; head: string | null } | undefined> {
  const base = file.status === 'added' ? null : await ctx.readFile('base', file.previous_path ?? file.path);
  const head = file.status === 'removed' ? null : await ctx.readFile('head', file.path);
  if ((file.status !== 'added' && base === null) || (file.status !== 'removed' && head === null)) return undefined;
  return { base, head };
}

function parseSide(kind: ManifestKind, path: string, text: string | null, fragment: boolean): DeclaredMap {
  return text === null ? new Map() : readManifest(kind, path, text, fragment);
}

function compare(manifest: string, kind: ManifestKind, base: DeclaredMap, head: DeclaredMap): DependencyChange[] {
  const ecosystem = ECOSYSTEM[kind];
  const names = [...new Set([...base.keys(), ...head.keys()])].sort();
  const out: DependencyChange[] = [];
  for (const name of names) {
    const from = base.get(name) ?? null;
    const to = head.get(name) ?? null;
    // Moving a package from dev to runtime (or back) changes what ships, even at the same version.
    const moved = from !== null && to !== null && from.dev !== to.dev;
    const change = classifyChange(from?.spec ?? null, to?.spec ?? null, ecosystem) ?? (moved ? 'changed' : null);
    if (change === null) continue;
    out.push({ ecosystem, manifest, name, from: from?.spec ?? null, to: to?.spec ?? null, change, dev: (to ?? from)!.dev });
  }
  return out;
}

/** Each hunk's base text (context + removed lines) and head text (context + added lines). */
export function fragmentsOf(patch: string): { base: string[]; head: string[] } {
  const base: string[] = [];
  const head: string[] = [];
  let b: string[] | null = null;
  let h: string[] | null = null;
  for (const line of patch.split('\n')) {
    if (line.startsWith('@@')) {
      if (b && h) {
        base.push(b.join('\n'));
        head.push(h.join('\n'));
      }
      b = [];
      h = [];
      continue;
    }
    if (!b || !h || line === '' || line.startsWith('\\')) continue;
    const body = line.slice(1);
    if (line.startsWith('-')) b.push(body);
    else if (line.startsWith('+')) h.push(body);
    else {
      b.push(body);
      h.push(body);
    }
  }
  if (b && h) {
    base.push(b.join('\n'));
    head.push(h.join('\n'));
  }
  return { base, head };
}

function mergeMaps(maps: DeclaredMap[]): DeclaredMap {
  const out: DeclaredMap = new Map();
  for (const map of maps) for (const [name, declared] of map) if (!out.has(name)) out.set(name, declared);
  return out;
}
