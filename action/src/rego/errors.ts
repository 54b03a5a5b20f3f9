/**
 * Errors of the Rego library. One shape from the parser to the evaluator —
 * a code from OPA's vocabulary, a message, and where — so that the gate can
 * report any of them the same way.
 */

export type RegoErrorCode =
  | 'rego_parse_error'
  | 'rego_compile_error'
  | 'rego_type_error'
  | 'rego_unsafe_var_error'
  | 'rego_recursion_error'
  | 'eval_conflict_error'
  | 'eval_type_error'
  | 'eval_builtin_error'
  | 'eval_cancel_error'
  | 'eval_internal_error';

export interface Location {
  file: string;
  row: number;
  col: number;
}

export class RegoError extends Error {
  constructor(
    readonly code: RegoErrorCode,
    message: string,
    readonly location?: Location,
  ) {
    super(message);
    this.name = 'RegoError';
  }

  /** OPA's text form: `file:row: code: message`. */
  override toString(): string {
    const where = this.location ? `${this.location.file}:${this.location.row}: ` : '';
    return `${where}${this.code}: ${this.message}`;
  }
}

/** Thrown when compilation finds several problems; OPA reports them together. */
export class RegoErrors extends Error {
  constructor(readonly errors: RegoError[]) {
    super(errors.map((e) => e.toString()).join('\n'));
    this.name = 'RegoErrors';
  }
}
