import { createRequire as __pavedCreateRequire } from 'node:module';
import { fileURLToPath as __pavedFileURLToPath } from 'node:url';
import { dirname as __pavedDirname } from 'node:path';
const require = __pavedCreateRequire(import.meta.url);
const __filename = __pavedFileURLToPath(import.meta.url);
const __dirname = __pavedDirname(__filename);
import {
  LEVEL_ORDER,
  SEVERITY_ORDER,
  decide,
  enrichFindings,
  errorDecision,
  errorRecord,
  evaluatedRules,
  inputDigest,
  orderFindings,
  verdictOf
} from "./chunk-HKV4BPA4.js";
import "./chunk-W27JFYQR.js";
import "./chunk-5Y6OTLYI.js";
export {
  LEVEL_ORDER,
  SEVERITY_ORDER,
  decide,
  enrichFindings,
  errorDecision,
  errorRecord,
  evaluatedRules,
  inputDigest,
  orderFindings,
  verdictOf
};
