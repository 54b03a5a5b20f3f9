/**
 * yaml.marshal, yaml.unmarshal, yaml.is_valid with the `yaml` package and
 * YAML 1.1 rules, which is what OPA's Go YAML library follows (`yes` is a
 * boolean, timestamps stay strings).
 */
import YAML from 'yaml';
import { fromJSON, toJSON, type Value } from '../value.js';
import { builtinError, fn, stringArg } from './args.js';
import type { BuiltinDef } from './types.js';


/** YAML 1.1 as Go's yaml.v2 reads it; timestamps stay strings as they do there. */
const YAML_OPTIONS = {
  version: '1.1' as const,
  customTags: (tags: YAML.Tags) => tags.filter((t) => (t as { tag?: string }).tag !== 'tag:yaml.org,2002:timestamp'),
};

function yamlDocuments(text: string): YAML.Document[] {
  const docs = YAML.parseAllDocuments(text, YAML_OPTIONS);
  const list = Array.isArray(docs) ? docs : [docs as unknown as YAML.Document];
  for (const doc of list) {
    if (doc.errors.length > 0) throw builtinError(`yaml: ${doc.errors[0]!.message.split('\n')[0]}`);
  }
  return list;
}

function unmarshalYAML(text: string): Value {
  const [first] = yamlDocuments(text);
  try {
    return fromJSON(first ? first.toJS({ maxAliasCount: 100 }) ?? null : null);
  } catch (e) {
    throw builtinError(`yaml: ${(e as Error).message.split('\n')[0]}`);
  }
}

function isValidYAML([v]: Value[]): boolean {
  if (typeof v !== 'string') return false;
  try {
    for (const doc of yamlDocuments(v)) fromJSON(doc.toJS({ maxAliasCount: 100 }) ?? null);
    return true;
  } catch {
    return false;
  }
}

function marshalYAML([v]: Value[]): string {
  // Go's encoder sorts keys; toJSON yields them in canonical order already.
  return YAML.stringify(toJSON(v as Value), { version: '1.1', indentSeq: false, sortMapEntries: true });
}

export const yamlBuiltins: BuiltinDef[] = [
  fn('yaml.marshal', 1, marshalYAML),
  fn('yaml.unmarshal', 1, (args) => unmarshalYAML(stringArg(args, 0))),
  fn('yaml.is_valid', 1, isValidYAML),
];
