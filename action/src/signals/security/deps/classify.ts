/**
 * from → to classification with `semver`. Each ecosystem's spec syntax is
 * first translated to an npm-style range (PEP 440 `~=`/`==`, Cargo's bare
 * caret, Go's `v` prefix) so one set of rules applies everywhere.
 */
import semver from 'semver';
import type { DependencyChangeKind } from '../../../input/types.js';
import type { Ecosystem } from './manifests.js';

/** null when nothing changed. */
export function classifyChange(from: string | null, to: string | null, ecosystem: Ecosystem): DependencyChangeKind | null {
  if (from === null && to === null) return null;
  if (from === null) return 'added';
  if (to === null) return 'removed';
  if (from === to) return null;
  const fromRange = toRange(from, ecosystem);
  const toRangeText = toRange(to, ecosystem);
  if (fromRange === null || toRangeText === null) return 'changed';
  const fromMin = semver.minVersion(fromRange);
  const toMin = semver.minVersion(toRangeText);
  if (fromMin === null || toMin === null) return 'changed';
  if (toMin.prerelease.length > 0 && !(fromMin.prerelease.length > 0 && semver.eq(fromMin, toMin))) return 'prerelease';
  const widened = semver.subset(fromRange, toRangeText) && !semver.subset(toRangeText, fromRange);
  const order = semver.compare(toMin, fromMin);
  if (order < 0) return widened ? 'range-widened' : 'downgrade';
  if (order === 0) return widened ? 'range-widened' : 'changed';
  const diff = semver.diff(fromMin, toMin);
  if (diff === 'major' || diff === 'premajor') return 'major';
  if (diff === 'minor' || diff === 'preminor') return 'minor';
  return 'patch';
}

/** An npm-style range for the spec, or null when it is not a version (git URL, path, tag). */
export function toRange(spec: string, ecosystem: Ecosystem): string | null {
  const text = spec.trim();
  let range: string | null;
  switch (ecosystem) {
    case 'npm':
      range = text.startsWith('npm:') ? text.slice(text.lastIndexOf('@') + 1) : text;
      break;
    case 'go':
      range = text.replace(/^v/, '').replace(/\+incompatible$/, '');
      break;
    case 'cargo':
      range = cargoRange(text);
      break;
    case 'pypi':
      range = pep440Range(text);
      break;
  }
  return range === null ? null : semver.validRange(range, { loose: true });
}

/** Cargo: a bare version means caret; comparators are comma-separated. */
function cargoRange(spec: string): string {
  return spec
    .split(',')
    .map((part) => part.trim())
    .map((part) => (/^\d/.test(part) ? `^${part}` : part.replace(/^=\s*/, '')))
    .join(' ');
}

/** PEP 440 specifiers → npm range: `==1.2.*` → `1.2.x`, `~=1.4` → `>=1.4.0 <2.0.0`, `!=` dropped. */
function pep440Range(spec: string): string | null {
  if (spec === '*' || spec === '') return '*';
  if (spec.startsWith('@')) return null;
  const parts: string[] = [];
  for (const clause of spec.split(',')) {
    const m = /^(===|==|~=|!=|<=|>=|<|>|\^|~)?\s*(.+)$/.exec(clause.trim());
    if (!m) return null;
    const op = m[1] ?? '==';
    if (op === '!=') continue;
    if ((op === '==' || op === '===') && /\.\*$/.test(m[2]!)) {
      parts.push(m[2]!.replace(/\.\*$/, '.x'));
      continue;
    }
    const version = pep440Version(m[2]!);
    if (version === null) return null;
    if (op === '~=') parts.push(compatibleRelease(m[2]!, version));
    else parts.push(op === '==' || op === '===' ? version : `${op}${version}`);
  }
  return parts.length === 0 ? '*' : parts.join(' ');
}

/** `~=X.Y` allows X.*, `~=X.Y.Z` allows X.Y.* (PEP 440 compatible release). */
function compatibleRelease(raw: string, version: string): string {
  const release = raw.split(/[^\d.]/)[0]!.split('.').filter(Boolean);
  const major = Number(release[0]);
  if (release.length <= 2) return `>=${version} <${major + 1}.0.0-0`;
  return `>=${version} <${major}.${Number(release[1]) + 1}.0-0`;
}

/** `2.0rc1` → `2.0.0-rc.1`; `1.4` → `1.4.0`. */
export function pep440Version(raw: string): string | null {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.\d+)*(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview|dev)[-_.]?(\d*))?(?:\.?post\d*)?(?:\+.*)?$/i.exec(raw.trim());
  if (!m) return null;
  const core = `${m[1]}.${m[2] ?? 0}.${m[3] ?? 0}`;
  return m[4] ? `${core}-${m[4].toLowerCase()}.${m[5] || 0}` : core;
}
