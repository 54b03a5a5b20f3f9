/**
 * Secrets in added lines and in text people write (commit messages, the PR
 * description, reviews: see user-text.ts). A few high-confidence detectors,
 * then a generic "high-entropy value assigned to a secret-looking name" check.
 * Every match is replaced by `[REDACTED:<detector>]` so the value never
 * reaches the input document, the report, logs or outputs.
 */
import type { AddedLine, ChangedFile, SecretFinding } from '../../input/types.js';

/** One detected secret before it is placed: the line is within the scanned text. */
export interface SecretHit {
  detector: string;
  line: number;
  redacted: string;
}

interface Detector {
  id: string;
  /** Global regex; group `secret` (or the whole match) is what gets redacted. */
  pattern: RegExp;
  /** Characters of the match that are safe to show (a public prefix such as `ghp_`). */
  showPrefix: number;
}

/** Shannon entropy (bits per character) above which a value counts as random rather than a word. */
export const ENTROPY_THRESHOLD = 3.5;
const MIN_GENERIC_LENGTH = 12;
const PLACEHOLDER =
  /(example|sample|changeme|change_me|placeholder|dummy|redacted|your[_-]|xxxx|\*\*\*|<[^>]*>|\$\{|\{\{|%\(|process\.env|os\.environ|getenv|env\[|secrets\.)/i;

// Every quantifier is bounded or anchored to a literal prefix: lines can be
// megabytes of minified code, and a backtracking pattern would hang the gate.
const DETECTORS: readonly Detector[] = [
  { id: 'aws-access-key-id', pattern: /\b(?<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})\b/g, showPrefix: 4 },
  { id: 'github-token', pattern: /\b(?<secret>gh[pousr]_[A-Za-z0-9]{36,255})\b/g, showPrefix: 4 },
  { id: 'github-token', pattern: /\b(?<secret>github_pat_[A-Za-z0-9_]{60,255})\b/g, showPrefix: 11 },
  { id: 'slack-token', pattern: /\b(?<secret>xox[abpr]-[A-Za-z0-9-]{10,250})\b/g, showPrefix: 5 },
  { id: 'stripe-live-key', pattern: /\b(?<secret>[sr]k_live_[A-Za-z0-9]{20,250})\b/g, showPrefix: 8 },
];

/** Words that make a name secret-looking: `DB_PASSWORD`, `apiKey`, `client_secret`. */
const SECRET_WORD = /password|passwd|passphrase|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|auth[_-]?key|credentials?/gi;
const NAME_CHAR = /[A-Za-z0-9_.-]/;
const MAX_NAME_TAIL = 64;
/** From the end of the secret word: rest of the name, optional closing quote, an assignment, a quoted or bare value. */
const ASSIGNMENT = /[A-Za-z0-9_.-]{0,64}["']?[ \t]{0,16}(?::=|=>|[:=])[ \t]{0,16}(["'`]?)([^\s"'`,;]{12,})\1/y;

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
    const hits: SecretHit[] = [];
    const lines = redactLines(file.added_lines, hits);
    for (const hit of hits) findings.push({ detector: hit.detector, location: 'added-line', file: file.path, line: hit.line, commit: null, redacted: hit.redacted });
    return { ...file, added_lines: lines };
  });
  return { findings, files: redactedFiles };
}

export interface TextScan {
  /** The text with every secret replaced by `[REDACTED:<detector>]`. */
  text: string;
  /** What was found, `line` counted within the text (1-based). */
  hits: SecretHit[];
}

/**
 * How the name-based generic detector runs on a line: `code` as in added
 * lines; `prose` also needs a digit in the value, because written text says
 * `Rename token: accessTokenProvider` where code would not; `off` not at all.
 */
type GenericMode = 'code' | 'prose' | 'off';

export interface TextScanOptions {
  /** Text people wrote (commit messages, PR and review text) rather than tool output: see GenericMode. */
  prose?: boolean;
  /**
   * Lines that are commands rather than prose or code: scanned for tokens and
   * keys, but not by the name-based generic detector, whose shape they share
   * (`/paved waive no-secrets: fixture_key_revoked` names a rule, then a reason).
   */
  commandLines?: RegExp;
}

/** Scans free text (a commit message, a PR body) with the same detectors as added lines. */
export function scanText(text: string, options: TextScanOptions = {}): TextScan {
  const hits: SecretHit[] = [];
  const lines = text.split('\n').map((t, i) => ({ line: i + 1, text: t }));
  const mode = (line: AddedLine): GenericMode => (options.commandLines?.test(line.text) ? 'off' : options.prose ? 'prose' : 'code');
  return { text: redactLines(lines, hits, mode).map((l) => l.text).join('\n'), hits };
}

/** Redacts secrets in free text from tools (SARIF messages, test failure output) without reporting them as findings. */
export function redactText(text: string): string {
  return scanText(text).text;
}

function redactLines(lines: readonly AddedLine[], hits: SecretHit[], mode: (line: AddedLine) => GenericMode = () => 'code'): AddedLine[] {
  return redactPrivateKeys(lines, hits).map((line) => redactLine(line, hits, mode(line)));
}

/** A private key spans lines: redact from the BEGIN line through END (or the end of the added block). */
function redactPrivateKeys(lines: readonly AddedLine[], hits: SecretHit[]): AddedLine[] {
  const out: AddedLine[] = [];
  let inside = false;
  let previous = -1;
  for (const line of lines) {
    if (inside && line.line !== previous + 1) inside = false;
    previous = line.line;
    const begin = KEY_BEGIN.exec(line.text);
    if (begin) {
      hits.push({ detector: 'private-key', line: line.line, redacted: `${begin[0].replace(/^-+|-+$/g, '')} block` });
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

function redactLine(line: AddedLine, hits: SecretHit[], mode: GenericMode): AddedLine {
  let text = line.text;
  for (const detector of DETECTORS) {
    text = text.replace(detector.pattern, (...args: unknown[]) => {
      const match = args[0] as string;
      const secret = (args.at(-1) as Record<string, string | undefined>).secret ?? match;
      hits.push({ detector: detector.id, line: line.line, redacted: `${secret.slice(0, detector.showPrefix)}…(${secret.length} chars)` });
      return match.replace(secret, `[REDACTED:${detector.id}]`);
    });
  }
  if (mode !== 'off') text = redactGenericSecrets(text, line.line, hits, mode === 'prose');
  return text === line.text ? line : { line: line.line, text };
}

/**
 * High-entropy values assigned to secret-looking names. Scans for the secret
 * word first and matches the assignment from there (sticky), then resumes
 * after the value: linear in the line length.
 */
function redactGenericSecrets(text: string, lineNo: number, hits: SecretHit[], prose: boolean): string {
  let out = '';
  let copied = 0;
  const words = new RegExp(SECRET_WORD.source, 'gi');
  for (let word = words.exec(text); word !== null; word = words.exec(text)) {
    ASSIGNMENT.lastIndex = word.index + word[0].length;
    const assigned = ASSIGNMENT.exec(text);
    if (!assigned) continue;
    const value = assigned[2]!;
    const valueStart = ASSIGNMENT.lastIndex - assigned[1]!.length - value.length;
    words.lastIndex = ASSIGNMENT.lastIndex;
    if (!looksRandom(value) || (prose && !/\d/.test(value))) continue;
    const name = nameAround(text, word.index, valueStart);
    hits.push({ detector: 'generic-secret', line: lineNo, redacted: `${name} = …(${value.length} chars)` });
    out += `${text.slice(copied, valueStart)}[REDACTED:generic-secret]`;
    copied = valueStart + value.length;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** The whole identifier containing the secret word (at most 64 characters either side): safe to print. */
function nameAround(text: string, wordStart: number, valueStart: number): string {
  let start = wordStart;
  while (start > 0 && wordStart - start < MAX_NAME_TAIL && NAME_CHAR.test(text[start - 1]!)) start--;
  let end = wordStart;
  while (end < valueStart && NAME_CHAR.test(text[end]!)) end++;
  return text.slice(start, end);
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
