/**
 * What every `paved` command gets from the outside world, passed in so tests
 * run commands in-process: writers for stdout/stderr, the working directory,
 * the environment and whether stdout is a terminal. Only cli/paved.ts builds
 * one from `process`.
 */
import { writeFileSync } from 'node:fs';
import { GateError } from '../errors.js';
import type { Verdict } from '../decide/types.js';
import { escapeTerminal } from '../report/escape.js';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Colour is used only on a TTY (and never with NO_COLOR). */
  stdoutIsTTY: boolean;
}

/** The documented exit codes (README, docs/cli.md). */
export const EXIT = {
  /** Passed; warnings allowed. Also a fail-open neutral result, which the report flags loudly. */
  pass: 0,
  blocked: 1,
  /** The gate could not decide: bad policies, engine error, invalid input. */
  gateError: 2,
  usage: 3,
} as const;

export function exitCodeForVerdict(verdict: Verdict): number {
  switch (verdict) {
    case 'success':
    case 'neutral':
      return EXIT.pass;
    case 'failure':
      return EXIT.blocked;
    case 'error':
      return EXIT.gateError;
  }
}

/** Writes a report file; a failure names the flag and the path instead of surfacing as an internal error. */
export function writeOutputFile(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new GateError('report_failed', `--output ${path}: cannot write the report (${reason})`, 'Check that the directory exists and is writable.', { file: path }, { cause: error });
  }
}

/** https://no-color.org: NO_COLOR set to anything non-empty turns colour off. */
export function useColor(io: CliIO): boolean {
  return io.stdoutIsTTY && !io.env.NO_COLOR;
}

export function usageError(message: string, hint: string): GateError {
  return new GateError('usage', message, hint);
}

/** An error a command could not turn into a report: one clear paragraph on stderr, and its exit code. */
export function reportCommandError(io: CliIO, error: unknown): number {
  if (error instanceof GateError) {
    const where = error.location ? ` (${[error.location.file, error.location.row, error.location.col].filter((p) => p !== undefined).join(':')})` : '';
    const hint = error.hint ? `\n  What to do: ${error.hint}` : '';
    io.stderr(escapeTerminal(`paved: ${error.code === 'usage' ? 'usage error' : error.code}: ${error.message}${where}${hint}`) + '\n');
    return error.code === 'usage' ? EXIT.usage : EXIT.gateError;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(escapeTerminal(`paved: unexpected error: ${message}\n  This is a bug in Paved; please report it.`) + '\n');
  return EXIT.gateError;
}
