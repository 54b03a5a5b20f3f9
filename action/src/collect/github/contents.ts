/**
 * Reads repository files at a fixed commit through the contents API. The gate
 * reads its policies and paved.yml at the pull request's BASE commit this way,
 * so a pull request cannot weaken the gate that judges it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { GateError } from '../../errors.js';
import { httpStatus, type GitHubClient } from './client.js';
import { describeRequestError, type RepoRef } from './fetch.js';

interface ContentEntry {
  type: string;
  path: string;
  content?: string;
  encoding?: string;
}

/** Directories deeper or larger than this are not a policy pack. */
const MAX_DIRECTORY_FILES = 2000;

/** The text of one file at `ref`, or null when it does not exist there. */
export async function readFileAt(client: GitHubClient, repo: RepoRef, ref: string, path: string): Promise<string | null> {
  const entry = await getContent(client, repo, ref, path);
  if (entry === null) return null;
  if (Array.isArray(entry)) {
    throw new GateError('collect_failed', `${path} at ${ref} is a directory, expected a file`, 'point the input at a file');
  }
  return fileText(client, repo, ref, entry);
}

/**
 * Copies a file or directory tree at `ref` to the same repository path under
 * `destination` (so a local path minus `destination/` is the repository path).
 * Returns the local path, or null when `path` does not exist at `ref`.
 */
export async function downloadTreeAt(
  client: GitHubClient,
  repo: RepoRef,
  ref: string,
  path: string,
  destination: string,
): Promise<string | null> {
  const root = await getContent(client, repo, ref, path);
  if (root === null) return null;
  const local = join(destination, ...posix.normalize(path).split('/').filter((s) => s !== '' && s !== '.' && s !== '..'));
  if (!Array.isArray(root)) {
    await writeLocal(local, await fileBytes(client, repo, ref, root));
    return local;
  }
  const pending: { entries: ContentEntry[]; localDir: string }[] = [{ entries: root, localDir: local }];
  let written = 0;
  while (pending.length > 0) {
    const { entries, localDir } = pending.pop()!;
    await mkdir(localDir, { recursive: true });
    for (const entry of entries) {
      const target = join(localDir, posix.basename(entry.path));
      if (entry.type === 'dir') {
        const children = await getContent(client, repo, ref, entry.path);
        pending.push({ entries: Array.isArray(children) ? children : [], localDir: target });
      } else if (entry.type === 'file') {
        if (++written > MAX_DIRECTORY_FILES) {
          throw new GateError('collect_failed', `${path} at ${ref} holds more than ${MAX_DIRECTORY_FILES} files`, 'point `policies` at the policy directory itself, or use a bundle');
        }
        await writeLocal(target, await fileBytes(client, repo, ref, entry));
      }
      // Symlinks and submodules are skipped: a policy pack is plain files.
    }
  }
  return local;
}

async function getContent(client: GitHubClient, repo: RepoRef, ref: string, path: string): Promise<ContentEntry | ContentEntry[] | null> {
  try {
    const response = await client.rest.repos.getContent({ ...repo, path: path.replace(/^\/+|\/+$/g, ''), ref });
    return response.data as ContentEntry | ContentEntry[];
  } catch (error) {
    if (httpStatus(error) === 404) return null;
    throw new GateError(
      'collect_failed',
      `could not read ${path} at ${ref} from GitHub: ${describeRequestError(error)}`,
      'grant the workflow `contents: read`',
      undefined,
      { cause: error },
    );
  }
}

async function fileText(client: GitHubClient, repo: RepoRef, ref: string, entry: ContentEntry): Promise<string> {
  return (await fileBytes(client, repo, ref, entry)).toString('utf8');
}

/** Inline base64 when GitHub sent it; files over 1 MB come back without content and are fetched raw. */
async function fileBytes(client: GitHubClient, repo: RepoRef, ref: string, entry: ContentEntry): Promise<Buffer> {
  if (entry.encoding === 'base64' && typeof entry.content === 'string' && entry.content !== '') {
    return Buffer.from(entry.content, 'base64');
  }
  const response = await client.rest.repos.getContent({ ...repo, path: entry.path, ref, mediaType: { format: 'raw' } });
  const data: unknown = response.data;
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  throw new GateError('collect_failed', `GitHub returned no content for ${entry.path} at ${ref}`, 'retry the job');
}

async function writeLocal(file: string, bytes: Buffer): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, bytes);
}
