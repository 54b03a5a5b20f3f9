/**
 * `paved input`: the input document the policies would receive, so policy
 * authors see exactly what they are writing against. Same source flags as
 * `paved check`.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { collectInput } from '../collect/index.js';
import type { CliContext } from './command.js';
import { EXIT, writeOutputFile } from './io.js';
import { addSourceOptions, sourceFromFlags, type SourceFlags } from './options.js';

interface InputFlags extends SourceFlags {
  output?: string;
}

export function registerInput(program: Command, context: CliContext): void {
  addSourceOptions(program.command('input').description('print the input document (paved/input/v1) that the policies receive'))
    .option('--output <file>', 'write the document to a file instead of stdout')
    .action(async (flags: InputFlags) => {
      const { spec, options } = sourceFromFlags(flags, context.io.cwd);
      const text = JSON.stringify(await collectInput(spec, options), null, 2) + '\n';
      if (flags.output !== undefined) writeOutputFile(resolve(context.io.cwd, flags.output), text);
      else context.io.stdout(text);
      context.setExitCode(EXIT.pass);
    });
}
