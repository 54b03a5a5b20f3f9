/**
 * `npm run bench:gate`: `paved check --fixture` end to end on generated pull
 * requests of 100, 1,000 and 3,000 files (realistic patches, AI-trailered
 * commits, JUnit and lcov reports), against the shipped policy pack.
 *
 * Each run is a fresh child process of the bundled CLI (built with the
 * project's own build into node_modules/.cache/paved-bench, so it measures the
 * current sources the way users run them), timed with GNU time for wall clock
 * and peak RSS. Stage shares come from the decision record's timings_ms;
 * "start+exit" is the rest of the wall time (Node start, module load, writing
 * the report, exit).
 * A benchmark prints numbers; it asserts nothing.
 *
 *   npm run bench:gate [-- --runs 5 --sizes 100,1000,3000 --policies DIR --rules DIR --node PATH --cli FILE --keep]
 *
 * `--cli FILE` benches an already built paved.js instead of building the
 * current sources (e.g. a build of an older commit, to compare).
 *
 * Under npm the default Node is the project's node@24 devDependency (what the
 * Action runs on); `--node /usr/bin/node` measures another one. Node 24's V8
 * grows a larger young generation than Node 20's; the paved bin keeps it at
 * its starting size (cli/memory.ts), which is most of the difference between
 * ~300 MB and ~180 MB peak RSS at 3,000 files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDist } from '../scripts/build.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TEMPLATE = join(ROOT, 'fixtures', 'ai-feature-without-tests');
const GNU_TIME = '/usr/bin/time';

interface Args {
  runs: number;
  /** Keep the generated fixtures (to profile a run by hand). */
  keep: boolean;
  /** The Node binary that runs the CLI (default: the one running the bench). */
  node: string;
  sizes: number[];
  /** A built paved.js to bench instead of building the current sources. */
  cli?: string;
  policies?: string;
  rules?: string;
}

interface RunResult {
  wallMs: number;
  rssMb: number;
  verdict: string;
  error: string | null;
  stages: { collect: number; evaluate: number; report: number; total: number };
}

function parseArgs(argv: string[]): Args {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i === -1 ? undefined : argv[i + 1];
  };
  const args: Args = {
    runs: Number(value('--runs') ?? 5),
    keep: argv.includes('--keep'),
    node: value('--node') ?? process.execPath,
    sizes: (value('--sizes') ?? '100,1000,3000').split(',').map(Number),
  };
  const cli = value('--cli');
  if (cli) args.cli = resolve(cli);
  const policies = value('--policies');
  const rules = value('--rules');
  if (policies) args.policies = resolve(policies);
  if (rules) args.rules = resolve(rules);
  return args;
}

// ---------------------------------------------------------------- fixtures

/** Deterministic pseudo-random numbers, so every run benches the same change. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function hex(rand: () => number, length: number): string {
  let out = '';
  while (out.length < length) out += Math.floor(rand() * 16).toString(16);
  return out;
}

interface GeneratedFile {
  path: string;
  addedLines: number[];
}

/** A hunk that replaces 3 lines with 12 at a random place: 12 additions, 3 deletions, 3 context lines around. */
function patchFor(path: string, rand: () => number): { patch: string; added: number[] } {
  const start = 10 + Math.floor(rand() * 400);
  const name = path.split('/').pop()!.replace(/\W/g, '_');
  const lines = [`@@ -${start},9 +${start},18 @@ export function ${name}Handler(request: Request): Response {`];
  lines.push('   const started = Date.now();', '   const user = request.user;', '   if (!user) return unauthorized();');
  lines.push('-  const total = items.reduce((sum, item) => sum + item.price, 0);', '-  log(`total ${total}`);', '-  return json({ total });');
  const added: number[] = [];
  for (let i = 0; i < 12; i++) {
    lines.push(`+  const part${i} = items.filter((item) => item.group === ${i}).reduce((sum, item) => sum + item.price * (1 - discount(item)), 0);`);
    added.push(start + 3 + i);
  }
  lines.push('   metrics.observe(Date.now() - started);', '   return response;', ' }');
  return { patch: lines.join('\n'), added };
}

function fileKindPath(i: number): string {
  const area = ['cart', 'checkout', 'search', 'catalog', 'accounts', 'orders'][i % 6];
  if (i % 10 === 7) return `src/${area}/module${i}.test.ts`;
  if (i % 10 === 9) return `docs/${area}/page${i}.md`;
  return `src/${area}/module${i}.ts`;
}

function writeFixture(dir: string, size: number): void {
  const rand = random(size);
  const template = JSON.parse(readFileSync(join(TEMPLATE, 'event.json'), 'utf8'));
  const commitTemplate = JSON.parse(readFileSync(join(TEMPLATE, 'commits.json'), 'utf8'))[0];
  const files: unknown[] = [];
  const generated: GeneratedFile[] = [];
  for (let i = 0; i < size; i++) {
    const path = fileKindPath(i);
    const { patch, added } = patchFor(path, rand);
    files.push({
      sha: hex(rand, 40),
      filename: path,
      status: 'modified',
      additions: 12,
      deletions: 3,
      changes: 15,
      blob_url: `https://github.com/acme/storefront/blob/head/${path}`,
      raw_url: `https://github.com/acme/storefront/raw/head/${path}`,
      contents_url: `https://api.github.com/repos/acme/storefront/contents/${path}?ref=head`,
      patch,
    });
    generated.push({ path, addedLines: added });
  }
  const commitCount = Math.min(250, Math.ceil(size / 12));
  const commits = Array.from({ length: commitCount }, (_, i) => {
    const sha = hex(rand, 40);
    const agent = i % 3 === 0 ? '\n\nCo-Authored-By: Claude <noreply@anthropic.com>' : i % 3 === 1 ? '\n\nAssisted-by: GitHub Copilot' : '';
    return {
      ...commitTemplate,
      sha,
      node_id: `C_${sha.slice(0, 12)}`,
      commit: { ...commitTemplate.commit, message: `Refactor pricing step ${i}\n\nSplit totals by item group so discounts apply per group.${agent}` },
    };
  });
  const pr = template.pull_request;
  pr.head.sha = commits.at(-1)!.sha;
  Object.assign(pr, { commits: commitCount, additions: size * 12, deletions: size * 3, changed_files: size, title: `Rework pricing across ${size} modules` });
  mkdirSync(join(dir, 'reports'), { recursive: true });
  writeFileSync(join(dir, 'event.json'), JSON.stringify(template));
  writeFileSync(join(dir, 'files.json'), JSON.stringify(files));
  writeFileSync(join(dir, 'commits.json'), JSON.stringify(commits));
  writeFileSync(join(dir, 'reports', 'junit.xml'), junit(generated));
  writeFileSync(join(dir, 'reports', 'lcov.info'), lcov(generated));
}

function junit(files: GeneratedFile[]): string {
  const tests = files.filter((f) => f.path.endsWith('.test.ts'));
  const cases = tests.map((f) => `    <testcase classname="${f.path}" name="prices groups" time="0.004"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="vitest" tests="${tests.length}" failures="0" errors="0" time="1.2">\n  <testsuite name="pricing" tests="${tests.length}" failures="0" errors="0" skipped="0" time="1.2">\n${cases}\n  </testsuite>\n</testsuites>\n`;
}

/** Every source file is covered except one added line in four. */
function lcov(files: GeneratedFile[]): string {
  return files
    .filter((f) => f.path.startsWith('src/') && !f.path.endsWith('.test.ts'))
    .map((f) => {
      const lines = f.addedLines.map((line, i) => `DA:${line},${i % 4 === 0 ? 0 : 3}`);
      const hit = f.addedLines.filter((_, i) => i % 4 !== 0).length;
      return `TN:\nSF:${f.path}\n${lines.join('\n')}\nLF:${f.addedLines.length}\nLH:${hit}\nend_of_record`;
    })
    .join('\n') + '\n';
}

// ---------------------------------------------------------------- runs

function runOnce(cli: string, fixture: string, args: Args, out: string): RunResult {
  const flags = ['check', '--fixture', fixture, '--format', 'json', '--output', out];
  if (args.policies) flags.push('--policies', args.policies);
  if (args.rules) flags.push('--rules', args.rules);
  const started = performance.now();
  // Exit codes 1 (blocked) and 2 (gate error) are results here, so spawnSync (which does not throw on them).
  const child = spawnSync(GNU_TIME, ['-f', 'PAVED_BENCH %M', args.node, cli, ...flags], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wallMs = performance.now() - started;
  const peakKb = /PAVED_BENCH (\d+)/.exec(child.stderr)?.[1];
  if (peakKb === undefined || !existsSync(out)) throw new Error(`the run produced no measurement or no decision; stderr:\n${child.stderr}`);
  const decision = JSON.parse(readFileSync(out, 'utf8'));
  return {
    wallMs,
    rssMb: Number(peakKb) / 1024,
    verdict: decision.verdict,
    error: decision.error ? `${decision.error.code}: ${String(decision.error.message).split('\n')[0]}` : null,
    stages: decision.timings_ms,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(GNU_TIME)) throw new Error(`${GNU_TIME} (GNU time) is needed to measure peak RSS; install the "time" package`);
  const work = mkdtempSync(join(tmpdir(), 'paved-bench-'));
  const cli = args.cli ?? (await buildCurrentCli());
  const nodeVersion = spawnSync(args.node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`paved check --fixture, ${args.runs} runs per size, Node ${nodeVersion} (${args.node}), bundle ${cli.replace(ROOT + '/', '')}`);
  console.log(`policies: ${args.policies ?? 'shipped pack (policies/)'}\n`);
  const rows: string[][] = [];
  const walls: [number, number][] = [];
  for (const size of args.sizes) {
    const fixture = join(work, `pr-${size}`);
    writeFixture(fixture, size);
    const results = Array.from({ length: args.runs }, (_, i) => runOnce(cli, fixture, args, join(work, `decision-${size}-${i}.json`)));
    rows.push(summaryRow(size, results));
    walls.push([size, median(results.map((r) => r.wallMs))]);
    const errors = [...new Set(results.map((r) => r.error).filter(Boolean))];
    if (errors.length > 0) console.log(`  ! ${size} files: the gate reported an error: ${errors.join('; ')}`);
  }
  printTable(['files', 'median wall', 'peak RSS median / max', 'start+exit', 'collect', 'evaluate', 'report', 'ms/file', 'verdict'], rows);
  // Linear growth shows as a constant marginal cost per added file between sizes.
  for (let i = 1; i < walls.length; i++) {
    const [fromSize, fromWall] = walls[i - 1]!;
    const [toSize, toWall] = walls[i]!;
    console.log(`marginal cost ${fromSize} → ${toSize} files: ${((toWall - fromWall) / (toSize - fromSize)).toFixed(3)} ms per file`);
  }
  if (args.keep) console.log(`\nfixtures kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

async function buildCurrentCli(): Promise<string> {
  const bundleDir = join(ROOT, 'node_modules', '.cache', 'paved-bench');
  await buildDist(bundleDir);
  return join(bundleDir, 'cli', 'paved.js');
}

function summaryRow(size: number, results: RunResult[]): string[] {
  const wall = median(results.map((r) => r.wallMs));
  const rss = results.map((r) => r.rssMb);
  const stage = (k: 'collect' | 'evaluate' | 'report') => median(results.map((r) => r.stages[k]));
  const pipeline = stage('collect') + stage('evaluate') + stage('report');
  const share = (ms: number) => `${ms < 10 ? ms.toFixed(1) : ms.toFixed(0)} ms (${((100 * ms) / wall).toFixed(0)}%)`;
  return [
    String(size),
    `${(wall / 1000).toFixed(2)} s`,
    `${median(rss).toFixed(0)} / ${Math.max(...rss).toFixed(0)} MB`,
    share(Math.max(0, wall - pipeline)),
    share(stage('collect')),
    share(stage('evaluate')),
    share(stage('report')),
    (wall / size).toFixed(2),
    [...new Set(results.map((r) => r.verdict))].join('/'),
  ];
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
  console.log(line(header));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const row of rows) console.log(line(row));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
