/**
 * Runs the BUILT action (dist/action/index.js) as a child process under
 * Node 24, the way a runner does: INPUT_* from action.yml's defaults plus the
 * test's inputs, a pull_request event file, GITHUB_API_URL pointing at the
 * loopback server, and files for GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const NODE24 = join(REPO_ROOT, 'node_modules/node/bin/node');
export const ACTION_ENTRY = join(REPO_ROOT, 'dist/action/index.js');

export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The decision file's JSON (read before the run's temp directory is removed), or null when none was written. */
  decision: unknown;
  /** Wall time of the child process. */
  ms: number;
}

export interface ActionRunOptions {
  apiUrl: string;
  event: unknown;
  inputs?: Record<string, string>;
  /** The checked-out workspace (the PR's merge commit on a real runner). */
  workspace?: string;
  entry?: string;
  extraEnv?: Record<string, string>;
}

/** The defaults a runner would put in INPUT_* (expressions like ${{ github.token }} are left to the test). */
async function actionDefaults(): Promise<Record<string, string>> {
  const manifest = parseYaml(await readFile(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  return Object.fromEntries(
    Object.entries(manifest.inputs)
      .filter(([, spec]) => spec.default !== undefined && !String(spec.default).includes('${{'))
      .map(([name, spec]) => [name, String(spec.default)]),
  );
}

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), 'paved-action-run-'));
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'github_output');
  const summaryPath = join(dir, 'step_summary.md');
  await writeFile(eventPath, JSON.stringify(options.event));
  await writeFile(outputPath, '');
  await writeFile(summaryPath, '');
  const inputs = { ...(await actionDefaults()), token: 'ghs_loopbacktoken0123456789', ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo-org/widgets',
    GITHUB_SHA: 'f'.repeat(40), // the merge commit: must NOT be where the check goes
    GITHUB_REF: 'refs/pull/42/merge',
    GITHUB_RUN_ID: '777',
    GITHUB_WORKSPACE: options.workspace ?? dir,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: dir,
    ...options.extraEnv,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const started = Date.now();
  const { exitCode, stdout, stderr } = await spawnCollect(NODE24, [options.entry ?? ACTION_ENTRY], env, options.workspace ?? dir);
  const ms = Date.now() - started;
  const outputs = parseOutputs(await readFile(outputPath, 'utf8'));
  const decisionFile = outputs['decision-file'];
  const decision: unknown = decisionFile ? JSON.parse(await readFile(decisionFile, 'utf8')) : null;
  const summary = await readFile(summaryPath, 'utf8');
  await rm(dir, { recursive: true, force: true });
  return { exitCode, stdout, stderr, outputs, summary, decision, ms };
}

function spawnCollect(command: string, args: string[], env: Record<string, string>, cwd: string): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (exitCode) => resolvePromise({ exitCode, stdout, stderr }));
  });
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks (what @actions/core writes). */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}
