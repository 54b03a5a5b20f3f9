#!/usr/bin/env node
/**
 * The `paved` command line. `main(argv, io)` runs one invocation in-process
 * and returns its exit code (tests call it directly); the bin entry at the
 * bottom wires it to the real process.
 *
 * Exit codes: 0 pass (warnings allowed; also fail-open neutral), 1 blocked by
 * policy, 2 gate error (could not decide), 3 usage error.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { PACKAGE_ROOT } from '../gate.js';
import { registerCheck } from './check.js';
import type { CliContext, RegisterCommand } from './command.js';
import { registerEval } from './eval.js';
import { registerInput } from './input.js';
import { registerTest } from './test.js';
import { type CliIO, EXIT, reportCommandError } from './io.js';
import { keepYoungGenerationSmall } from './memory.js';

/** Every `paved` command; a command module adds itself here with one line. */
const COMMANDS: RegisterCommand[] = [registerCheck, registerInput, registerEval, registerTest];

const EXIT_CODE_HELP = `
Exit codes:
  0  passed (warnings allowed); also a fail-open neutral result, flagged in the report
  1  blocked by policy
  2  gate error: the gate could not decide (bad policies, engine error, invalid input)
  3  usage error: a wrong flag or argument`;

export const PAVED_VERSION: string = readVersion();

function readVersion(): string {
  try {
    return String(JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')).version);
  } catch {
    return 'unknown';
  }
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let exitCode: number = EXIT.pass;
  const context: CliContext = { io, version: PAVED_VERSION, setExitCode: (code) => (exitCode = code) };
  const program = new Command('paved')
    .description('Policy-as-code delivery gate for AI-generated changes')
    .version(PAVED_VERSION)
    .showHelpAfterError('(run `paved <command> --help` for the flags)')
    .addHelpText('after', EXIT_CODE_HELP)
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  for (const register of COMMANDS) register(program, context);
  // Every command (and the program itself) reports usage problems through an exception instead of exiting the process.
  const override = (command: Command): void => {
    command.exitOverride();
    command.commands.forEach(override);
  };
  override(program);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return commanderExitCode(error);
    return reportCommandError(io, error);
  }
}

/** Help and version are successes; anything else commander rejects is a usage error (it already printed why). */
function commanderExitCode(error: CommanderError): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.pass;
  if (error.code === 'commander.executeSubCommandAsync') return EXIT.gateError;
  return EXIT.usage;
}

function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
  };
}

function isEntryPoint(): boolean {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  keepYoungGenerationSmall();
  // `paved check | head` closes stdout early: stop quietly instead of crashing on EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2), processIO()).then((code) => {
    process.exitCode = code;
  });
}
