import { describe, expect, it } from 'vitest';
import { makeFile } from '../../test-support/inputs.js';
import { ENTROPY_THRESHOLD, redactText, scanSecrets, shannonEntropy } from './secrets.js';

// Fake secrets are assembled at run time so this file holds no literal token.
const GH = 'ghp_' + 'a1B2c3D4e5F6'.repeat(3);
const GH_PAT = 'github_pat_' + '11ABCDEFG0'.repeat(2) + '_' + 'xY9z'.repeat(15);
const AWS = 'AKIA' + 'Z7Q2W4E6R8T1Y3U5';
const SLACK = 'xoxb-' + '123456789012-1234567890123-' + 'aB3dE5gH7jK9mN1pQ3sT5vW7';
const STRIPE = 'sk_live_' + '4eC39HqLyjWDarjtT1zdp7dc9XyZ';
const RANDOM = 'q8V#x2!Lm9@Zr4$Tk7';

function scanOne(text: string, path = 'src/config.ts') {
  return scanSecrets([makeFile(path, [[10, text]])]);
}

describe('scanSecrets', () => {
  it.each([
    ['github-token', `const token = "${GH}";`, GH, 'ghp_…(40 chars)'],
    ['github-token', `GITHUB_TOKEN=${GH_PAT}`, GH_PAT, `github_pat_…(${GH_PAT.length} chars)`],
    ['aws-access-key-id', `aws_access_key_id = ${AWS}`, AWS, 'AKIA…(20 chars)'],
    ['slack-token', `slack: ${SLACK}`, SLACK, `xoxb-…(${SLACK.length} chars)`],
    ['stripe-live-key', `stripe.setKey('${STRIPE}')`, STRIPE, `sk_live_…(${STRIPE.length} chars)`],
    ['generic-secret', `DB_PASSWORD="${RANDOM}"`, RANDOM, `DB_PASSWORD = …(${RANDOM.length} chars)`],
  ])('%s: finds, describes safely and redacts', (detector, text, secret, redacted) => {
    const scan = scanOne(text);
    expect(scan.findings).toEqual([{ detector, location: 'added-line', file: 'src/config.ts', line: 10, commit: null, redacted }]);
    expect(scan.files[0]!.added_lines[0]!.text).toContain(`[REDACTED:${detector}]`);
    expect(JSON.stringify(scan)).not.toContain(secret);
  });

  it('still flags a URL that carries credentials', () => {
    const url = 'postgres://app:Zq8v2Lm9Xr4Tk7Wp@db.internal:5432/app';
    const scan = scanOne(`DATABASE_PASSWORD_URL=${url}`);
    expect(scan.findings.map((f) => f.detector)).toEqual(['generic-secret']);
    expect(JSON.stringify(scan)).not.toContain('Zq8v2Lm9Xr4Tk7Wp');
  });

  it('keeps the rest of the line', () => {
    const scan = scanOne(`const token = "${GH}"; // rotate monthly`);
    expect(scan.files[0]!.added_lines[0]!.text).toBe('const token = "[REDACTED:github-token]"; // rotate monthly');
  });

  it('reports a token only once even though its name also looks secret', () => {
    expect(scanOne(`api_token: "${GH}"`).findings.map((f) => f.detector)).toEqual(['github-token']);
  });

  it('redacts every line of a private key block, through END', () => {
    const body = 'MIIEowIBAAKCAQEA7bq' + 'Qx'.repeat(20);
    const file = makeFile('deploy/key.pem', [
      [1, '-----BEGIN RSA PRIVATE KEY-----'],
      [2, body],
      [3, body.split('').reverse().join('')],
      [4, '-----END RSA PRIVATE KEY-----'],
      [5, 'after = 1'],
    ]);
    const scan = scanSecrets([file]);
    expect(scan.findings).toEqual([{ detector: 'private-key', location: 'added-line', file: 'deploy/key.pem', line: 1, commit: null, redacted: 'BEGIN RSA PRIVATE KEY block' }]);
    expect(scan.files[0]!.added_lines.map((l) => l.text)).toEqual([
      '[REDACTED:private-key]',
      '[REDACTED:private-key]',
      '[REDACTED:private-key]',
      '[REDACTED:private-key]',
      'after = 1',
    ]);
    expect(JSON.stringify(scan)).not.toContain(body.slice(0, 20));
  });

  it('stops a key block at a gap in the added lines', () => {
    const file = makeFile('k.pem', [
      [1, '-----BEGIN OPENSSH PRIVATE KEY-----'],
      [2, 'b3BlbnNzaC1rZXktdjEAAAAA'],
      [9, 'unrelated = true'],
    ]);
    expect(scanSecrets([file]).files[0]!.added_lines.map((l) => l.text)).toEqual([
      '[REDACTED:private-key]',
      '[REDACTED:private-key]',
      'unrelated = true',
    ]);
  });

  it.each([
    ['password = "changeme-please-now"'],
    ['token = process.env.GITHUB_TOKEN'],
    ['apiKey: ${API_KEY_FROM_VAULT}'],
    ['secret = "your-secret-goes-here"'],
    ['const token = config.auth.tokenValue'],
    ['password = readPasswordFromFile(path)'],
    ['token = "aaaaaaaaaaaaaaaaaaaa"'],
    ['password: "correcthorsebattery"'],
    ['tokenizer = "short"'],
    ['const x = "AKIA-not-a-key"'],
    ['tokenUrl: "https://login.microsoftonline.com/common/oauth2/v2.0/token"'],
    ['secretPath = "/etc/app/secrets/db-primary.json"'],
    ['private readonly tokenService: TokenService'],
    ['token: ${{ secrets.GITHUB_TOKEN }}'],
  ])('ignores placeholders, references and low-entropy words: %s', (text) => {
    const scan = scanOne(text);
    expect(scan.findings).toEqual([]);
    expect(scan.files[0]!.added_lines[0]!.text).toBe(text);
  });

  // Quadratic matching would take hours on these; the test timeout is the guard (no timing assertion).
  it.each([
    ['a run of letters', 'a'.repeat(1_000_000)],
    ['repeated secret words', 'token'.repeat(200_000)],
    ['chained assignments', 'token='.repeat(200_000)],
    ['trailing blanks', `password: ${' '.repeat(500_000)}x`],
  ])('scans a megabyte line of %s in linear time', (_name, line) => {
    expect(scanSecrets([makeFile('dist/app.min.js', [[1, line]])]).findings).toEqual([]);
  });

  it('finds a secret at the end of a long minified line', () => {
    const line = `${'var a=1;'.repeat(100_000)}const apiKey="${RANDOM}";`;
    const scan = scanSecrets([makeFile('dist/app.min.js', [[1, line]])]);
    expect(scan.findings).toEqual([{ detector: 'generic-secret', location: 'added-line', file: 'dist/app.min.js', line: 1, commit: null, redacted: `apiKey = …(${RANDOM.length} chars)` }]);
    expect(scan.files[0]!.added_lines[0]!.text.endsWith('const apiKey="[REDACTED:generic-secret]";')).toBe(true);
  });

  it('redacts two secrets on one line', () => {
    const scan = scanOne(`user_password="${RANDOM}" other_token='${RANDOM.split('').reverse().join('')}'`);
    expect(scan.findings.map((f) => f.redacted)).toEqual([`user_password = …(${RANDOM.length} chars)`, `other_token = …(${RANDOM.length} chars)`]);
    expect(scan.files[0]!.added_lines[0]!.text).toBe(`user_password="[REDACTED:generic-secret]" other_token='[REDACTED:generic-secret]'`);
  });

  it('computes Shannon entropy in bits per character', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
    expect(shannonEntropy('correcthorsebattery')).toBeLessThan(ENTROPY_THRESHOLD);
    expect(shannonEntropy(RANDOM)).toBeGreaterThan(ENTROPY_THRESHOLD);
  });

  it('leaves files without secrets unchanged, object for object', () => {
    const file = makeFile('a.ts', [[1, 'const a = 1;']]);
    const scan = scanSecrets([file]);
    expect(scan.files[0]!.added_lines[0]).toBe(file.added_lines[0]);
    expect(scan.findings).toEqual([]);
  });
});

describe('redactText', () => {
  it('redacts tokens and key blocks in tool output', () => {
    const out = `Error: request failed with ${GH}\n-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\ndone`;
    expect(redactText(out)).toBe('Error: request failed with [REDACTED:github-token]\n[REDACTED:private-key]\n[REDACTED:private-key]\n[REDACTED:private-key]\ndone');
  });
});
