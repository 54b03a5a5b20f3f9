import { createRequire as __pavedCreateRequire } from 'node:module';
import { fileURLToPath as __pavedFileURLToPath } from 'node:url';
import { dirname as __pavedDirname } from 'node:path';
const require = __pavedCreateRequire(import.meta.url);
const __filename = __pavedFileURLToPath(import.meta.url);
const __dirname = __pavedDirname(__filename);
import {
  DECISION_SCHEMA
} from "./chunk-W27JFYQR.js";
import {
  GateError
} from "./chunk-5Y6OTLYI.js";

// action/src/decide/canonical.ts
import { createHash } from "node:crypto";
var CHUNK_PIECES = 8192;
var NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
function canonicalDigest(value) {
  const hash = createHash("sha256");
  const pieces = [];
  writeCanonical(value, (text) => {
    if (pieces.push(text) < CHUNK_PIECES) return;
    hash.update(pieces.join(""), "utf8");
    pieces.length = 0;
  });
  return hash.update(pieces.join(""), "utf8").digest("hex");
}
function writeCanonical(value, write) {
  if (Array.isArray(value)) {
    write("[");
    for (let i = 0; i < value.length; i++) {
      if (i > 0) write(",");
      if (isJsonMember(value[i])) writeCanonical(value[i], write);
      else write("null");
    }
    write("]");
    return;
  }
  if (value !== null && typeof value === "object") {
    const record = value;
    write("{");
    let first = true;
    for (const key of sortedKeys(record)) {
      if (!isJsonMember(record[key])) continue;
      if (!first) write(",");
      first = false;
      writeString(key, write);
      write(":");
      writeCanonical(record[key], write);
    }
    write("}");
    return;
  }
  if (typeof value === "string") writeString(value, write);
  else write(JSON.stringify(value) ?? "null");
}
var INSERTION_SORT_MAX = 32;
function sortedKeys(record) {
  const keys = Object.keys(record);
  if (keys.length > INSERTION_SORT_MAX) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i];
    let j = i - 1;
    for (; j >= 0 && keys[j] > key; j--) keys[j + 1] = keys[j];
    keys[j + 1] = key;
  }
  return keys;
}
function writeString(text, write) {
  if (NEEDS_ESCAPE.test(text)) {
    write(JSON.stringify(text));
    return;
  }
  write('"');
  write(text);
  write('"');
}
function isJsonMember(value) {
  return value !== void 0 && typeof value !== "function" && typeof value !== "symbol";
}

// action/src/decide/validate.ts
var CONTRACT_HINT = 'The entrypoint must return {"deny": [finding], "warn": [finding]} (optionally "waived" and "rules"), where a finding is {"rule": "<id>", "message": "<text>", "file"?, "line"?, "remediation"?, "evidence"?}. See docs/policies.md.';
function parseDecisionDocument(value, entrypoint) {
  if (!isPlainObject(value)) {
    fail(`the entrypoint ${entrypoint} returned ${describe(value)}, not an object`);
  }
  const document = {
    deny: parseFindingList(value, "deny", true).map((f, i) => parseFinding(f, `deny[${i}]`)),
    warn: parseFindingList(value, "warn", true).map((f, i) => parseFinding(f, `warn[${i}]`))
  };
  if (value.waived !== void 0) {
    document.waived = parseFindingList(value, "waived", false).map((f, i) => parseWaivedFinding(f, `waived[${i}]`));
  }
  if (value.rules !== void 0) document.rules = parseRuleIds(value.rules);
  return document;
}
function parseFindingList(doc, key, required) {
  const list = doc[key];
  if (list === void 0 && required) fail(`the decision has no "${key}" list`);
  if (!Array.isArray(list)) fail(`"${key}" is ${describe(list)}, not an array (a Rego set becomes an array)`);
  return list;
}
function parseFinding(raw, where) {
  if (!isPlainObject(raw)) fail(`${where} is ${describe(raw)}, not a finding object`);
  const finding = {
    rule: requiredString(raw, "rule", where),
    message: requiredString(raw, "message", where)
  };
  const file = optional(raw, "file");
  if (file !== void 0) {
    if (typeof file !== "string" || file === "") fail(`${where}.file is ${describe(file)}, not a non-empty path string`);
    finding.file = file;
  }
  const line = optional(raw, "line");
  if (line !== void 0) {
    if (!Number.isInteger(line) || line < 1) fail(`${where}.line is ${describe(line)}, not a positive integer`);
    finding.line = line;
  }
  const remediation = optional(raw, "remediation");
  if (remediation !== void 0) {
    if (typeof remediation !== "string") fail(`${where}.remediation is ${describe(remediation)}, not a string`);
    finding.remediation = remediation;
  }
  if (raw.evidence !== void 0) finding.evidence = raw.evidence;
  return finding;
}
function parseWaivedFinding(raw, where) {
  const finding = parseFinding(raw, where);
  const waiver = raw.waiver;
  if (!isPlainObject(waiver)) fail(`${where}.waiver is ${describe(waiver)}, not an object {by, reason, review_id?}`);
  const parsed = {
    by: requiredString(waiver, "by", `${where}.waiver`),
    reason: requiredString(waiver, "reason", `${where}.waiver`)
  };
  const reviewId = optional(waiver, "review_id");
  if (reviewId !== void 0) {
    if (!Number.isInteger(reviewId)) fail(`${where}.waiver.review_id is ${describe(reviewId)}, not an integer`);
    parsed.review_id = reviewId;
  }
  return { ...finding, waiver: parsed };
}
function parseRuleIds(raw) {
  if (!Array.isArray(raw)) fail(`"rules" is ${describe(raw)}, not an array of rule ids`);
  return raw.map((id, i) => {
    if (typeof id !== "string" || id === "") fail(`rules[${i}] is ${describe(id)}, not a rule id string`);
    return id;
  });
}
function requiredString(obj, key, where) {
  const value = obj[key];
  if (typeof value !== "string" || value.trim() === "") {
    fail(`${where}.${key} is ${describe(value)}, expected a non-empty string`);
  }
  return value;
}
function optional(obj, key) {
  const value = obj[key];
  return value === null ? void 0 : value;
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describe(value) {
  if (value === void 0) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  const text = JSON.stringify(value);
  return `${typeof value} ${text.length > 60 ? text.slice(0, 57) + "..." : text}`;
}
function fail(message) {
  throw new GateError("decision_invalid", `Policy decision has the wrong shape: ${message}.`, CONTRACT_HINT);
}

// action/src/decide/index.ts
var LEVEL_ORDER = ["deny", "warn", "waived"];
var SEVERITY_ORDER = ["critical", "high", "medium", "low", "info"];
function decide(params) {
  const { value, entrypoint, catalog } = params;
  if (catalog.size === 0) {
    throw new GateError("vacuous", "The rule catalog is empty: no rules are loaded, so nothing would be checked.", "Point the gate at a rules/ directory with at least one rule entry (--rules).");
  }
  if (value === void 0) {
    throw new GateError(
      "decision_invalid",
      `The policy entrypoint ${entrypoint} is undefined: no policy produced a decision.`,
      undefinedEntrypointHint(entrypoint)
    );
  }
  const document = parseDecisionDocument(value, entrypoint);
  checkNoConflicts(document);
  const findings = orderFindings(enrichFindings(document, catalog));
  return {
    schema: DECISION_SCHEMA,
    verdict: verdictOf(findings),
    counts: countLevels(findings),
    findings,
    evaluated_rules: withoutDisabled(evaluatedRules(document, catalog), params.input),
    input_digest: inputDigest(params.input),
    policy: policyRecord(params.policy, entrypoint),
    timings_ms: params.timings,
    error: null,
    fail_open: params.failOpen,
    change: changeRecord(params.input)
  };
}
function undefinedEntrypointHint(entrypoint) {
  const segments = entrypoint.split("/");
  const asPackage = `a package "${segments.join(".")}" whose rules make up the document`;
  const asRule = segments.length > 1 ? `a rule "${segments.at(-1)}" in package "${segments.slice(0, -1).join(".")}", or ` : "";
  return `Check that the policies define ${asRule}${asPackage}, that its rules are defined for this input, or pass the right --entrypoint.`;
}
function errorDecision(params) {
  const policy = params.policy ? policyRecord(params.policy, params.entrypoint) : { kind: "unknown", source: params.policySource, revision: null, digest: "", entrypoint: params.entrypoint };
  return {
    schema: DECISION_SCHEMA,
    verdict: params.failOpen ? "neutral" : "error",
    counts: { deny: 0, warn: 0, waived: 0 },
    findings: [],
    evaluated_rules: [],
    input_digest: params.input ? inputDigest(params.input) : "",
    policy,
    timings_ms: params.timings,
    error: errorRecord(params.error),
    fail_open: params.failOpen,
    change: changeRecord(params.input)
  };
}
function enrichFindings(document, catalog) {
  const levelled = [
    ...document.deny.map((f) => ["deny", f]),
    ...document.warn.map((f) => ["warn", f]),
    ...(document.waived ?? []).map((f) => ["waived", f])
  ];
  const unknown = [...new Set(levelled.map(([, f]) => f.rule).filter((id) => !catalog.has(id)))].sort();
  if (unknown.length > 0) {
    throw new GateError(
      "vacuous",
      `Findings use rule ids with no entry in the rule catalog: ${unknown.join(", ")}.`,
      "Every rule a policy emits must be documented: add a catalog entry (id, title, severity, category, why, remediation, docs) under rules/, or fix the id in the policy."
    );
  }
  return levelled.map(([level, finding]) => enrichOne(level, finding, catalog.get(finding.rule)));
}
function enrichOne(level, finding, rule) {
  const enriched = {
    level,
    rule: finding.rule,
    title: rule.title,
    severity: rule.severity,
    category: rule.category,
    message: finding.message,
    remediation: finding.remediation ?? rule.remediation,
    docs: rule.docs ?? null
  };
  if (finding.file !== void 0) enriched.file = finding.file;
  if (finding.line !== void 0) enriched.line = finding.line;
  if (finding.evidence !== void 0) enriched.evidence = finding.evidence;
  if (finding.waiver !== void 0) enriched.waiver = finding.waiver;
  return enriched;
}
function orderFindings(findings) {
  return [...findings].sort(
    (a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || compareOptionalFile(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareText(a.rule, b.rule) || compareText(a.message, b.message)
  );
}
function verdictOf(findings) {
  return findings.some((f) => f.level === "deny") ? "failure" : "success";
}
function evaluatedRules(document, catalog) {
  if (document.rules === void 0) return [...catalog.keys()].sort();
  const declared = new Set(document.rules);
  if (declared.size === 0) {
    throw new GateError("vacuous", 'The policy pack declares no rules ("rules" is empty): nothing was evaluated.', "Load a policy pack that defines deny/warn rules.");
  }
  const undocumented = [...declared].filter((id) => !catalog.has(id)).sort();
  if (undocumented.length > 0) {
    throw new GateError("vacuous", `The policy pack declares rules with no catalog entry: ${undocumented.join(", ")}.`, "Add an entry for each under rules/.");
  }
  const undefinedInPolicy = [...catalog.keys()].filter((id) => !declared.has(id)).sort();
  if (undefinedInPolicy.length > 0) {
    throw new GateError(
      "vacuous",
      `The rule catalog lists rules that no policy defines: ${undefinedInPolicy.join(", ")}.`,
      "Remove the catalog entries, load the policies that define them, or point --rules at the catalog that belongs to these policies."
    );
  }
  const allFindings = [...document.deny, ...document.warn, ...document.waived ?? []];
  const undeclared = [...new Set(allFindings.map((f) => f.rule).filter((id) => !declared.has(id)))].sort();
  if (undeclared.length > 0) {
    throw new GateError("decision_invalid", `Findings use rule ids the pack does not declare in "rules": ${undeclared.join(", ")}.`, "Add them to the rules the pack declares.");
  }
  return [...declared].sort();
}
function withoutDisabled(ruleIds, input) {
  const enabled = ruleIds.filter((id) => input.config.rules[id]?.enabled !== false);
  if (enabled.length === 0) {
    throw new GateError(
      "vacuous",
      "Every rule is disabled by the configuration (rules.<id>.enabled: false): nothing would be checked.",
      "Enable at least one rule in paved.yml, or remove the gate from this repository on purpose rather than passing everything."
    );
  }
  return enabled;
}
function checkNoConflicts(document) {
  const seen = /* @__PURE__ */ new Map();
  const lists = [
    ["deny", document.deny],
    ["warn", document.warn],
    ["waived", document.waived ?? []]
  ];
  for (const [level, list] of lists) {
    for (const finding of list) {
      const key = JSON.stringify([finding.rule, finding.file ?? null, finding.line ?? null, finding.message]);
      const other = seen.get(key);
      if (other !== void 0 && other !== level) {
        const where = finding.file ? ` at ${finding.file}${finding.line ? ":" + finding.line : ""}` : "";
        throw new GateError(
          "decision_invalid",
          `Conflicting decision: the same ${finding.rule} finding${where} is both in "${other}" and "${level}".`,
          "A finding belongs to exactly one of deny, warn and waived; fix the policy so a waived finding is removed from deny."
        );
      }
      seen.set(key, level);
    }
  }
}
function countLevels(findings) {
  const counts = { deny: 0, warn: 0, waived: 0 };
  for (const f of findings) counts[f.level]++;
  return counts;
}
function inputDigest(input) {
  return canonicalDigest(input);
}
function policyRecord(policy, entrypoint) {
  return { kind: policy.kind, source: policy.source, revision: policy.revision, digest: policy.digest, entrypoint };
}
function changeRecord(input) {
  if (!input) return { repository: null, number: null, head_sha: "", title: "" };
  return {
    repository: input.repository.full_name,
    number: input.change.number,
    head_sha: input.change.head.sha,
    title: input.change.title
  };
}
function errorRecord(error) {
  if (error instanceof GateError) {
    return {
      code: error.code,
      message: error.message,
      ...error.hint !== void 0 ? { hint: error.hint } : {},
      ...error.location !== void 0 ? { location: { ...error.location } } : {}
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    code: "internal_error",
    message: `Unexpected error: ${message}`,
    hint: "This is a bug in Paved, not in your change. Re-run with the same input and report it with the decision JSON."
  };
}
function compareOptionalFile(a, b) {
  if (a === b) return 0;
  if (a === void 0) return 1;
  if (b === void 0) return -1;
  return compareText(a, b);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  LEVEL_ORDER,
  SEVERITY_ORDER,
  decide,
  errorDecision,
  enrichFindings,
  orderFindings,
  verdictOf,
  evaluatedRules,
  inputDigest,
  errorRecord
};
