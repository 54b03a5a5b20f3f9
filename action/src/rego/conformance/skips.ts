/**
 * The one reviewed list of conformance cases we do not run, keyed by
 * `<folder>/<file>#<index>`, each with its reason. A skip counts as not passed.
 */
export const SKIPPED_CASES: Record<string, string> = {};
