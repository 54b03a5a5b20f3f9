/**
 * Recursive-descent parser for Rego v1 (OPA 1.x default syntax), with the v0
 * rule forms (`p { … }`, `p[x] { … }`) behind regoVersion 'v0'.
 *
 * Newlines separate body literals only at statement level: inside (), [] and
 * {} of a term they are whitespace. `depth` counts the open term brackets;
 * entering a body resets it to 0.
 */
import { parse as parseYaml } from 'yaml';
import type { CallTerm, Import, Literal, Module, Rule, RuleHead, Scalar, Term, With } from './ast.js';
import { RegoError, type Location } from './errors.js';
import { lex, type Comment, type Token } from './lexer.js';

export type RegoVersion = 'v1' | 'v0';

const RELATION_OPS: Record<string, string> = { '==': 'equal', '!=': 'neq', '<': 'lt', '<=': 'lte', '>': 'gt', '>=': 'gte' };
const ARITH_OPS: Record<string, string> = { '+': 'plus', '-': 'minus' };
const FACTOR_OPS: Record<string, string> = { '*': 'mul', '/': 'div', '%': 'rem' };

interface AnnotationBlock {
  endRow: number;
  startRow: number;
  value: Record<string, unknown>;
}

export function parseModule(source: string, file: string, version: RegoVersion = 'v1'): Module {
  const { tokens, comments } = lex(source, file);
  return new Parser(tokens, file, version, annotationBlocks(comments, file)).module();
}

/** Parses a query: a body of literals separated by `;` or newlines. */
export function parseQuery(source: string, file = 'query'): Literal[] {
  const { tokens } = lex(source, file);
  const p = new Parser(tokens, file, 'v1', []);
  const body = p.bodyUntil('eof');
  if (body.length === 0) p.fail('empty query', tokens[0]!);
  return body;
}

/** Parses a single term (used for `input_term` and `with` tests). */
export function parseTerm(source: string, file = 'term'): Term {
  const { tokens } = lex(source, file);
  const p = new Parser(tokens, file, 'v1', []);
  const t = p.exprTerm();
  p.expectEof();
  return t;
}

function annotationBlocks(comments: Comment[], file: string): AnnotationBlock[] {
  const blocks: AnnotationBlock[] = [];
  for (let i = 0; i < comments.length; i++) {
    if (comments[i]!.text.trim() !== 'METADATA') continue;
    const startRow = comments[i]!.row;
    const lines: string[] = [];
    let row = startRow;
    while (i + 1 < comments.length && comments[i + 1]!.row === row + 1) {
      i++;
      row++;
      lines.push(comments[i]!.text.replace(/^ /, ''));
    }
    let value: unknown;
    try {
      value = parseYaml(lines.join('\n')) ?? {};
    } catch (e) {
      throw new RegoError('rego_parse_error', `invalid METADATA block: ${(e as Error).message}`, { file, row: startRow, col: 1 });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new RegoError('rego_parse_error', 'METADATA block must be a YAML mapping', { file, row: startRow, col: 1 });
    }
    blocks.push({ startRow, endRow: row, value: value as Record<string, unknown> });
  }
  return blocks;
}

class Parser {
  private pos = 0;
  private depth = 0;
  /** `import rego.v2` or `future.keywords.not`: `not { … }` negates a whole body. */
  private notBody = false;

  constructor(
    private readonly tokens: Token[],
    private readonly file: string,
    private version: RegoVersion,
    private readonly annotations: AnnotationBlock[],
  ) {}

  // ---- token helpers -------------------------------------------------------

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)]!;
  }

  private next(): Token {
    const t = this.peek();
    if (t.kind !== 'eof') this.pos++;
    return t;
  }

  private is(text: string, t: Token = this.peek()): boolean {
    return (t.kind === 'punct' || t.kind === 'ident') && t.text === text;
  }

  /** The token continues the current expression (not a new literal on the next line). */
  private continues(t: Token = this.peek()): boolean {
    return this.depth > 0 || !t.nl;
  }

  private accept(text: string): boolean {
    if (this.is(text)) {
      this.next();
      return true;
    }
    return false;
  }

  private expect(text: string): Token {
    const t = this.peek();
    if (!this.is(text)) this.fail(`expected ${JSON.stringify(text)} but found ${describe(t)}`, t);
    return this.next();
  }

  expectEof(): void {
    if (this.peek().kind !== 'eof') this.fail(`unexpected ${describe(this.peek())}`, this.peek());
  }

  fail(message: string, t: Token): never {
    throw new RegoError('rego_parse_error', message, this.loc(t));
  }

  private loc(t: Token): Location {
    return { file: this.file, row: t.row, col: t.col };
  }

  private takeAnnotations(beforeRow: number): Record<string, unknown> | null {
    let found: AnnotationBlock | undefined;
    while (this.annotations.length > 0 && this.annotations[0]!.endRow < beforeRow) found = this.annotations.shift();
    return found ? found.value : null;
  }

  // ---- module --------------------------------------------------------------

  module(): Module {
    const pkgTok = this.peek();
    const pkgAnnotations = this.takeAnnotations(pkgTok.row);
    this.expect('package');
    const pkgRef = this.exprTerm();
    const packagePath = ['data', ...this.staticPath(pkgRef, 'package')];
    const imports: Import[] = [];
    while (this.is('import')) imports.push(this.importDecl());
    const rules: Rule[] = [];
    let moduleAnnotations = pkgAnnotations;
    while (this.peek().kind !== 'eof') {
      const ann = this.takeAnnotations(this.peek().row);
      if (ann && ann['scope'] === 'package') {
        moduleAnnotations = { ...(moduleAnnotations ?? {}), ...ann };
        continue;
      }
      if (this.is('import')) {
        imports.push(this.importDecl());
        continue;
      }
      rules.push(...this.rule(ann));
    }
    return { file: this.file, packagePath, packageLoc: this.loc(pkgTok), imports, rules, annotations: moduleAnnotations };
  }

  private staticPath(t: Term, what: string): string[] {
    const parts: string[] = [];
    if (t.type === 'var') return [t.name];
    if (t.type !== 'ref' || t.head.type !== 'var') return this.fail(`invalid ${what} path`, this.peek());
    parts.push(t.head.name);
    for (const p of t.path) {
      if (p.type !== 'scalar' || typeof p.value !== 'string') {
        throw new RegoError('rego_parse_error', `${what} path must contain only strings`, p.loc);
      }
      parts.push(p.value);
    }
    return parts;
  }

  private importDecl(): Import {
    const t = this.expect('import');
    const path = this.exprTerm();
    const root = path.type === 'var' ? path.name : path.type === 'ref' && path.head.type === 'var' ? path.head.name : '';
    if (!['data', 'input', 'future', 'rego'].includes(root)) {
      throw new RegoError('rego_parse_error', `invalid import path: must begin with input or data`, path.loc);
    }
    const dotted = path.type === 'ref' ? [root, ...path.path.map((p) => (p.type === 'scalar' ? String(p.value) : ''))].join('.') : root;
    if (dotted === 'rego.v2' || dotted === 'future.keywords.not') this.notBody = true;
    // A module that imports rego.v1 is v1 syntax even where v0 is the default, as in OPA.
    if (dotted === 'rego.v1') this.version = 'v1';
    let alias: string | undefined;
    if (this.accept('as')) {
      const a = this.next();
      if (a.kind !== 'ident') this.fail('expected an alias name after "as"', a);
      alias = a.text;
    }
    return { path, ...(alias ? { alias } : {}), loc: this.loc(t) };
  }

  // ---- rules ---------------------------------------------------------------

  private rule(annotations: Record<string, unknown> | null): Rule[] {
    const start = this.peek();
    const isDefault = this.accept('default');
    const head = this.ruleHead();
    const loc = this.loc(start);
    if (isDefault) {
      if (!head.value && !head.assign) this.fail('default rule must have a value', start);
      return [{ isDefault, head, body: [], loc, annotations }];
    }
    const bodies = this.ruleBodies(head);
    const rule: Rule = { isDefault, head, body: bodies[0]!, loc, annotations };
    let last = rule;
    while (this.is('else')) {
      const elseTok = this.next();
      let value: Term | undefined;
      if (this.accept(':=') || this.accept('=')) value = this.exprTerm();
      const elseHead: RuleHead = { ...head, ...(value ? { value } : {}) };
      if (!value) delete elseHead.value;
      const body = this.elseBody();
      last.elseRule = { isDefault: false, head: elseHead, body, loc: this.loc(elseTok), annotations: null };
      last = last.elseRule;
    }
    // v0 allows several bodies (`p { a } { b }`): each one is its own rule.
    return bodies.map((body, i) => (i === 0 ? rule : { isDefault, head, body, loc, annotations }));
  }

  private ruleHead(): RuleHead {
    const nameTok = this.next();
    if (nameTok.kind !== 'ident') this.fail(`expected a rule name but found ${describe(nameTok)}`, nameTok);
    const ref: Term[] = [{ type: 'scalar', value: nameTok.text, loc: this.loc(nameTok) }];
    for (;;) {
      if (this.is('.') && !this.peek().nl) {
        this.next();
        const id = this.next();
        if (id.kind !== 'ident') this.fail('expected a name after "."', id);
        ref.push({ type: 'scalar', value: id.text, loc: this.loc(id) });
      } else if (this.is('[') && !this.peek().nl) {
        ref.push(this.bracketed('[', ']', () => this.exprTerm()));
      } else break;
    }
    const head: RuleHead = { ref, assign: false };
    if (this.is('(') && !this.peek().nl) {
      head.args = this.bracketed('(', ')', () => this.termList(')'));
    }
    if (this.is('contains')) {
      this.next();
      head.key = this.exprTerm();
    } else if (this.is(':=') || this.is('=')) {
      head.assign = this.next().text === ':=';
      head.value = this.exprTerm();
    } else if (this.version === 'v0' && ref.length === 2 && !head.args && this.is('{')) {
      // v0 partial set: p[x] { … }
      head.key = ref.pop()!;
    }
    return head;
  }

  private ruleBodies(head: RuleHead): Literal[][] {
    if (this.accept('if')) return [this.ifBody()];
    if (this.is('{') && !this.peek().nl) {
      if (this.version === 'v1') this.fail('`if` keyword is required before rule body', this.peek());
      const bodies = [this.braceBody()];
      while (this.is('{') && this.version === 'v0') bodies.push(this.braceBody());
      return bodies;
    }
    if (!head.value && !head.key && !head.args && this.version === 'v1' && head.ref.length === 1) {
      // A bare name is not a rule in v1.
      this.fail(`rule must have a value, a body, or \`contains\``, this.peek());
    }
    return [[]];
  }

  /** After `if`: a `{ body }`, or a single literal (which may itself start with `{`). */
  private ifBody(): Literal[] {
    if (this.is('{')) {
      const start = this.pos;
      try {
        return this.braceBody();
      } catch (bodyError) {
        if (!(bodyError instanceof RegoError)) throw bodyError;
        this.pos = start;
        this.depth = 0;
        try {
          return [this.literal()];
        } catch {
          throw bodyError;
        }
      }
    }
    return [this.literal()];
  }

  private elseBody(): Literal[] {
    if (this.accept('if')) return this.ifBody();
    if (this.is('{') && !this.peek().nl) return this.braceBody();
    return [];
  }

  private braceBody(): Literal[] {
    this.expect('{');
    const saved = this.depth;
    this.depth = 0;
    const body = this.bodyUntil('}');
    this.depth = saved;
    this.expect('}');
    return body;
  }

  /** Literals separated by `;` or newlines until `end` ('}' or 'eof'). */
  bodyUntil(end: '}' | 'eof'): Literal[] {
    const body: Literal[] = [];
    const atEnd = (): boolean => (end === 'eof' ? this.peek().kind === 'eof' : this.is('}'));
    for (;;) {
      while (this.accept(';'));
      if (atEnd()) break;
      body.push(this.literal());
      const t = this.peek();
      if (atEnd() || this.is(';') || t.nl) continue;
      this.fail(`unexpected ${describe(t)}`, t);
    }
    return body;
  }

  // ---- literals ------------------------------------------------------------

  private literal(): Literal {
    const t = this.peek();
    const loc = this.loc(t);
    if (this.is('some')) return this.someLiteral();
    if (this.is('every')) return this.everyLiteral();
    const negated = this.accept('not');
    if (negated && this.notBody && this.is('{')) return this.negatedBody(loc);
    let term = this.exprTerm();
    if (this.is(',') && this.continues() && !negated) {
      // `k, v in xs` as an expression
      this.next();
      const value = this.relation();
      this.expect('in');
      const coll = this.relation();
      term = { type: 'call', op: opVar('internal.member_3', loc), args: [term, value, coll], loc };
    }
    return { type: 'expr', term, negated, withs: this.withs(), loc };
  }

  /** `not { a; b }` is read as `not [1 | a; b] != []`: true when the body has no solution. */
  private negatedBody(loc: Location): Literal {
    const body = this.braceBody();
    const exists: Term = {
      type: 'call',
      op: opVar('neq', loc),
      args: [
        { type: 'arraycompr', head: { type: 'scalar', value: 1, loc }, body, loc },
        { type: 'array', items: [], loc },
      ],
      loc,
    };
    return { type: 'expr', term: exists, negated: true, withs: this.withs(), loc };
  }

  private someLiteral(): Literal {
    const loc = this.loc(this.expect('some'));
    const first = this.relation();
    if (this.is(',') || this.is('in')) {
      let key: Term | undefined;
      let value = first;
      if (this.accept(',')) {
        key = first;
        value = this.relation();
        if (!this.is('in')) {
          return this.someDecl([first, value, ...this.moreDeclTerms()], loc);
        }
      }
      this.expect('in');
      const collection = this.relation();
      return { type: 'somein', ...(key ? { key } : {}), value, collection, withs: this.withs(), loc };
    }
    if (first.type === 'call' && first.target === undefined && isOpVar(first.op, 'internal.member_2')) {
      return { type: 'somein', value: first.args[0]!, collection: first.args[1]!, withs: this.withs(), loc };
    }
    return this.someDecl([first], loc);
  }

  private moreDeclTerms(): Term[] {
    const out: Term[] = [];
    while (this.accept(',')) out.push(this.relation());
    return out;
  }

  private someDecl(terms: Term[], loc: Location): Literal {
    const vars = terms.map((t) => {
      if (t.type !== 'var') throw new RegoError('rego_parse_error', 'expected a variable in `some` declaration', t.loc);
      return t.name;
    });
    return { type: 'some', vars, loc };
  }

  private everyLiteral(): Literal {
    const loc = this.loc(this.expect('every'));
    let key: Term | undefined;
    let value = this.relation();
    if (this.accept(',')) {
      key = value;
      value = this.relation();
    } else if (value.type === 'call' && isOpVar(value.op, 'internal.member_2')) {
      const domain = value.args[1]!;
      const body = this.braceBody();
      return { type: 'every', value: value.args[0]!, domain, body, withs: this.withs(), loc };
    }
    this.expect('in');
    const domain = this.relation();
    const body = this.braceBody();
    return { type: 'every', ...(key ? { key } : {}), value, domain, body, withs: this.withs(), loc };
  }

  private withs(): With[] {
    const out: With[] = [];
    // `with` cannot start a literal, so it may continue on the next line.
    while (this.is('with')) {
      const t = this.next();
      const target = this.relation();
      this.expect('as');
      const value = this.membership();
      out.push({ target, value, loc: this.loc(t) });
    }
    return out;
  }

  // ---- expressions ---------------------------------------------------------

  /** A full expression, including `=` and `:=`. */
  exprTerm(): Term {
    const lhs = this.membership();
    const t = this.peek();
    if ((this.is('=') || this.is(':=')) && this.continues()) {
      this.next();
      const rhs = this.membership();
      return { type: 'call', op: opVar(t.text === '=' ? 'eq' : 'assign', this.loc(t)), args: [lhs, rhs], loc: lhs.loc };
    }
    return lhs;
  }

  private membership(): Term {
    let lhs = this.relation();
    while (this.is('in') && this.continues()) {
      const t = this.next();
      const rhs = this.relation();
      lhs = { type: 'call', op: opVar('internal.member_2', this.loc(t)), args: [lhs, rhs], loc: lhs.loc };
    }
    return lhs;
  }

  private relation(noOr = false): Term {
    return this.binary(RELATION_OPS, () => this.or(noOr));
  }

  private or(noOr: boolean): Term {
    if (noOr) return this.and();
    return this.binary({ '|': 'or' }, () => this.and());
  }

  private and(): Term {
    return this.binary({ '&': 'and' }, () => this.arith());
  }

  private arith(): Term {
    return this.binary(ARITH_OPS, () => this.factor());
  }

  private factor(): Term {
    return this.binary(FACTOR_OPS, () => this.unary());
  }

  private binary(ops: Record<string, string>, operand: () => Term): Term {
    let lhs = operand();
    for (;;) {
      const t = this.peek();
      const name = t.kind === 'punct' && Object.hasOwn(ops, t.text) ? ops[t.text] : undefined;
      if (!name || !this.continues(t)) return lhs;
      this.next();
      const rhs = operand();
      lhs = { type: 'call', op: opVar(name, this.loc(t)), args: [lhs, rhs], loc: lhs.loc };
    }
  }

  private unary(): Term {
    const t = this.peek();
    if (this.is('-')) {
      const n = this.peek(1);
      if (n.kind === 'number' && n.row === t.row && n.col === t.col + 1) {
        this.next();
        this.next();
        return this.postfix({ type: 'scalar', value: -Number(n.text), loc: this.loc(t) });
      }
      this.next();
      const operand = this.unary();
      return { type: 'call', op: opVar('minus', this.loc(t)), args: [{ type: 'scalar', value: 0, loc: this.loc(t) }, operand], loc: this.loc(t) };
    }
    return this.postfix(this.primary());
  }

  private primary(): Term {
    const t = this.next();
    const loc = this.loc(t);
    switch (t.kind) {
      case 'number':
        return { type: 'scalar', value: Number(t.text), loc };
      case 'string':
        return { type: 'scalar', value: t.text, loc };
      case 'ident':
        return this.identTerm(t, loc);
      case 'punct':
        if (t.text === '[') return this.arrayTerm(loc);
        if (t.text === '{') return this.braceTerm(loc);
        if (t.text === '(') {
          this.depth++;
          let inner = this.exprTerm();
          if (this.accept(',')) {
            // `(k, v in xs)`
            const value = this.relation();
            this.expect('in');
            inner = { type: 'call', op: opVar('internal.member_3', loc), args: [inner, value, this.relation()], loc };
          }
          this.depth--;
          this.expect(')');
          return inner;
        }
        break;
      case 'eof':
        break;
    }
    return this.fail(`unexpected ${describe(t)}`, t);
  }

  private identTerm(t: Token, loc: Location): Term {
    const scalar = SCALAR_WORDS.get(t.text);
    if (scalar !== undefined) return { type: 'scalar', value: scalar, loc };
    if (t.text === 'set' && this.is('(') && this.is(')', this.peek(1))) {
      this.next();
      this.next();
      return { type: 'set', items: [], loc };
    }
    // `contains` is also a built-in function name.
    if (KEYWORDS.has(t.text) && !(this.is('(') && !this.peek().nl)) this.fail(`unexpected keyword ${t.text}`, t);
    return { type: 'var', name: t.text, loc };
  }

  private postfix(term: Term): Term {
    let cur = term;
    for (;;) {
      const t = this.peek();
      if (t.nl && this.depth === 0) return cur;
      if (this.is('.')) {
        this.next();
        const id = this.next();
        if (id.kind !== 'ident') this.fail(`expected a name after "." but found ${describe(id)}`, id);
        cur = appendRef(cur, { type: 'scalar', value: id.text, loc: this.loc(id) });
      } else if (this.is('[') && t.nl === false) {
        const key = this.bracketed('[', ']', () => this.exprTerm());
        cur = appendRef(cur, key);
      } else if (this.is('(') && t.nl === false && (cur.type === 'var' || cur.type === 'ref')) {
        const args = this.bracketed('(', ')', () => this.termList(')'));
        const call: CallTerm = { type: 'call', op: cur, args, loc: cur.loc };
        cur = call;
      } else return cur;
    }
  }

  private bracketed<T>(open: string, close: string, inner: () => T): T {
    this.expect(open);
    this.depth++;
    const out = inner();
    this.depth--;
    this.expect(close);
    return out;
  }

  private termList(close: string): Term[] {
    const items: Term[] = [];
    while (!this.is(close)) {
      items.push(this.exprTerm());
      if (!this.accept(',')) break;
    }
    return items;
  }

  private arrayTerm(loc: Location): Term {
    this.depth++;
    if (this.accept(']')) {
      this.depth--;
      return { type: 'array', items: [], loc };
    }
    const first = this.membershipNoOr();
    if (this.accept('|')) {
      const body = this.comprehensionBody(']');
      this.depth--;
      this.expect(']');
      return { type: 'arraycompr', head: first, body, loc };
    }
    const items = [first];
    while (this.accept(',')) {
      if (this.is(']')) break;
      items.push(this.exprTerm());
    }
    this.depth--;
    this.expect(']');
    return { type: 'array', items, loc };
  }

  private braceTerm(loc: Location): Term {
    this.depth++;
    if (this.accept('}')) {
      this.depth--;
      return { type: 'object', entries: [], loc };
    }
    const first = this.membershipNoOr();
    if (this.accept(':')) {
      const value = this.membershipNoOr();
      if (this.accept('|')) {
        const body = this.comprehensionBody('}');
        this.depth--;
        this.expect('}');
        return { type: 'objectcompr', key: first, value, body, loc };
      }
      const entries: [Term, Term][] = [[first, value]];
      while (this.accept(',')) {
        if (this.is('}')) break;
        const k = this.exprTerm();
        this.expect(':');
        entries.push([k, this.exprTerm()]);
      }
      this.depth--;
      this.expect('}');
      return { type: 'object', entries, loc };
    }
    if (this.accept('|')) {
      const body = this.comprehensionBody('}');
      this.depth--;
      this.expect('}');
      return { type: 'setcompr', head: first, body, loc };
    }
    const items = [first];
    while (this.accept(',')) {
      if (this.is('}')) break;
      items.push(this.exprTerm());
    }
    this.depth--;
    this.expect('}');
    return { type: 'set', items, loc };
  }

  /** First element of a collection: `|` there starts a comprehension body, not a set union. */
  private membershipNoOr(): Term {
    let lhs = this.relation(true);
    while (this.is('in')) {
      const t = this.next();
      const rhs = this.relation(true);
      lhs = { type: 'call', op: opVar('internal.member_2', this.loc(t)), args: [lhs, rhs], loc: lhs.loc };
    }
    if (this.is('=') || this.is(':=')) {
      const t = this.next();
      const rhs = this.relation(true);
      return { type: 'call', op: opVar(t.text === '=' ? 'eq' : 'assign', this.loc(t)), args: [lhs, rhs], loc: lhs.loc };
    }
    return lhs;
  }

  private comprehensionBody(close: string): Literal[] {
    const saved = this.depth;
    this.depth = 0;
    const body: Literal[] = [];
    for (;;) {
      while (this.accept(';'));
      if (this.is(close)) break;
      body.push(this.literal());
      const t = this.peek();
      if (this.is(close) || this.is(';') || t.nl) continue;
      this.fail(`unexpected ${describe(t)}`, t);
    }
    this.depth = saved;
    return body;
  }
}

const SCALAR_WORDS = new Map<string, Scalar>([
  ['true', true],
  ['false', false],
  ['null', null],
]);

const KEYWORDS = new Set(['if', 'contains', 'else', 'default', 'some', 'every', 'in', 'not', 'with', 'as', 'import', 'package']);

function opVar(name: string, loc: Location): Term {
  return { type: 'var', name, loc };
}

function isOpVar(t: Term, name: string): boolean {
  return t.type === 'var' && t.name === name;
}

function appendRef(base: Term, key: Term): Term {
  if (base.type === 'ref') return { type: 'ref', head: base.head, path: [...base.path, key], loc: base.loc };
  return { type: 'ref', head: base, path: [key], loc: base.loc };
}

function describe(t: Token): string {
  if (t.kind === 'eof') return 'end of input';
  if (t.kind === 'string') return `string ${JSON.stringify(t.text)}`;
  return JSON.stringify(t.text);
}
