import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GateError } from '../errors.js';
import { readFixture } from './fixture/index.js';
import { collectInput } from './index.js';

const BASIC = fileURLToPath(new URL('./testdata/fixture-basic', import.meta.url));
const JUNIT = '<testsuite name="s" tests="1" failures="0"><testcase classname="c" name="n"/></testsuite>';

let workspace: string;
beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'paved-workspace-'));
  mkdirSync(join(workspace, 'build'), { recursive: true });
  writeFileSync(join(workspace, 'build', 'junit.xml'), JUNIT);
});
afterEach(() => rmSync(workspace, { recursive: true, force: true }));

describe('collectInput from GitHub data', () => {
  it('reads report globs under the workspace and the base-side config text', async () => {
    const { data } = await readFixture(BASIC);
    const doc = await collectInput(
      { kind: 'github', data, config: 'strict_truncation: true\n', configOrigin: 'paved.yml at 1111111' },
      { reportGlobs: ['build/*.xml'], reportRoot: workspace },
    );
    expect(doc.source.kind).toBe('github');
    expect(doc.config.strict_truncation).toBe(true);
    expect(doc.tests.junit.reports).toEqual(['build/junit.xml']);
    expect(doc.provenance.sources.find((s) => s.source === 'git-notes')?.evaluated).toBe(false);
  });

  it('refuses a report file that the pull request itself adds', async () => {
    const { data } = await readFixture(BASIC);
    data.files.push({ filename: 'build/junit.xml', status: 'added', additions: 1, deletions: 0, patch: `@@ -0,0 +1 @@\n+${JUNIT}` });
    const error = await collectInput({ kind: 'github', data }, { reportGlobs: ['build/*.xml'], reportRoot: workspace }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    expect(error).toMatchObject({ code: 'config_invalid', message: 'report files come from the pull request itself: build/junit.xml' });
  });

  it('names the config origin when the base-side config is invalid', async () => {
    const { data } = await readFixture(BASIC);
    const error = await collectInput({ kind: 'github', data, config: 'thresholds: 5\n', configOrigin: 'paved.yml at 1111111' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'config_invalid', location: { file: 'paved.yml at 1111111' } });
  });
});
