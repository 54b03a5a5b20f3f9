import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyReports, detectFormat } from './reports.js';

const data = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');

describe('report format detection by content', () => {
  it.each([
    ['vitest-junit.xml', 'junit'],
    ['junit-surefire.xml', 'junit'],
    ['junit-pytest.xml', 'junit'],
    ['coverage-v8/cobertura-coverage.xml', 'cobertura'],
    ['cobertura-coveragepy.xml', 'cobertura'],
    ['jacoco.xml', 'jacoco'],
    ['go-cover.out', 'go-cover'],
    ['coverage-v8/lcov.info', 'lcov'],
    ['coverage-v8/coverage-final.json', 'istanbul-final'],
    ['coverage-v8/coverage-summary.json', 'istanbul-summary'],
    ['eslint.sarif', 'sarif'],
    ['trivy.sarif', 'sarif'],
  ])('%s is %s', (name, format) => {
    expect(detectFormat(data(name))?.format).toBe(format);
  });

  it('ignores a byte-order mark and leading whitespace', () => {
    expect(detectFormat('\uFEFF\n  <testsuites></testsuites>')?.format).toBe('junit');
  });

  it.each([['{"a": 1}'], ['[1,2]'], ['<html></html>'], ['plain text'], ['{ not json']])('does not recognise %s', (content) => {
    expect(detectFormat(content)).toBeNull();
  });

  it('fails closed on an unknown report, with the path and what to give instead', () => {
    expect(() => classifyReports([{ path: 'out/report.html', content: '<html/>' }])).toThrowError(
      expect.objectContaining({ code: 'config_invalid', message: 'report out/report.html is not in a format Paved reads', location: { file: 'out/report.html' } }) as Error,
    );
  });
});
