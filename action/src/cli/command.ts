/**
 * How a command module plugs into the `paved` program: it registers itself
 * on the commander program and reports its exit code through the context.
 */
import type { Command } from 'commander';
import type { CliIO } from './io.js';

export interface CliContext {
  io: CliIO;
  /** Paved's version, for reports that name the tool (SARIF). */
  version: string;
  setExitCode(code: number): void;
}

export type RegisterCommand = (program: Command, context: CliContext) => void;
