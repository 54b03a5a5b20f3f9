import { createRequire as __pavedCreateRequire } from 'node:module';
import { fileURLToPath as __pavedFileURLToPath } from 'node:url';
import { dirname as __pavedDirname } from 'node:path';
const require = __pavedCreateRequire(import.meta.url);
const __filename = __pavedFileURLToPath(import.meta.url);
const __dirname = __pavedDirname(__filename);
import {
  require_dist
} from "./chunk-74H2O6JR.js";
import {
  GateError,
  __toESM
} from "./chunk-5Y6OTLYI.js";

// action/src/wasm/signatures.ts
var import_yaml = __toESM(require_dist(), 1);
import { X509Certificate, createHash, createHmac, createPublicKey, timingSafeEqual, verify } from "node:crypto";
import { basename } from "node:path";

// action/src/wasm/canonical-json.ts
var CanonicalJsonError = class extends Error {
  name = "CanonicalJsonError";
};
function canonicalJsonText(text) {
  const parser = new JsonParser(text);
  const node = parser.parseDocument();
  return render(node);
}
function canonicalValueText(value) {
  return render(fromValue(value));
}
function fromValue(value) {
  if (value === null || typeof value === "boolean" || typeof value === "number") return { kind: "literal", text: JSON.stringify(value) };
  if (typeof value === "string") return { kind: "string", value };
  if (Array.isArray(value)) return { kind: "array", items: value.map(fromValue) };
  if (typeof value === "object") return { kind: "object", entries: new Map(Object.entries(value).map(([k, v]) => [k, fromValue(v)])) };
  throw new CanonicalJsonError(`cannot hash a ${typeof value} value`);
}
function compareBytes(a, b) {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}
function render(node) {
  switch (node.kind) {
    case "literal":
      return node.text;
    case "string":
      return goString(node.value);
    case "array":
      return "[" + node.items.map(render).join(",") + "]";
    case "object": {
      const keys = [...node.entries.keys()].sort(compareBytes);
      return "{" + keys.map((k) => goString(k) + ":" + render(node.entries.get(k))).join(",") + "}";
    }
  }
}
var SHORT_ESCAPES = { '"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "	": "\\t" };
function goString(s) {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0);
    if (SHORT_ESCAPES[ch] !== void 0) out += SHORT_ESCAPES[ch];
    else if (code < 32 || code === 8232 || code === 8233) out += "\\u" + code.toString(16).padStart(4, "0");
    else if (code >= 55296 && code <= 57343) out += "\\ufffd";
    else out += ch;
  }
  return out + '"';
}
var LITERAL = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
var JsonParser = class {
  constructor(text) {
    this.text = text;
  }
  text;
  pos = 0;
  parseDocument() {
    const node = this.parseValue();
    this.skipWhitespace();
    if (this.pos !== this.text.length) this.fail("unexpected text after the JSON value");
    return node;
  }
  fail(message) {
    throw new CanonicalJsonError(`${message} at offset ${this.pos}`);
  }
  skipWhitespace() {
    while (this.pos < this.text.length && " 	\n\r".includes(this.text[this.pos])) this.pos++;
  }
  parseValue() {
    this.skipWhitespace();
    const ch = this.text[this.pos];
    if (ch === "{") return this.parseObject();
    if (ch === "[") return this.parseArray();
    if (ch === '"') return { kind: "string", value: this.parseString() };
    LITERAL.lastIndex = this.pos;
    const literal = LITERAL.exec(this.text);
    if (!literal) this.fail("expected a JSON value");
    this.pos += literal[0].length;
    return { kind: "literal", text: literal[0] };
  }
  parseObject() {
    const entries = /* @__PURE__ */ new Map();
    this.pos++;
    this.skipWhitespace();
    if (this.text[this.pos] === "}") {
      this.pos++;
      return { kind: "object", entries };
    }
    for (; ; ) {
      this.skipWhitespace();
      if (this.text[this.pos] !== '"') this.fail("expected an object key");
      const key = this.parseString();
      this.skipWhitespace();
      if (this.text[this.pos++] !== ":") this.fail('expected ":"');
      entries.set(key, this.parseValue());
      this.skipWhitespace();
      const sep = this.text[this.pos++];
      if (sep === "}") return { kind: "object", entries };
      if (sep !== ",") this.fail('expected "," or "}"');
    }
  }
  parseArray() {
    const items = [];
    this.pos++;
    this.skipWhitespace();
    if (this.text[this.pos] === "]") {
      this.pos++;
      return { kind: "array", items };
    }
    for (; ; ) {
      items.push(this.parseValue());
      this.skipWhitespace();
      const sep = this.text[this.pos++];
      if (sep === "]") return { kind: "array", items };
      if (sep !== ",") this.fail('expected "," or "]"');
    }
  }
  parseString() {
    STRING.lastIndex = this.pos;
    const match = STRING.exec(this.text);
    if (!match) this.fail("bad string");
    this.pos += match[0].length;
    return JSON.parse(match[0]);
  }
};

// action/src/wasm/signatures.ts
var SIGNATURES_FILE = ".signatures.json";
var STRUCTURED_FILES = /* @__PURE__ */ new Set(["data.json", "data.yaml", ".manifest"]);
var HASHES = {
  "SHA-224": "sha224",
  "SHA-256": "sha256",
  "SHA-384": "sha384",
  "SHA-512": "sha512",
  "SHA-512-224": "sha512-224",
  "SHA-512-256": "sha512-256"
};
var SignatureError = class extends Error {
  name = "SignatureError";
};
function verifyBundleSignatures(files, key) {
  const signaturesFile = files.get(SIGNATURES_FILE);
  if (!signaturesFile) throw new SignatureError(`the bundle is not signed (no ${SIGNATURES_FILE}) but a verification key is configured`);
  const token = singleToken(signaturesFile);
  const payload = verifyJwt(token, key);
  checkScope(payload, key.scope ?? "");
  checkFiles(files, signedFiles(payload));
}
function singleToken(bytes) {
  let doc;
  try {
    doc = JSON.parse(Buffer.from(bytes).toString("utf8"));
  } catch {
    throw new SignatureError(`${SIGNATURES_FILE} is not valid JSON`);
  }
  const signatures = doc?.signatures;
  if (!Array.isArray(signatures) || signatures.length === 0) throw new SignatureError(`${SIGNATURES_FILE}: missing JWT (expected exactly one)`);
  if (signatures.length > 1) throw new SignatureError(`${SIGNATURES_FILE}: multiple JWTs are not supported (expected exactly one)`);
  if (typeof signatures[0] !== "string") throw new SignatureError(`${SIGNATURES_FILE}: the signature must be a JWT string`);
  return signatures[0];
}
function decodeJsonPart(part, what) {
  try {
    const value = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return value;
  } catch {
  }
  throw new SignatureError(`the JWT ${what} is not a base64url JSON object`);
}
function verifyJwt(token, key) {
  const parts = token.split(".");
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p))) throw new SignatureError("the signature is not a compact JWT (header.payload.signature)");
  const [headerPart, payloadPart, signaturePart] = parts;
  const header = decodeJsonPart(headerPart, "header");
  if (header.alg !== key.alg) {
    throw new SignatureError(`the JWT is signed with ${JSON.stringify(header.alg)} but the verification key is ${key.alg}`);
  }
  const signingInput = Buffer.from(`${headerPart}.${payloadPart}`, "ascii");
  const signature = Buffer.from(signaturePart, "base64url");
  if (!signatureMatches(key, signingInput, signature)) throw new SignatureError("the JWT signature does not verify with the configured key");
  return decodeJsonPart(payloadPart, "payload");
}
function signatureMatches(key, input, signature) {
  switch (key.alg) {
    case "HS256": {
      const expected = createHmac("sha256", key.key).update(input).digest();
      return expected.length === signature.length && timingSafeEqual(expected, signature);
    }
    case "RS256":
      return verify("sha256", input, publicKey(key, "rsa"), signature);
    case "ES256":
      return signature.length === 64 && verify("sha256", input, { key: publicKey(key, "ec"), dsaEncoding: "ieee-p1363" }, signature);
  }
}
function publicKey(key, type) {
  let object;
  try {
    object = key.key.includes("BEGIN CERTIFICATE") ? new X509Certificate(key.key).publicKey : createPublicKey(key.key);
  } catch (err) {
    throw new SignatureError(`the ${key.alg} verification key is not a PEM public key or certificate: ${err.message}`);
  }
  if (object.asymmetricKeyType !== type) throw new SignatureError(`${key.alg} needs an ${type.toUpperCase()} key, got ${object.asymmetricKeyType ?? "an unknown key type"}`);
  if (type === "ec" && object.asymmetricKeyDetails?.namedCurve !== "prime256v1") {
    throw new SignatureError(`ES256 needs a P-256 key, got curve ${object.asymmetricKeyDetails?.namedCurve ?? "unknown"}`);
  }
  return object;
}
var ALGORITHMS = ["RS256", "ES256", "HS256"];
function parseVerificationKey(options) {
  const alg = options.alg.trim().toUpperCase();
  if (!ALGORITHMS.includes(alg)) {
    throw new GateError("usage", `unsupported bundle signing algorithm ${JSON.stringify(options.alg)}`, `Use one of ${ALGORITHMS.join(", ")} (the --signing-alg given to opa build / opa sign).`);
  }
  if (options.key.trim() === "") throw new GateError("usage", "the bundle verification key is empty", "Pass the PEM public key (RS256, ES256) or the shared secret (HS256).");
  const key = { alg, key: options.key, ...options.keyId ? { keyId: options.keyId } : {}, ...options.scope ? { scope: options.scope } : {} };
  if (key.alg !== "HS256") {
    try {
      publicKey(key, key.alg === "RS256" ? "rsa" : "ec");
    } catch (err) {
      throw new GateError("usage", `the bundle verification key is unusable: ${err.message}`, "Pass the public key PEM (-----BEGIN PUBLIC KEY-----) or a certificate matching the signing key.");
    }
  }
  return key;
}
function checkScope(payload, expected) {
  const scope = payload.scope ?? "";
  if (scope !== expected) throw new SignatureError(`scope mismatch: the bundle is signed for ${JSON.stringify(scope)}, the key expects ${JSON.stringify(expected)}`);
}
function signedFiles(payload) {
  const list = payload.files;
  if (!Array.isArray(list)) throw new SignatureError("the JWT payload has no files list");
  const files = /* @__PURE__ */ new Map();
  for (const item of list) {
    const f = item;
    if (typeof f?.name !== "string" || typeof f.hash !== "string" || typeof f.algorithm !== "string") {
      throw new SignatureError("each signed file needs a string name, hash and algorithm");
    }
    files.set(f.name.replace(/^\/+/, ""), { name: f.name, hash: f.hash, algorithm: f.algorithm });
  }
  return files;
}
function checkFiles(files, signed) {
  const unlisted = [];
  for (const [path, bytes] of files) {
    if (path === SIGNATURES_FILE) continue;
    const entry = signed.get(path);
    if (!entry) {
      unlisted.push(path);
      continue;
    }
    const actual = fileHash(path, bytes, entry.algorithm);
    if (actual !== entry.hash.toLowerCase()) throw new SignatureError(`${path}: digest mismatch (signed ${entry.hash}, found ${actual}): the file was changed after signing`);
  }
  if (unlisted.length > 0) throw new SignatureError(`file(s) not covered by the signature: ${unlisted.sort().join(", ")}`);
  const missing = [...signed.keys()].filter((name) => !files.has(name));
  if (missing.length > 0) throw new SignatureError(`file(s) listed in the signature but missing from the bundle: ${missing.sort().join(", ")}`);
}
function fileHash(path, bytes, algorithm) {
  const nodeAlgorithm = HASHES[algorithm];
  if (!nodeAlgorithm) throw new SignatureError(`${path}: unsupported hashing algorithm ${JSON.stringify(algorithm)} (use one of ${Object.keys(HASHES).join(", ")})`);
  const hash = createHash(nodeAlgorithm);
  if (!STRUCTURED_FILES.has(basename(path))) return hash.update(bytes).digest("hex");
  const text = Buffer.from(bytes).toString("utf8");
  try {
    return hash.update(basename(path) === "data.yaml" ? canonicalValueText((0, import_yaml.parse)(text)) : canonicalJsonText(text)).digest("hex");
  } catch (err) {
    throw new SignatureError(`${path}: cannot be parsed for hashing: ${err.message}`);
  }
}

export {
  verifyBundleSignatures,
  parseVerificationKey
};
