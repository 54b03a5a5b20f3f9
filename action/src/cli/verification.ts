/**
 * The bundle signature flags shared by `paved check` and `paved eval`. The
 * key is read from a file (never from the command line, where it would sit
 * in shell history and process lists) and checked up front by
 * parseVerificationKey, so a bad key is a usage error naming the flag rather
 * than a verification failure later. The key's content is never printed:
 * errors name the file only.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { GateError } from '../errors.js';
import { parseVerificationKey, type SignatureAlgorithm, type VerificationKey } from '../wasm/signatures.js';
import { usageError } from './io.js';
import { requirePath } from './options.js';

export interface VerificationFlags {
  verificationKey?: string;
  verificationAlg?: SignatureAlgorithm;
  verificationKeyId?: string;
  verificationScope?: string;
}

const ALGORITHMS: readonly SignatureAlgorithm[] = ['RS256', 'ES256', 'HS256'];
/** OPA's default for --signing-alg, so a key signed with opa's defaults verifies with ours. */
const DEFAULT_ALGORITHM: SignatureAlgorithm = 'RS256';

export function addVerificationOptions(command: Command): Command {
  return command
    .option('--verification-key <file>', 'refuse the bundle unless it is signed with this key: a PEM public key or certificate (RS256, ES256) or a file holding the shared secret (HS256)')
    .addOption(new Option('--verification-alg <alg>', `signing algorithm of the bundle: ${ALGORITHMS.join(', ')} (default: ${DEFAULT_ALGORITHM}, as opa)`).argParser(parseAlgorithm))
    .option('--verification-key-id <id>', 'key id, as opa --verification-key-id (informational: Paved holds exactly one key)')
    .option('--verification-scope <scope>', 'the scope the bundle must be signed for');
}

function parseAlgorithm(value: string): SignatureAlgorithm {
  const alg = value.trim().toUpperCase();
  if (!ALGORITHMS.includes(alg as SignatureAlgorithm)) throw new InvalidArgumentError(`Use one of ${ALGORITHMS.join(', ')} (the --signing-alg given to opa build / opa sign).`);
  return alg as SignatureAlgorithm;
}

/** The configured key, or undefined when no --verification-key is given (then the other flags are usage errors). */
export function verificationKeyFromFlags(flags: VerificationFlags, cwd: string): VerificationKey | undefined {
  if (flags.verificationKey === undefined) {
    const stray = (['verificationAlg', 'verificationKeyId', 'verificationScope'] as const).filter((k) => flags[k] !== undefined).map(flagName);
    if (stray.length > 0) throw usageError(`${stray.join(', ')} given without --verification-key`, 'Pass the key the bundle must be signed with: --verification-key <file>.');
    return undefined;
  }
  const path = requirePath('--verification-key', resolve(cwd, flags.verificationKey), 'file');
  const key = readKeyFile(path);
  try {
    return parseVerificationKey({
      alg: flags.verificationAlg ?? DEFAULT_ALGORITHM,
      key,
      ...(flags.verificationKeyId !== undefined ? { keyId: flags.verificationKeyId } : {}),
      ...(flags.verificationScope !== undefined ? { scope: flags.verificationScope } : {}),
    });
  } catch (error) {
    if (!(error instanceof GateError)) throw error;
    throw usageError(`--verification-key ${path}: ${error.message}`, error.hint ?? 'Check the key file and --verification-alg.');
  }
}

/** The file's bytes as text, unchanged (as opa reads it: an HS256 secret keeps a trailing newline). */
function readKeyFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw usageError(`--verification-key ${path}: cannot read the key (${reason})`, 'Check that the key file is readable.');
  }
}

function flagName(key: keyof VerificationFlags): string {
  return '--' + key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
