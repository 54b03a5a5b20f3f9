/**
 * What the gate trusts comes from the pull request's BASE commit: policies,
 * rule catalog and paved.yml given as repository paths are read through the
 * contents API at the base SHA, never from the workspace (which holds the PR's
 * merge commit, i.e. the PR's own edits). A PR that rewrites policies/ is
 * judged by the policies it is trying to change.
 */
import { isAbsolute, join } from 'node:path';
import { GateError } from '../../errors.js';
import type { GitHubClient } from './client.js';
import { downloadTreeAt, readFileAt } from './contents.js';
import type { RepoRef } from './fetch.js';

/** Looked up in this order when the `config` input is empty. */
export const CONFIG_CANDIDATES = ['paved.yml', '.github/paved.yml'] as const;

export interface BaseSide {
  client: GitHubClient;
  repo: RepoRef;
  baseSha: string;
  /** Where downloaded trees are written (RUNNER_TEMP). */
  scratchDir: string;
}

/** The local mirror of the base commit: a path under it minus this prefix is the repository path. */
export function baseMirror(base: BaseSide): string {
  return join(base.scratchDir, `paved-base-${base.baseSha.slice(0, 12)}`);
}

/**
 * A local path for a policy or catalog input: absolute → a file the workflow
 * produced (e.g. a downloaded bundle), used as is; relative → a repository
 * path, fetched at the base SHA.
 */
export async function resolveArtifact(base: BaseSide, input: string, what: 'policies' | 'rules'): Promise<string> {
  if (isAbsolute(input)) return input;
  const local = await downloadTreeAt(base.client, base.repo, base.baseSha, input, baseMirror(base));
  if (local === null) {
    throw new GateError(
      'policy_load_failed',
      `${what} "${input}" does not exist at the base commit ${base.baseSha.slice(0, 12)}`,
      `${what} given as a repository path are read from the base branch, so a pull request cannot change them for itself: merge them to the base branch first, or leave the input empty to use the shipped pack`,
    );
  }
  return local;
}

export interface BaseConfig {
  text: string | undefined;
  origin: string;
}

/** paved.yml at the base SHA; a named file that is missing is an error, the default candidates are optional. */
export async function readBaseConfig(base: BaseSide, input: string): Promise<BaseConfig> {
  const short = base.baseSha.slice(0, 12);
  const candidates = input === '' ? CONFIG_CANDIDATES : [input];
  for (const path of candidates) {
    const text = await readFileAt(base.client, base.repo, base.baseSha, path);
    if (text !== null) return { text, origin: `${path} at ${short}` };
  }
  if (input !== '') {
    throw new GateError('config_invalid', `config "${input}" does not exist at the base commit ${short}`, 'create it on the base branch, or leave `config` empty to use paved.yml when present and the defaults otherwise');
  }
  return { text: undefined, origin: 'defaults' };
}
