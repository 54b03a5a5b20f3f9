import { createRequire as __pavedCreateRequire } from 'node:module';
import { fileURLToPath as __pavedFileURLToPath } from 'node:url';
import { dirname as __pavedDirname } from 'node:path';
const require = __pavedCreateRequire(import.meta.url);
const __filename = __pavedFileURLToPath(import.meta.url);
const __dirname = __pavedDirname(__filename);

// action/src/collect/diff.ts
var HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function parsePatch(patch) {
  const result = { added_lines: [], additions: 0, deletions: 0, binary: false };
  let oldLeft = 0;
  let newLeft = 0;
  let newLine = 0;
  for (const raw of patch.split("\n")) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (oldLeft > 0 || newLeft > 0) {
      const marker = line[0];
      if (marker === "+") {
        result.added_lines.push({ line: newLine, text: line.slice(1) });
        result.additions++;
        newLine++;
        newLeft--;
      } else if (marker === "-") {
        result.deletions++;
        oldLeft--;
      } else if (marker === "\\") {
      } else {
        newLine++;
        oldLeft--;
        newLeft--;
      }
      continue;
    }
    const hunk = HUNK_HEADER.exec(line);
    if (hunk) {
      oldLeft = hunk[2] === void 0 ? 1 : Number(hunk[2]);
      newLeft = hunk[4] === void 0 ? 1 : Number(hunk[4]);
      newLine = Number(hunk[3]);
    } else if (line.startsWith("Binary files ") || line === "GIT binary patch") {
      result.binary = true;
    }
  }
  return result;
}
function splitGitDiff(text) {
  const sections = [];
  let start = -1;
  let pos = 0;
  while (pos <= text.length) {
    const isHeader = text.startsWith("diff --git ", pos);
    if (isHeader) {
      if (start >= 0) sections.push(text.slice(start, pos));
      start = pos;
    }
    const next = text.indexOf("\n", pos);
    if (next < 0) break;
    pos = next + 1;
  }
  if (start >= 0) sections.push(text.slice(start));
  return sections;
}
function hunksOnly(section) {
  const first = section.startsWith("@@") ? 0 : section.indexOf("\n@@");
  if (first < 0) return "";
  const hunks = section.slice(first === 0 ? 0 : first + 1);
  return hunks.endsWith("\n") ? hunks.slice(0, -1) : hunks;
}

export {
  parsePatch,
  splitGitDiff,
  hunksOnly
};
