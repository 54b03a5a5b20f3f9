/** semver.compare and semver.is_valid: SemVer 2.0.0, strictly (no leading zeros, no `v` prefix). */
import type { Value } from '../value.js';
import { builtinError, fn, stringArg } from './args.js';
import type { BuiltinDef } from './types.js';

const NUMERIC = '0|[1-9]\\d*';
const PRE_ID = `(?:${NUMERIC}|\\d*[a-zA-Z-][0-9a-zA-Z-]*)`;
const SEMVER = new RegExp(
  `^(${NUMERIC})\\.(${NUMERIC})\\.(${NUMERIC})(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$`,
);

interface Version {
  core: bigint[];
  prerelease: string[];
}

function parse(text: string): Version | undefined {
  const m = SEMVER.exec(text);
  if (!m) return undefined;
  return { core: [BigInt(m[1]!), BigInt(m[2]!), BigInt(m[3]!)], prerelease: m[4] ? m[4].split('.') : [] };
}

function versionArg(args: Value[], i: number): Version {
  const text = stringArg(args, i);
  const v = parse(text);
  if (!v) throw builtinError(`operand ${i + 1}: string ${JSON.stringify(text)} is not a valid SemVer`);
  return v;
}

const sign = (n: number | bigint): number => (n > 0 ? 1 : n < 0 ? -1 : 0);

/** Precedence per SemVer §11: numeric identifiers numerically and below alphanumeric ones; a release outranks its pre-releases. */
function comparePrerelease(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return sign(b.length) - sign(a.length);
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    const xNum = /^\d+$/.test(x);
    const yNum = /^\d+$/.test(y);
    if (xNum && yNum) {
      const c = sign(BigInt(x) - BigInt(y));
      if (c !== 0) return c;
    } else if (xNum !== yNum) {
      return xNum ? -1 : 1;
    } else if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  return sign(a.length - b.length);
}

function compareVersions(args: Value[]): number {
  const a = versionArg(args, 0);
  const b = versionArg(args, 1);
  for (let i = 0; i < 3; i++) {
    const c = sign(a.core[i]! - b.core[i]!);
    if (c !== 0) return c;
  }
  return comparePrerelease(a.prerelease, b.prerelease);
}

export const semverBuiltins: BuiltinDef[] = [
  fn('semver.compare', 2, compareVersions),
  fn('semver.is_valid', 1, ([v]) => typeof v === 'string' && parse(v) !== undefined),
];
