/**
 * keepYoungGenerationSmall changes a process-wide V8 flag, so it is checked
 * in fresh child processes: the young generation (new_space) stays at its
 * starting size while an allocation pattern like the gate's (many survivors)
 * runs, and grows without the call.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const MEMORY_MODULE = new URL('./memory.ts', import.meta.url).href;

function newSpaceMbAfterSurvivors(keepSmall: boolean): number {
  const script = `
    import { getHeapSpaceStatistics } from 'node:v8';
    const { keepYoungGenerationSmall } = await import(${JSON.stringify(MEMORY_MODULE)});
    if (${keepSmall}) keepYoungGenerationSmall();
    const kept = [];
    for (let i = 0; i < 2_000_000; i++) { const o = { path: 'src/f' + i + '.ts', lines: [i, i + 1] }; if (i % 4 === 0) kept.push(o); }
    const space = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    console.log(space.space_size / 1048576, kept.length);
  `;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(child.stderr).toBe('');
  return Number(child.stdout.split(' ')[0]);
}

describe('keepYoungGenerationSmall', () => {
  it('keeps new_space at its starting size under many survivors; without it, it grows', () => {
    const small = newSpaceMbAfterSurvivors(true);
    const grown = newSpaceMbAfterSurvivors(false);
    expect(small).toBeGreaterThan(0);
    expect(small).toBeLessThanOrEqual(4);
    expect(grown).toBeGreaterThan(small * 4);
  });
});
