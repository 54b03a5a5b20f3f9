/**
 * Test helpers for the gate and CLI tests: a tiny policy pack with its rule
 * catalog in a temp directory, an input with one large file, and an in-memory
 * CliIO. Not shipped code.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChangedFile, InputDocument } from '../input/types.js';
import { sampleInput } from '../decide/test-samples.js';
import type { CliIO } from './io.js';

export const PACK_RULES = `package paved.rules.size

import rego.v1

deny contains finding if {
\tsome file in input.files
\tfile.additions > input.config.thresholds.max_ai_changed_lines
\tfinding := {
\t\t"rule": "too-big",
\t\t"message": sprintf("%s adds %d lines", [file.path, file.additions]),
\t\t"file": file.path,
\t\t"line": 1,
\t}
}

warn contains {"rule": "draft", "message": "The change is a draft."} if input.change.draft
`;

export const PACK_DECISION = `package paved

import rego.v1

decision := {
\t"deny": [f | some f in data.paved.rules.size.deny],
\t"warn": [f | some f in data.paved.rules.size.warn],
\t"rules": ["draft", "too-big"],
}
`;

const CATALOG: Record<string, string> = {
  'too-big': 'id: too-big\ntitle: File too big\nseverity: medium\ncategory: review\nwhy: Big files are hard to review well.\nremediation: Split the file into smaller changes.\ndocs: docs/rules.md#too-big\n',
  draft: 'id: draft\ntitle: Draft change\nseverity: info\ncategory: review\nwhy: Drafts are not ready for review yet.\nremediation: Mark the pull request ready when it is.\ndocs: docs/rules.md#draft\n',
};

const tempDirs: string[] = [];

/** A fresh temp directory, removed by removeTempDirs(). */
export function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** Call from afterAll: removes every directory made by makeTempDir/writeTempPack. */
export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface TempPack {
  root: string;
  policies: string;
  rules: string;
}

/** A temp dir with policies/ (the given modules) and rules/ (the catalog above). */
export function writeTempPack(modules: Record<string, string> = { 'size.rego': PACK_RULES, 'decision.rego': PACK_DECISION }): TempPack {
  const root = makeTempDir('paved-pack-');
  const policies = join(root, 'policies');
  const rules = join(root, 'rules');
  mkdirSync(policies);
  mkdirSync(rules);
  for (const [name, source] of Object.entries(modules)) writeFileSync(join(policies, name), source);
  for (const [id, yaml] of Object.entries(CATALOG)) writeFileSync(join(rules, `${id}.yml`), yaml);
  return { root, policies, rules };
}

export function bigFile(path: string, additions: number): ChangedFile {
  return {
    path,
    previous_path: null,
    status: 'modified',
    additions,
    deletions: 0,
    binary: false,
    patch_available: true,
    kind: 'source',
    kinds: ['source'],
    added_lines: [{ line: 1, text: 'export const x = 1;' }],
  };
}

/** The sample input with the given files (thresholds: 400 changed lines). */
export function inputWithFiles(files: ChangedFile[], draft = false): InputDocument {
  const input = sampleInput();
  input.files = files;
  input.change.draft = draft;
  input.change.stats.files = files.length;
  return input;
}

export interface CapturedIO extends CliIO {
  out: () => string;
  err: () => string;
}

export function captureIO(cwd: string, env: Record<string, string> = {}, stdoutIsTTY = false): CapturedIO {
  let out = '';
  let err = '';
  return {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    cwd,
    env,
    stdoutIsTTY,
    out: () => out,
    err: () => err,
  };
}
