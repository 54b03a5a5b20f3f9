/**
 * `npm run bench:engine`: parse+compile time of a generated 50-module policy
 * set, and evaluation p50/p99 of a decision query over an input with 1,000
 * changed files. Prints numbers; asserts nothing (a benchmark, not a test).
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { compileModules, type ModuleSource } from '../src/rego/index.js';

const RULE_PACKAGES = 48;
const FILES = 1000;
const COMPILE_RUNS = 10;
const EVAL_RUNS = Number(process.env.BENCH_RUNS ?? 50);

function rulePackage(i: number): ModuleSource {
  return {
    path: `policies/rule_${i}.rego`,
    source: `# METADATA
# title: Generated rule ${i}
package paved.rules.r${i}

import rego.v1

import data.paved.lib

limit := ${300 + i}

# METADATA
# title: Large change without tests (${i})
# custom:
#   severity: high
deny contains finding if {
	some f in input.changes.files
	f.additions > limit
	endswith(f.path, ".ts")
	not lib.has_test(f.path)
	finding := {"rule": "r${i}", "file": f.path, "message": sprintf("%s adds %d lines", [f.path, f.additions])}
}

warn contains finding if {
	input.pr.ai.share > 0.${i % 9 + 1}
	count(input.changes.files) > ${i * 10}
	finding := {"rule": "r${i}", "message": "large AI share"}
}
`,
  };
}

/** Helpers shared by the rule packages, as a real policy pack keeps them. */
const LIB: ModuleSource = {
  path: 'policies/lib.rego',
  source: `package paved.lib

import rego.v1

test_paths := {t.path | some t in input.changes.files; contains(t.path, ".test.")}

has_test(path) if concat("", [trim_suffix(path, ".ts"), ".test.ts"]) in test_paths
`,
};

const DECISION: ModuleSource = {
  path: 'policies/decision.rego',
  source: `package paved

import rego.v1

deny contains f if { some pkg; some f in data.paved.rules[pkg].deny }
warn contains f if { some pkg; some f in data.paved.rules[pkg].warn }

decision := {
	"verdict": verdict,
	"deny": count(deny),
	"warn": count(warn),
}

default verdict := "pass"
verdict := "fail" if count(deny) > 0
else := "warn" if count(warn) > 0
`,
};

function makeInput(): unknown {
  const files = Array.from({ length: FILES }, (_, i) => ({
    path: i % 10 === 0 ? `src/mod${i}.test.ts` : `src/mod${i}.ts`,
    additions: i % 100 === 7 ? 500 : (i * 37) % 250,
    deletions: i % 13,
  }));
  return { pr: { number: 1, ai: { share: 0.6 } }, changes: { files } };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function main(): void {
  const modules = [...Array.from({ length: RULE_PACKAGES }, (_, i) => rulePackage(i)), LIB, DECISION];
  const compileTimes: number[] = [];
  let policy = compileModules(modules);
  for (let i = 0; i < COMPILE_RUNS; i++) {
    const t0 = performance.now();
    policy = compileModules(modules);
    compileTimes.push(performance.now() - t0);
  }
  const input = makeInput();
  const evalTimes: number[] = [];
  const evalCpu: number[] = [];
  let decision: unknown;
  for (let i = 0; i < EVAL_RUNS + 3; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    decision = policy.evaluate('data.paved.decision', { input });
    const cpu = process.cpuUsage(c0);
    if (i >= 3) {
      evalTimes.push(performance.now() - t0);
      evalCpu.push((cpu.user + cpu.system) / 1000);
    }
  }
  evalCpu.sort((a, b) => a - b);
  compileTimes.sort((a, b) => a - b);
  evalTimes.sort((a, b) => a - b);
  const fmt = (n: number): string => n.toFixed(1) + ' ms';
  console.log(`modules: ${modules.length}, changed files: ${FILES}`);
  console.log(`parse+compile: p50 ${fmt(percentile(compileTimes, 50))}, max ${fmt(compileTimes[compileTimes.length - 1]!)} (target < 100 ms)`);
  console.log(
    `eval data.paved.decision: p50 ${fmt(percentile(evalTimes, 50))}, p99 ${fmt(percentile(evalTimes, 99))}, min ${fmt(evalTimes[0]!)} over ${EVAL_RUNS} runs (target p50 < 20 ms)`,
  );
  // CPU time is steadier than wall time when other processes share the cores.
  console.log(`eval CPU time: p50 ${fmt(percentile(evalCpu, 50))}, p99 ${fmt(percentile(evalCpu, 99))}; load average ${loadavg()[0]!.toFixed(1)}`);
  console.log(`decision: ${JSON.stringify(decision instanceof Object ? Object.fromEntries((decision as { entries(): Iterable<[unknown, unknown]> }).entries()) : decision)}`);
}

main();
