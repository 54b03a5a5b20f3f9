/**
 * The bytes OPA hashes for a structured bundle file (`data.json`,
 * `data.yaml`, `.manifest`) when it signs a bundle (bundle/hash.go): objects
 * with keys sorted in byte order, no whitespace, numbers as written in the
 * file (OPA decodes with json.Number), strings as Go's encoding/json writes
 * them without HTML escaping. Hashing this form makes a signature independent
 * of whitespace and key order, as OPA intends.
 */

type Node =
  | { kind: 'object'; entries: Map<string, Node> }
  | { kind: 'array'; items: Node[] }
  | { kind: 'string'; value: string }
  | { kind: 'literal'; text: string };

export class CanonicalJsonError extends Error {
  override name = 'CanonicalJsonError';
}

/** Canonical text of a JSON document, keeping each number's literal text. */
export function canonicalJsonText(text: string): string {
  const parser = new JsonParser(text);
  const node = parser.parseDocument();
  return render(node);
}

/** Canonical text of an already-decoded value (YAML data): numbers as JavaScript writes them. */
export function canonicalValueText(value: unknown): string {
  return render(fromValue(value));
}

function fromValue(value: unknown): Node {
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return { kind: 'literal', text: JSON.stringify(value) };
  if (typeof value === 'string') return { kind: 'string', value };
  if (Array.isArray(value)) return { kind: 'array', items: value.map(fromValue) };
  if (typeof value === 'object') return { kind: 'object', entries: new Map(Object.entries(value).map(([k, v]) => [k, fromValue(v)])) };
  throw new CanonicalJsonError(`cannot hash a ${typeof value} value`);
}

function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function render(node: Node): string {
  switch (node.kind) {
    case 'literal':
      return node.text;
    case 'string':
      return goString(node.value);
    case 'array':
      return '[' + node.items.map(render).join(',') + ']';
    case 'object': {
      const keys = [...node.entries.keys()].sort(compareBytes);
      return '{' + keys.map((k) => goString(k) + ':' + render(node.entries.get(k)!)).join(',') + '}';
    }
  }
}

const SHORT_ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A string as Go's json.Encoder with SetEscapeHTML(false) writes it. */
export function goString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (SHORT_ESCAPES[ch] !== undefined) out += SHORT_ESCAPES[ch];
    else if (code < 0x20 || code === 0x2028 || code === 0x2029) out += '\\u' + code.toString(16).padStart(4, '0');
    else if (code >= 0xd800 && code <= 0xdfff) out += '\\ufffd'; // a lone surrogate: Go writes the replacement character
    else out += ch;
  }
  return out + '"';
}

const LITERAL = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

class JsonParser {
  private pos = 0;
  constructor(private readonly text: string) {}

  parseDocument(): Node {
    const node = this.parseValue();
    this.skipWhitespace();
    if (this.pos !== this.text.length) this.fail('unexpected text after the JSON value');
    return node;
  }

  private fail(message: string): never {
    throw new CanonicalJsonError(`${message} at offset ${this.pos}`);
  }

  private skipWhitespace(): void {
    while (this.pos < this.text.length && ' \t\n\r'.includes(this.text[this.pos]!)) this.pos++;
  }

  private parseValue(): Node {
    this.skipWhitespace();
    const ch = this.text[this.pos];
    if (ch === '{') return this.parseObject();
    if (ch === '[') return this.parseArray();
    if (ch === '"') return { kind: 'string', value: this.parseString() };
    LITERAL.lastIndex = this.pos;
    const literal = LITERAL.exec(this.text);
    if (!literal) this.fail('expected a JSON value');
    this.pos += literal[0].length;
    return { kind: 'literal', text: literal[0] };
  }

  private parseObject(): Node {
    const entries = new Map<string, Node>();
    this.pos++;
    this.skipWhitespace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return { kind: 'object', entries };
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.pos] !== '"') this.fail('expected an object key');
      const key = this.parseString();
      this.skipWhitespace();
      if (this.text[this.pos++] !== ':') this.fail('expected ":"');
      entries.set(key, this.parseValue()); // a repeated key: the last one wins, as in Go
      this.skipWhitespace();
      const sep = this.text[this.pos++];
      if (sep === '}') return { kind: 'object', entries };
      if (sep !== ',') this.fail('expected "," or "}"');
    }
  }

  private parseArray(): Node {
    const items: Node[] = [];
    this.pos++;
    this.skipWhitespace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return { kind: 'array', items };
    }
    for (;;) {
      items.push(this.parseValue());
      this.skipWhitespace();
      const sep = this.text[this.pos++];
      if (sep === ']') return { kind: 'array', items };
      if (sep !== ',') this.fail('expected "," or "]"');
    }
  }

  private parseString(): string {
    STRING.lastIndex = this.pos;
    const match = STRING.exec(this.text);
    if (!match) this.fail('bad string');
    this.pos += match[0].length;
    return JSON.parse(match[0]) as string;
  }
}
