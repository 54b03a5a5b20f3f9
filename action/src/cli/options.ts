/**
 * The source flags shared by `paved check` and `paved input`: where the
 * change comes from (local git or a fixture directory), its config and its
 * report files. Checked here so a wrong flag is a usage error that names it.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { CollectOptions, SourceSpec } from '../collect/index.js';
import { usageError } from './io.js';

export interface SourceFlags {
  repo?: string;
  base?: string;
  head?: string;
  worktree?: boolean;
  fixture?: string;
  config?: string;
  reports?: string[];
}

export function addSourceOptions(command: Command): Command {
  return command
    .option('--repo <dir>', 'local git repository to check (default: the current directory)')
    .option('--base <ref>', 'base of the change (default: merge-base with origin/HEAD, main or master)')
    .option('--head <ref>', 'head of the change (default: HEAD)')
    .option('--worktree', 'include uncommitted changes of the working tree')
    .option('--fixture <dir>', 'read the change from a fixture directory (event.json, files.json, commits.json…) instead of git')
    .option('--config <path>', 'gate configuration: a path in the repository, read at the base commit (default paved.yml); with --fixture, a file')
    .option('--reports <glob>', 'report files for the signals: JUnit XML, lcov, Cobertura, SARIF (repeatable)', collect, [] as string[]);
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function sourceFromFlags(flags: SourceFlags, cwd: string): { spec: SourceSpec; options: CollectOptions } {
  const options: CollectOptions = {};
  if (flags.fixture !== undefined) {
    const conflicting = (['repo', 'base', 'head', 'worktree', 'reports'] as const).filter((k) =>
      k === 'reports' ? (flags.reports ?? []).length > 0 : flags[k] !== undefined,
    );
    if (conflicting.length > 0) {
      throw usageError(
        `--fixture cannot be combined with ${conflicting.map((k) => `--${k}`).join(', ')}`,
        'A fixture directory carries the whole change (and its reports/ directory); drop the git flags, or drop --fixture to check a local repository.',
      );
    }
    if (flags.config !== undefined) options.configPath = requirePath('--config', resolve(cwd, flags.config), 'file');
    return { spec: { kind: 'fixture', dir: requirePath('--fixture', resolve(cwd, flags.fixture), 'directory') }, options };
  }
  // In a repository the config is read at the base commit (a change cannot weaken its own gate): a repository path, not a disk path.
  if (flags.config !== undefined) options.configPath = flags.config;
  const repo = requirePath('--repo', resolve(cwd, flags.repo ?? '.'), 'directory');
  if ((flags.reports ?? []).length > 0) options.reportGlobs = flags.reports!;
  const spec: SourceSpec = { kind: 'git', repo };
  if (flags.base !== undefined) spec.base = flags.base;
  if (flags.head !== undefined) spec.head = flags.head;
  if (flags.worktree) spec.worktree = true;
  return { spec, options };
}

/** The absolute path when it exists with the right kind; otherwise a usage error naming the flag. */
export function requirePath(flag: string, path: string, kind: 'file' | 'directory' | 'any'): string {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw usageError(`${flag} ${path}: no such ${kind === 'any' ? 'file or directory' : kind}`, `Check the path given to ${flag}.`);
  }
  if (kind === 'directory' && !stats.isDirectory()) throw usageError(`${flag} ${path} is not a directory`, `${flag} takes a directory.`);
  if (kind === 'file' && !stats.isFile()) throw usageError(`${flag} ${path} is not a file`, `${flag} takes a file.`);
  return path;
}
