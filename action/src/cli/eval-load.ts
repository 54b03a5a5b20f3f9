/**
 * Loading for `paved eval -d PATH`, with `opa eval`'s rules: .rego files are
 * modules; .json/.yaml/.yml files are data, placed at the path of the
 * directory that holds them relative to the -d root (the file name is not
 * part of the path), and merged. A file given directly lands at the root.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { GateError } from '../errors.js';

export interface LoadedSources {
  modules: { path: string; source: string }[];
  data: Record<string, unknown>;
}

const DATA_EXTENSIONS = new Set(['.json', '.yaml', '.yml']);
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);

export function loadEvalPaths(paths: readonly string[]): LoadedSources {
  const loaded: LoadedSources = { modules: [], data: {} };
  for (const root of paths) {
    for (const file of walk(root)) {
      const extension = extname(file).toLowerCase();
      if (extension === '.rego') {
        loaded.modules.push({ path: file, source: readFileSync(file, 'utf8') });
      } else if (DATA_EXTENSIONS.has(extension)) {
        const dir = relative(root, join(file, '..'));
        const at = dir === '' || dir.startsWith('..') ? [] : dir.split(sep);
        mergeAt(loaded.data, at, parseDataFile(file), file);
      }
    }
  }
  return loaded;
}

export function parseDataFile(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return extname(file).toLowerCase() === '.json' ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new GateError('usage', `${file}: not valid ${extname(file).slice(1).toUpperCase()}: ${(error as Error).message}`, 'Fix the file or leave it out of -d/-i.', { file });
  }
}

function walk(path: string): string[] {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new GateError('usage', `-d ${path}: no such file or directory`, 'Check the path given to -d/--data.');
  }
  if (!stats.isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => !(entry.isDirectory() && SKIPPED_DIRECTORIES.has(entry.name)))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => walk(join(path, entry.name)));
}

/** Objects merge key by key; any other clash is an error, as in OPA. */
function mergeAt(data: Record<string, unknown>, at: string[], value: unknown, file: string): void {
  let node = data;
  for (const key of at) {
    const next = node[key];
    if (next === undefined) node[key] = {};
    else if (!isObject(next)) throw mergeConflict(file, at);
    node = node[key] as Record<string, unknown>;
  }
  if (at.length === 0 && !isObject(value)) {
    throw new GateError('usage', `${file}: data at the root of data must be an object`, 'Wrap the value in an object, or move the file into a directory named after its key.', { file });
  }
  if (!isObject(value)) {
    throw new GateError('usage', `${file}: data must be an object to merge at data.${at.join('.')}`, 'Wrap the value in an object.', { file });
  }
  mergeObjects(node, value, file, at);
}

function mergeObjects(target: Record<string, unknown>, source: Record<string, unknown>, file: string, at: string[]): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (existing === undefined) target[key] = value;
    else if (isObject(existing) && isObject(value)) mergeObjects(existing, value, file, [...at, key]);
    else throw mergeConflict(file, [...at, key]);
  }
}

function mergeConflict(file: string, at: string[]): GateError {
  return new GateError('usage', `${file}: data conflicts with data already loaded at data.${at.join('.')}`, 'Two data files define the same key; keep one.', { file });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
