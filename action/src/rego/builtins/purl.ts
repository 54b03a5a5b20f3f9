/**
 * purl.parse and purl.is_valid: package URLs (`pkg:type/namespace/name@version?qualifiers#subpath`)
 * read as OPA reads them (its vendored packageurl-go): percent-decoding,
 * lower-cased type and qualifier keys, qualifiers sorted with empty values
 * dropped, and the per-type name/namespace normalisations and checks of the
 * purl spec.
 */
import { ObjectValue, type Value } from '../value.js';
import { builtinError, fn, stringArg } from './args.js';
import type { BuiltinDef } from './types.js';

class PurlError extends Error {}

const TYPE = /^[A-Za-z.\-+][0-9A-Za-z.\-+]*$/;
const QUALIFIER_KEY = /^[A-Za-z.\-_][0-9A-Za-z.\-_]*$/;

/** Go's url unescaping: runs of %XX decoded as UTF-8, `+` a space only in queries; a bad escape is an error. */
function unescape(text: string, plusIsSpace: boolean, what: string): string {
  if (/%(?![0-9A-Fa-f]{2})/.test(text)) throw new PurlError(`error unescaping ${what} ${JSON.stringify(text)}`);
  const spaced = plusIsSpace ? text.replace(/\+/g, ' ') : text;
  return spaced.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => Buffer.from(run.replace(/%/g, ''), 'hex').toString('utf8'));
}

interface Purl {
  type: string;
  namespace: string;
  name: string;
  version: string;
  qualifiers: [string, string][];
  subpath: string;
}

/** The path part after `pkg:`; `pkg:/x` and `pkg://x` fall back to a cleaned host + path, as Go's url does. */
function opaquePath(rest: string): string {
  if (!rest.startsWith('/')) return rest;
  return rest
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .join('/');
}

function parseQualifiers(rawQuery: string): [string, string][] {
  const out: [string, string][] = [];
  for (const part of rawQuery.split('&')) {
    if (part.includes(';')) throw new PurlError('invalid qualifiers: invalid semicolon separator in query');
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = unescape(eq < 0 ? part : part.slice(0, eq), true, 'qualifier key');
    if (!QUALIFIER_KEY.test(key)) throw new PurlError(`invalid qualifiers: invalid qualifier key: '${key}'`);
    const value = unescape(eq < 0 ? '' : part.slice(eq + 1), true, 'qualifier value');
    if (value !== '') out.push([key.toLowerCase(), value]);
  }
  out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (let i = 1; i < out.length; i++) {
    if (out[i]![0] === out[i - 1]![0]) throw new PurlError(`invalid qualifiers: duplicate qualifier key: "${out[i]![0]}"`);
  }
  return out;
}

const LOWER_NAMESPACE = new Set(['alpm', 'apk', 'bitbucket', 'composer', 'deb', 'github', 'golang', 'rpm', 'qpkg']);
const LOWER_NAME = new Set(['alpm', 'apk', 'bitbucket', 'bitnami', 'composer', 'deb', 'github', 'golang']);

function adjustName(type: string, name: string, qualifiers: Map<string, string>): string {
  if (LOWER_NAME.has(type)) return name.toLowerCase();
  if (type === 'pypi') return name.replace(/_/g, '-').toLowerCase();
  if (type === 'mlflow' && qualifiers.get('repository_url')?.includes('databricks')) return name.toLowerCase();
  return name;
}

/** The purl spec's extra rules for a few types. */
function checkTypeRules(p: Purl, qualifiers: Map<string, string>): void {
  const fail = (message: string): never => {
    throw new PurlError(message);
  };
  if (p.type === 'conan') {
    if (p.namespace !== '' && !qualifiers.has('channel')) fail('channel qualifier does not exist');
    if (p.namespace === '' && qualifiers.has('channel')) fail('namespace is required if channel is non empty');
  } else if (p.type === 'cpan') {
    if (p.namespace !== '' && p.namespace !== p.namespace.toUpperCase()) fail('a cpan distribution namespace must be all uppercase');
    if (p.namespace !== '' && p.name.includes('::')) fail("a cpan distribution name must not contain '::'");
    if (p.namespace === '' && p.name.includes('-')) fail('a cpan module name may not contain dashes');
  } else if (p.type === 'swift') {
    if (p.namespace === '') fail('namespace is required');
    if (p.version === '') fail('version is required');
  } else if (p.type === 'cran' && p.version === '') {
    fail('version is required');
  }
}

function parsePurl(text: string): Purl {
  const hash = text.indexOf('#');
  const beforeFragment = hash < 0 ? text : text.slice(0, hash);
  const rawSubpath = hash < 0 ? '' : unescape(text.slice(hash + 1), false, 'subpath');
  const question = beforeFragment.indexOf('?');
  const rawQuery = question < 0 ? '' : beforeFragment.slice(question + 1);
  const withoutQuery = question < 0 ? beforeFragment : beforeFragment.slice(0, question);
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(withoutQuery);
  if (!scheme || scheme[1]!.toLowerCase() !== 'pkg') throw new PurlError(`purl scheme is not "pkg": ${JSON.stringify(scheme?.[1]?.toLowerCase() ?? '')}`);
  const path = opaquePath(withoutQuery.slice(scheme[0].length));
  const slash = path.indexOf('/');
  if (slash < 0) throw new PurlError('purl is missing type or name');
  const type = path.slice(0, slash).toLowerCase();
  const qualifierList = parseQualifiers(rawQuery);
  let rest = path.slice(slash + 1);
  let namespace = '';
  const lastSlash = rest.lastIndexOf('/');
  if (lastSlash >= 0) {
    namespace = unescape(rest.slice(0, lastSlash), false, 'namespace');
    rest = rest.slice(lastSlash + 1);
  }
  let version = '';
  const at = rest.lastIndexOf('@');
  if (at >= 0) {
    version = unescape(rest.slice(at + 1), false, 'version');
    rest = rest.slice(0, at);
  }
  const name = unescape(rest, false, 'name');
  if (name === '') throw new PurlError('purl is missing name');
  if (!TYPE.test(type)) throw new PurlError(`invalid type "${type}"`);
  if (rawSubpath.split('/').some((s, i) => i !== 0 && (s === '.' || s === '..'))) {
    throw new PurlError(`invalid Package URL subpath: ${JSON.stringify(rawSubpath)}`);
  }
  const qualifiers = new Map(qualifierList);
  const trimmedNamespace = namespace.replace(/^\/+|\/+$/g, '');
  const purl: Purl = {
    type,
    namespace: LOWER_NAMESPACE.has(type) ? trimmedNamespace.toLowerCase() : trimmedNamespace,
    name: adjustName(type, name, qualifiers),
    version: type === 'huggingface' ? version.toLowerCase() : version,
    qualifiers: qualifierList,
    subpath: rawSubpath.replace(/^\/+|\/+$/g, ''),
  };
  checkTypeRules(purl, qualifiers);
  return purl;
}

function toObject(p: Purl): ObjectValue {
  const entries: [Value, Value][] = [
    ['type', p.type],
    ['name', p.name],
  ];
  if (p.namespace !== '') entries.push(['namespace', p.namespace]);
  if (p.version !== '') entries.push(['version', p.version]);
  if (p.subpath !== '') entries.push(['subpath', p.subpath]);
  if (p.qualifiers.length > 0) entries.push(['qualifiers', new ObjectValue(p.qualifiers)]);
  return new ObjectValue(entries);
}

function parse(args: Value[]): ObjectValue {
  const text = stringArg(args, 0);
  try {
    return toObject(parsePurl(text));
  } catch (e) {
    if (e instanceof PurlError) throw builtinError(`invalid PURL ${JSON.stringify(text)}: ${e.message}`);
    throw e;
  }
}

function isValid([v]: Value[]): boolean {
  if (typeof v !== 'string') return false;
  try {
    parsePurl(v);
    return true;
  } catch (e) {
    if (e instanceof PurlError) return false;
    throw e;
  }
}

export const purlBuiltins: BuiltinDef[] = [fn('purl.parse', 1, parse), fn('purl.is_valid', 1, isValid)];
