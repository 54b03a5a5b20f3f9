/**
 * Secrets in added lines. A few high-confidence detectors, then a generic
 * "high-entropy value assigned to a secret-looking name" check. Every match is
 * replaced in the line text by `[REDACTED:<detector>]` so the value never
 * reaches the input document, the report, logs or outputs.
 */
import type { AddedLine, ChangedFile, SecretFinding } from '../../input/types.js';

interface Detector {
  id: string;
  /** Global regex; group `secret` (or the whole match) is what gets redacted. */
  pattern: RegExp;
  /** Characters of the match that are safe to show (a public prefix such as `ghp_`). */
  showPrefix: number;
  /** Extra check on the secret text, for detectors that need one. */
  accept?: (secret: string, name: string) => boolean;
}

const SECRET_NAME =
  /(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|auth[_-]?key|credentials?)/i;

/** Shannon entropy (bits per character) above which a value counts as random rather than a word. */
export const ENTROPY_THRESHOLD = 3.5;
const MIN_GENERIC_LENGTH = 12;
const PLACEHOLDER =
  /(example|sample|changeme|change_me|placeholder|dummy|redacted|your[_-]|xxxx|\*\*\*|<[^>]*>|\$\{|\{\{|%\(|process\.env|os\.environ|getenv|env\[|secrets\.)/i;

const DETECTORS: readonly Detector[] = [
  { id: 'aws-access-key-id', pattern: /\b(?<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})\b/g, showPrefix: 4 },
  { id: 'github-token', pattern: /\b(?<secret>gh[pousr]_[A-Za-z0-9]{36,255})\b/g, showPrefix: 4 },
  { id: 'github-token', pattern: /\b(?<secret>github_pat_[A-Za-z0-9_]{60,255})\b/g, showPrefix: 11 },
  { id: 'slack-token', pattern: /\b(?<secret>xox[abpr]-[A-Za-z0-9-]{10,250})\b/g, showPrefix: 5 },
  { id: 'stripe-live-key', pattern: /\b(?<secret>[sr]k_live_[A-Za-z0-9]{20,250})\b/g, showPrefix: 8 },
  {
    id: 'generic-secret',
    // name, optional closing quote, an assignment operator, then a quoted or bare value
    pattern:
      /(?<name>[A-Za-z0-9_.-]*(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|auth[_-]?key|credentials?)[A-Za-z0-9_.-]*)["']?\s*(?::=|=>|[:=])\s*(?<q>["'`]?)(?<secret>[^\s"'`,;]{12,})\k<q>/gi,
    showPrefix: 0,
    accept: (secret, name) => SECRET_NAME.test(name) && looksRandom(secret),
  },
];

const KEY_BEGIN = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/;
const KEY_END = /-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/;

export interface SecretScan {
  findings: SecretFinding[];
  /** The files with every secret in added_lines replaced. */
  files: ChangedFile[];
}

export function scanSecrets(files: readonly ChangedFile[]): SecretScan {
  const findings: SecretFinding[] = [];
  const redactedFiles = files.map((file) => {
    const lines = redactPrivateKeys(file, findings).map((line) => redactLine(file.path, line, findings));
    return { ...file, added_lines: lines };
  });
  return { findings, files: redactedFiles };
}

/** A private key spans lines: redact from the BEGIN line through END (or the end of the added block). */
function redactPrivateKeys(file: ChangedFile, findings: SecretFinding[]): AddedLine[] {
  const out: AddedLine[] = [];
  let inside = false;
  let previous = -1;
  for (const line of file.added_lines) {
    if (inside && line.line !== previous + 1) inside = false;
    previous = line.line;
    const begin = KEY_BEGIN.exec(line.text);
    if (begin) {
      findings.push({ detector: 'private-key', file: file.path, line: line.line, redacted: `${begin[0].replace(/^-+|-+$/g, '')} block` });
      inside = !KEY_END.test(line.text.slice(begin.index + begin[0].length));
      out.push({ line: line.line, text: `${line.text.slice(0, begin.index)}[REDACTED:private-key]` });
      continue;
    }
    if (inside) {
      if (KEY_END.test(line.text)) inside = false;
      out.push({ line: line.line, text: '[REDACTED:private-key]' });
      continue;
    }
    out.push(line);
  }
  return out;
}

/** Redacts secrets in free text from tools (SARIF messages, test failure output) without reporting them as findings. */
export function redactText(text: string): string {
  const sink: SecretFinding[] = [];
  const lines = text.split('\n').map((t, i) => ({ line: i + 1, text: t }));
  const keyless = redactPrivateKeys(makeTextFile(lines), sink);
  return keyless.map((l) => redactLine('', l, sink).text).join('\n');
}

function makeTextFile(lines: AddedLine[]): ChangedFile {
  return { path: '', previous_path: null, status: 'added', additions: 0, deletions: 0, binary: false, patch_available: true, kind: 'other', kinds: [], added_lines: lines };
}

function redactLine(path: string, line: AddedLine, findings: SecretFinding[]): AddedLine {
  let text = line.text;
  for (const detector of DETECTORS) {
    text = text.replace(detector.pattern, (...args: unknown[]) => {
      const match = args[0] as string;
      const groups = args.at(-1) as Record<string, string | undefined>;
      const secret = groups.secret ?? match;
      if (detector.accept && !detector.accept(secret, groups.name ?? '')) return match;
      findings.push({ detector: detector.id, file: path, line: line.line, redacted: describe(detector, secret, groups.name) });
      return match.replace(secret, `[REDACTED:${detector.id}]`);
    });
  }
  return text === line.text ? line : { line: line.line, text };
}

/** Safe to print: the public prefix and the length, never the secret characters. */
function describe(detector: Detector, secret: string, name: string | undefined): string {
  if (detector.showPrefix === 0) return `${name ?? 'value'} = …(${secret.length} chars)`;
  return `${secret.slice(0, detector.showPrefix)}…(${secret.length} chars)`;
}

function looksRandom(value: string): boolean {
  if (value.length < MIN_GENERIC_LENGTH || PLACEHOLDER.test(value)) return false;
  // A dotted identifier or a call is code, not a literal: `config.api.token`, `readToken()`.
  if (/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)+$/.test(value) || value.includes('(')) return false;
  // A file path or a URL without credentials names where a secret lives, not the secret.
  if (/^(\.{0,2}\/|~\/)/.test(value) || /^[a-z][a-z0-9+.-]*:\/\/[^@\s]*$/i.test(value)) return false;
  if (/^(.)\1+$/.test(value)) return false;
  return shannonEntropy(value) >= ENTROPY_THRESHOLD;
}

export function shannonEntropy(text: string): number {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
