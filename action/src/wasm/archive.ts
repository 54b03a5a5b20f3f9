/**
 * Reads a gzipped tar archive (an OPA bundle) entirely in memory. Nothing is
 * written to disk, so a hostile archive cannot place files anywhere; paths are
 * still checked because they become data paths and signature names.
 */
import { Parser, type ReadEntry } from 'tar';

export interface ArchiveLimits {
  /** Most regular-file entries accepted. */
  maxEntries: number;
  /** Largest single file, in bytes, after decompression. */
  maxFileBytes: number;
  /** Largest sum of file sizes, in bytes, after decompression. */
  maxTotalBytes: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 10_000,
  maxFileBytes: 64 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
};

/** Thrown for anything wrong with the archive; the caller names the archive file. */
export class ArchiveError extends Error {
  override name = 'ArchiveError';
}

/**
 * Normalises an entry path to the bundle-relative form OPA uses in signatures
 * (`data.json`, `a/b/x.rego`, `.manifest`), refusing anything that could
 * escape the bundle root or be read two ways.
 */
export function normaliseEntryPath(raw: string): string {
  if (raw.includes('\0')) throw new ArchiveError(`entry path contains a NUL byte: ${JSON.stringify(raw)}`);
  if (raw.includes('\\')) throw new ArchiveError(`entry path contains a backslash: ${JSON.stringify(raw)}`);
  if (/^[A-Za-z]:/.test(raw)) throw new ArchiveError(`entry path is a Windows drive path: ${JSON.stringify(raw)}`);
  const segments = raw.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..')) {
    throw new ArchiveError(`entry path escapes the bundle root: ${JSON.stringify(raw)}`);
  }
  return segments.join('/');
}

const IGNORED_TYPES = new Set(['Directory', 'GlobalExtendedHeader', 'ExtendedHeader', 'OldExtendedHeader']);

/** Every regular file of a .tar.gz (or plain .tar), keyed by normalised path. */
export function readTarball(bytes: Uint8Array, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): Promise<Map<string, Uint8Array>> {
  return new Promise((resolve, reject) => {
    const files = new Map<string, Uint8Array>();
    let totalBytes = 0;
    let failed = false;
    const fail = (err: unknown): void => {
      if (failed) return;
      failed = true;
      parser.abort(err instanceof Error ? err : new ArchiveError(String(err))); // stop decompressing what is left
      reject(err instanceof ArchiveError ? err : new ArchiveError(`not a readable tar archive: ${(err as Error).message ?? String(err)}`));
    };

    const onEntry = (entry: ReadEntry): void => {
      if (failed) return entry.resume();
      try {
        if (IGNORED_TYPES.has(entry.type)) return entry.resume();
        if (entry.type !== 'File' && entry.type !== 'OldFile' && entry.type !== 'ContiguousFile') {
          throw new ArchiveError(`entry ${JSON.stringify(entry.path)} is a ${entry.type}; bundles may hold only regular files`);
        }
        const path = normaliseEntryPath(entry.path);
        if (path === '') throw new ArchiveError(`entry ${JSON.stringify(entry.path)} has an empty path`);
        if (files.has(path)) throw new ArchiveError(`entry ${path} appears twice`);
        if (files.size + 1 > limits.maxEntries) throw new ArchiveError(`more than ${limits.maxEntries} files`);
        if (entry.size > limits.maxFileBytes) throw new ArchiveError(`entry ${path} is ${entry.size} bytes, over the ${limits.maxFileBytes}-byte limit per file`);
        totalBytes += entry.size;
        if (totalBytes > limits.maxTotalBytes) throw new ArchiveError(`files add up to more than ${limits.maxTotalBytes} bytes`);
        collect(entry, path);
      } catch (err) {
        entry.resume();
        fail(err);
      }
    };

    const collect = (entry: ReadEntry, path: string): void => {
      const chunks: Buffer[] = [];
      let size = 0;
      entry.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= entry.size) chunks.push(chunk);
      });
      entry.on('end', () => {
        if (size !== entry.size) return fail(new ArchiveError(`entry ${path} is truncated`));
        files.set(path, new Uint8Array(Buffer.concat(chunks)));
      });
    };

    // tar also aborts past 1000 decompressed bytes per compressed byte (its default), which bounds a gzip bomb.
    const parser: Parser = new Parser({ strict: true, onReadEntry: onEntry });
    parser.on('error', fail);
    parser.on('end', () => {
      if (!failed) resolve(files);
    });
    try {
      parser.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    } catch (err) {
      fail(err);
    }
  });
}
