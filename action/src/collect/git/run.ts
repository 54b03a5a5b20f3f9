/**
 * Running git safely: an argument array through execFile (never a shell),
 * settings that keep repository config from running programs during reads
 * (fsmonitor hooks, external diff drivers; callers add --no-textconv), no
 * prompts, no optional locks, C locale so messages parse the same everywhere.
 */
import { execFile } from 'node:child_process';
import { GateError } from '../../errors.js';

const SAFE_SETTINGS = [
  '-c', 'core.fsmonitor=false',
  '-c', 'diff.external=',
  '-c', 'core.quotePath=false',
  '-c', 'log.showSignature=false',
  // Trailers by git's defaults, so local commits parse exactly like GitHub-sourced ones (collect/trailers.ts).
  '-c', 'trailer.separators=:',
  '-c', 'core.commentChar=#',
];

export interface GitRunOptions {
  /** Extra environment variables (e.g. GIT_INDEX_FILE for a scratch index). */
  env?: Record<string, string>;
  /** Resolve with null instead of throwing when git exits non-zero. */
  allowFailure?: boolean;
}

export class GitRepo {
  constructor(readonly dir: string) {}

  /** stdout as UTF-8 text. */
  async run(args: string[], options: GitRunOptions = {}): Promise<string | null> {
    const out = await this.runBuffer(args, options);
    return out === null ? null : out.toString('utf8');
  }

  async text(args: string[], options: Omit<GitRunOptions, 'allowFailure'> = {}): Promise<string> {
    return (await this.run(args, options)) as string;
  }

  runBuffer(args: string[], options: GitRunOptions = {}): Promise<Buffer | null> {
    return new Promise((resolve, reject) => {
      execFile(
        'git',
        [...SAFE_SETTINGS, ...args],
        {
          cwd: this.dir,
          encoding: 'buffer',
          maxBuffer: 1024 * 1024 * 1024,
          // Inherit the environment (PATH, HOME for the user's git config), never prompt.
          env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C', ...options.env },
        },
        (error, stdout, stderr) => {
          if (!error) return resolve(stdout);
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
            return reject(new GateError('collect_failed', 'git is not installed or not on PATH', 'Install git, or use --fixture.'));
          }
          if (options.allowFailure) return resolve(null);
          const detail = stderr.toString('utf8').trim().split('\n').slice(0, 3).join(' ');
          reject(new GateError('collect_failed', `git ${args[0]} failed in ${this.dir}: ${detail || error.message}`,
            'Check that the directory is a git repository and the refs exist.', undefined, { cause: error }));
        },
      );
    });
  }
}
