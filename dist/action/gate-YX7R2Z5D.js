import { createRequire as __pavedCreateRequire } from 'node:module';
import { fileURLToPath as __pavedFileURLToPath } from 'node:url';
import { dirname as __pavedDirname } from 'node:path';
const require = __pavedCreateRequire(import.meta.url);
const __filename = __pavedFileURLToPath(import.meta.url);
const __dirname = __pavedDirname(__filename);
import {
  verifyBundleSignatures
} from "./chunk-SILS2HMV.js";
import {
  decide,
  errorDecision
} from "./chunk-HKV4BPA4.js";
import "./chunk-W27JFYQR.js";
import {
  require_ajv,
  require_dist as require_dist2,
  validateInput
} from "./chunk-24QQ7KHJ.js";
import {
  require_dist
} from "./chunk-74H2O6JR.js";
import {
  GateError,
  __commonJS,
  __toESM
} from "./chunk-5Y6OTLYI.js";

// node_modules/@open-policy-agent/opa-wasm/src/builtins/json.js
var require_json = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/json.js"(exports, module) {
    function isValidJSON2(str) {
      if (typeof str !== "string") {
        return;
      }
      try {
        JSON.parse(str);
        return true;
      } catch (err) {
        if (err instanceof SyntaxError) {
          return false;
        }
        throw err;
      }
    }
    module.exports = {
      "json.is_valid": isValidJSON2
    };
  }
});

// node_modules/sprintf-js/src/sprintf.js
var require_sprintf = __commonJS({
  "node_modules/sprintf-js/src/sprintf.js"(exports) {
    !(function() {
      "use strict";
      var re2 = {
        not_string: /[^s]/,
        not_bool: /[^t]/,
        not_type: /[^T]/,
        not_primitive: /[^v]/,
        number: /[diefg]/,
        numeric_arg: /[bcdiefguxX]/,
        json: /[j]/,
        not_json: /[^j]/,
        text: /^[^\x25]+/,
        modulo: /^\x25{2}/,
        placeholder: /^\x25(?:([1-9]\d*)\$|\(([^)]+)\))?(\+)?(0|'[^$])?(-)?(\d+)?(?:\.(\d+))?([b-gijostTuvxX])/,
        key: /^([a-z_][a-z_\d]*)/i,
        key_access: /^\.([a-z_][a-z_\d]*)/i,
        index_access: /^\[(\d+)\]/,
        sign: /^[+-]/
      };
      function sprintf2(key) {
        return sprintf_format(sprintf_parse(key), arguments);
      }
      function vsprintf(fmt, argv) {
        return sprintf2.apply(null, [fmt].concat(argv || []));
      }
      function sprintf_format(parse_tree, argv) {
        var cursor = 1, tree_length = parse_tree.length, arg, output = "", i, k2, ph, pad3, pad_character, pad_length, is_positive, sign2;
        for (i = 0; i < tree_length; i++) {
          if (typeof parse_tree[i] === "string") {
            output += parse_tree[i];
          } else if (typeof parse_tree[i] === "object") {
            ph = parse_tree[i];
            if (ph.keys) {
              arg = argv[cursor];
              for (k2 = 0; k2 < ph.keys.length; k2++) {
                if (arg == void 0) {
                  throw new Error(sprintf2('[sprintf] Cannot access property "%s" of undefined value "%s"', ph.keys[k2], ph.keys[k2 - 1]));
                }
                arg = arg[ph.keys[k2]];
              }
            } else if (ph.param_no) {
              arg = argv[ph.param_no];
            } else {
              arg = argv[cursor++];
            }
            if (re2.not_type.test(ph.type) && re2.not_primitive.test(ph.type) && arg instanceof Function) {
              arg = arg();
            }
            if (re2.numeric_arg.test(ph.type) && (typeof arg !== "number" && isNaN(arg))) {
              throw new TypeError(sprintf2("[sprintf] expecting number but found %T", arg));
            }
            if (re2.number.test(ph.type)) {
              is_positive = arg >= 0;
            }
            switch (ph.type) {
              case "b":
                arg = parseInt(arg, 10).toString(2);
                break;
              case "c":
                arg = String.fromCharCode(parseInt(arg, 10));
                break;
              case "d":
              case "i":
                arg = parseInt(arg, 10);
                break;
              case "j":
                arg = JSON.stringify(arg, null, ph.width ? parseInt(ph.width) : 0);
                break;
              case "e":
                arg = ph.precision ? parseFloat(arg).toExponential(ph.precision) : parseFloat(arg).toExponential();
                break;
              case "f":
                arg = ph.precision ? parseFloat(arg).toFixed(ph.precision) : parseFloat(arg);
                break;
              case "g":
                arg = ph.precision ? String(Number(arg.toPrecision(ph.precision))) : parseFloat(arg);
                break;
              case "o":
                arg = (parseInt(arg, 10) >>> 0).toString(8);
                break;
              case "s":
                arg = String(arg);
                arg = ph.precision ? arg.substring(0, ph.precision) : arg;
                break;
              case "t":
                arg = String(!!arg);
                arg = ph.precision ? arg.substring(0, ph.precision) : arg;
                break;
              case "T":
                arg = Object.prototype.toString.call(arg).slice(8, -1).toLowerCase();
                arg = ph.precision ? arg.substring(0, ph.precision) : arg;
                break;
              case "u":
                arg = parseInt(arg, 10) >>> 0;
                break;
              case "v":
                arg = arg.valueOf();
                arg = ph.precision ? arg.substring(0, ph.precision) : arg;
                break;
              case "x":
                arg = (parseInt(arg, 10) >>> 0).toString(16);
                break;
              case "X":
                arg = (parseInt(arg, 10) >>> 0).toString(16).toUpperCase();
                break;
            }
            if (re2.json.test(ph.type)) {
              output += arg;
            } else {
              if (re2.number.test(ph.type) && (!is_positive || ph.sign)) {
                sign2 = is_positive ? "+" : "-";
                arg = arg.toString().replace(re2.sign, "");
              } else {
                sign2 = "";
              }
              pad_character = ph.pad_char ? ph.pad_char === "0" ? "0" : ph.pad_char.charAt(1) : " ";
              pad_length = ph.width - (sign2 + arg).length;
              pad3 = ph.width ? pad_length > 0 ? pad_character.repeat(pad_length) : "" : "";
              output += ph.align ? sign2 + arg + pad3 : pad_character === "0" ? sign2 + pad3 + arg : pad3 + sign2 + arg;
            }
          }
        }
        return output;
      }
      var sprintf_cache = /* @__PURE__ */ Object.create(null);
      function sprintf_parse(fmt) {
        if (sprintf_cache[fmt]) {
          return sprintf_cache[fmt];
        }
        var _fmt = fmt, match, parse_tree = [], arg_names = 0;
        while (_fmt) {
          if ((match = re2.text.exec(_fmt)) !== null) {
            parse_tree.push(match[0]);
          } else if ((match = re2.modulo.exec(_fmt)) !== null) {
            parse_tree.push("%");
          } else if ((match = re2.placeholder.exec(_fmt)) !== null) {
            if (match[2]) {
              arg_names |= 1;
              var field_list = [], replacement_field = match[2], field_match = [];
              if ((field_match = re2.key.exec(replacement_field)) !== null) {
                field_list.push(field_match[1]);
                while ((replacement_field = replacement_field.substring(field_match[0].length)) !== "") {
                  if ((field_match = re2.key_access.exec(replacement_field)) !== null) {
                    field_list.push(field_match[1]);
                  } else if ((field_match = re2.index_access.exec(replacement_field)) !== null) {
                    field_list.push(field_match[1]);
                  } else {
                    throw new SyntaxError("[sprintf] failed to parse named argument key");
                  }
                }
              } else {
                throw new SyntaxError("[sprintf] failed to parse named argument key");
              }
              match[2] = field_list;
            } else {
              arg_names |= 2;
            }
            if (arg_names === 3) {
              throw new Error("[sprintf] mixing positional and named placeholders is not (yet) supported");
            }
            parse_tree.push(
              {
                placeholder: match[0],
                param_no: match[1],
                keys: match[2],
                sign: match[3],
                pad_char: match[4],
                align: match[5],
                width: match[6],
                precision: match[7],
                type: match[8]
              }
            );
          } else {
            throw new SyntaxError("[sprintf] unexpected placeholder");
          }
          _fmt = _fmt.substring(match[0].length);
        }
        return sprintf_cache[fmt] = parse_tree;
      }
      if (typeof exports !== "undefined") {
        exports["sprintf"] = sprintf2;
        exports["vsprintf"] = vsprintf;
      }
      if (typeof window !== "undefined") {
        window["sprintf"] = sprintf2;
        window["vsprintf"] = vsprintf;
        if (typeof define === "function" && define["amd"]) {
          define(function() {
            return {
              "sprintf": sprintf2,
              "vsprintf": vsprintf
            };
          });
        }
      }
    })();
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/strings.js
var require_strings = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/strings.js"(exports, module) {
    var vsprintf = require_sprintf().vsprintf;
    var sprintf2 = (s3, values) => vsprintf(s3, values);
    module.exports = { sprintf: sprintf2 };
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/regex.js
var require_regex = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/regex.js"(exports, module) {
    var regexSplit = (pattern, s3) => s3.split(RegExp(pattern));
    module.exports = { "regex.split": regexSplit };
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/PlainValue-516d5bc2.js
var require_PlainValue_516d5bc2 = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/PlainValue-516d5bc2.js"(exports) {
    "use strict";
    var Char = {
      ANCHOR: "&",
      COMMENT: "#",
      TAG: "!",
      DIRECTIVES_END: "-",
      DOCUMENT_END: "."
    };
    var Type = {
      ALIAS: "ALIAS",
      BLANK_LINE: "BLANK_LINE",
      BLOCK_FOLDED: "BLOCK_FOLDED",
      BLOCK_LITERAL: "BLOCK_LITERAL",
      COMMENT: "COMMENT",
      DIRECTIVE: "DIRECTIVE",
      DOCUMENT: "DOCUMENT",
      FLOW_MAP: "FLOW_MAP",
      FLOW_SEQ: "FLOW_SEQ",
      MAP: "MAP",
      MAP_KEY: "MAP_KEY",
      MAP_VALUE: "MAP_VALUE",
      PLAIN: "PLAIN",
      QUOTE_DOUBLE: "QUOTE_DOUBLE",
      QUOTE_SINGLE: "QUOTE_SINGLE",
      SEQ: "SEQ",
      SEQ_ITEM: "SEQ_ITEM"
    };
    var defaultTagPrefix = "tag:yaml.org,2002:";
    var defaultTags = {
      MAP: "tag:yaml.org,2002:map",
      SEQ: "tag:yaml.org,2002:seq",
      STR: "tag:yaml.org,2002:str"
    };
    function findLineStarts(src) {
      const ls2 = [0];
      let offset = src.indexOf("\n");
      while (offset !== -1) {
        offset += 1;
        ls2.push(offset);
        offset = src.indexOf("\n", offset);
      }
      return ls2;
    }
    function getSrcInfo(cst) {
      let lineStarts, src;
      if (typeof cst === "string") {
        lineStarts = findLineStarts(cst);
        src = cst;
      } else {
        if (Array.isArray(cst)) cst = cst[0];
        if (cst && cst.context) {
          if (!cst.lineStarts) cst.lineStarts = findLineStarts(cst.context.src);
          lineStarts = cst.lineStarts;
          src = cst.context.src;
        }
      }
      return {
        lineStarts,
        src
      };
    }
    function getLinePos(offset, cst) {
      if (typeof offset !== "number" || offset < 0) return null;
      const {
        lineStarts,
        src
      } = getSrcInfo(cst);
      if (!lineStarts || !src || offset > src.length) return null;
      for (let i = 0; i < lineStarts.length; ++i) {
        const start = lineStarts[i];
        if (offset < start) {
          return {
            line: i,
            col: offset - lineStarts[i - 1] + 1
          };
        }
        if (offset === start) return {
          line: i + 1,
          col: 1
        };
      }
      const line = lineStarts.length;
      return {
        line,
        col: offset - lineStarts[line - 1] + 1
      };
    }
    function getLine(line, cst) {
      const {
        lineStarts,
        src
      } = getSrcInfo(cst);
      if (!lineStarts || !(line >= 1) || line > lineStarts.length) return null;
      const start = lineStarts[line - 1];
      let end = lineStarts[line];
      while (end && end > start && src[end - 1] === "\n") --end;
      return src.slice(start, end);
    }
    function getPrettyContext({
      start,
      end
    }, cst, maxWidth = 80) {
      let src = getLine(start.line, cst);
      if (!src) return null;
      let {
        col
      } = start;
      if (src.length > maxWidth) {
        if (col <= maxWidth - 10) {
          src = src.substr(0, maxWidth - 1) + "…";
        } else {
          const halfWidth = Math.round(maxWidth / 2);
          if (src.length > col + halfWidth) src = src.substr(0, col + halfWidth - 1) + "…";
          col -= src.length - maxWidth;
          src = "…" + src.substr(1 - maxWidth);
        }
      }
      let errLen = 1;
      let errEnd = "";
      if (end) {
        if (end.line === start.line && col + (end.col - start.col) <= maxWidth + 1) {
          errLen = end.col - start.col;
        } else {
          errLen = Math.min(src.length + 1, maxWidth) - col;
          errEnd = "…";
        }
      }
      const offset = col > 1 ? " ".repeat(col - 1) : "";
      const err = "^".repeat(errLen);
      return `${src}
${offset}${err}${errEnd}`;
    }
    var Range = class _Range {
      static copy(orig) {
        return new _Range(orig.start, orig.end);
      }
      constructor(start, end) {
        this.start = start;
        this.end = end || start;
      }
      isEmpty() {
        return typeof this.start !== "number" || !this.end || this.end <= this.start;
      }
      /**
       * Set `origStart` and `origEnd` to point to the original source range for
       * this node, which may differ due to dropped CR characters.
       *
       * @param {number[]} cr - Positions of dropped CR characters
       * @param {number} offset - Starting index of `cr` from the last call
       * @returns {number} - The next offset, matching the one found for `origStart`
       */
      setOrigRange(cr2, offset) {
        const {
          start,
          end
        } = this;
        if (cr2.length === 0 || end <= cr2[0]) {
          this.origStart = start;
          this.origEnd = end;
          return offset;
        }
        let i = offset;
        while (i < cr2.length) {
          if (cr2[i] > start) break;
          else ++i;
        }
        this.origStart = start + i;
        const nextOffset = i;
        while (i < cr2.length) {
          if (cr2[i] >= end) break;
          else ++i;
        }
        this.origEnd = end + i;
        return nextOffset;
      }
    };
    var Node = class _Node {
      static addStringTerminator(src, offset, str) {
        if (str[str.length - 1] === "\n") return str;
        const next = _Node.endOfWhiteSpace(src, offset);
        return next >= src.length || src[next] === "\n" ? str + "\n" : str;
      }
      // ^(---|...)
      static atDocumentBoundary(src, offset, sep) {
        const ch0 = src[offset];
        if (!ch0) return true;
        const prev = src[offset - 1];
        if (prev && prev !== "\n") return false;
        if (sep) {
          if (ch0 !== sep) return false;
        } else {
          if (ch0 !== Char.DIRECTIVES_END && ch0 !== Char.DOCUMENT_END) return false;
        }
        const ch1 = src[offset + 1];
        const ch2 = src[offset + 2];
        if (ch1 !== ch0 || ch2 !== ch0) return false;
        const ch3 = src[offset + 3];
        return !ch3 || ch3 === "\n" || ch3 === "	" || ch3 === " ";
      }
      static endOfIdentifier(src, offset) {
        let ch = src[offset];
        const isVerbatim = ch === "<";
        const notOk = isVerbatim ? ["\n", "	", " ", ">"] : ["\n", "	", " ", "[", "]", "{", "}", ","];
        while (ch && notOk.indexOf(ch) === -1) ch = src[offset += 1];
        if (isVerbatim && ch === ">") offset += 1;
        return offset;
      }
      static endOfIndent(src, offset) {
        let ch = src[offset];
        while (ch === " ") ch = src[offset += 1];
        return offset;
      }
      static endOfLine(src, offset) {
        let ch = src[offset];
        while (ch && ch !== "\n") ch = src[offset += 1];
        return offset;
      }
      static endOfWhiteSpace(src, offset) {
        let ch = src[offset];
        while (ch === "	" || ch === " ") ch = src[offset += 1];
        return offset;
      }
      static startOfLine(src, offset) {
        let ch = src[offset - 1];
        if (ch === "\n") return offset;
        while (ch && ch !== "\n") ch = src[offset -= 1];
        return offset + 1;
      }
      /**
       * End of indentation, or null if the line's indent level is not more
       * than `indent`
       *
       * @param {string} src
       * @param {number} indent
       * @param {number} lineStart
       * @returns {?number}
       */
      static endOfBlockIndent(src, indent, lineStart) {
        const inEnd = _Node.endOfIndent(src, lineStart);
        if (inEnd > lineStart + indent) {
          return inEnd;
        } else {
          const wsEnd = _Node.endOfWhiteSpace(src, inEnd);
          const ch = src[wsEnd];
          if (!ch || ch === "\n") return wsEnd;
        }
        return null;
      }
      static atBlank(src, offset, endAsBlank) {
        const ch = src[offset];
        return ch === "\n" || ch === "	" || ch === " " || endAsBlank && !ch;
      }
      static nextNodeIsIndented(ch, indentDiff, indicatorAsIndent) {
        if (!ch || indentDiff < 0) return false;
        if (indentDiff > 0) return true;
        return indicatorAsIndent && ch === "-";
      }
      // should be at line or string end, or at next non-whitespace char
      static normalizeOffset(src, offset) {
        const ch = src[offset];
        return !ch ? offset : ch !== "\n" && src[offset - 1] === "\n" ? offset - 1 : _Node.endOfWhiteSpace(src, offset);
      }
      // fold single newline into space, multiple newlines to N - 1 newlines
      // presumes src[offset] === '\n'
      static foldNewline(src, offset, indent) {
        let inCount = 0;
        let error = false;
        let fold = "";
        let ch = src[offset + 1];
        while (ch === " " || ch === "	" || ch === "\n") {
          switch (ch) {
            case "\n":
              inCount = 0;
              offset += 1;
              fold += "\n";
              break;
            case "	":
              if (inCount <= indent) error = true;
              offset = _Node.endOfWhiteSpace(src, offset + 2) - 1;
              break;
            case " ":
              inCount += 1;
              offset += 1;
              break;
          }
          ch = src[offset + 1];
        }
        if (!fold) fold = " ";
        if (ch && inCount <= indent) error = true;
        return {
          fold,
          offset,
          error
        };
      }
      constructor(type, props, context) {
        Object.defineProperty(this, "context", {
          value: context || null,
          writable: true
        });
        this.error = null;
        this.range = null;
        this.valueRange = null;
        this.props = props || [];
        this.type = type;
        this.value = null;
      }
      getPropValue(idx, key, skipKey) {
        if (!this.context) return null;
        const {
          src
        } = this.context;
        const prop = this.props[idx];
        return prop && src[prop.start] === key ? src.slice(prop.start + (skipKey ? 1 : 0), prop.end) : null;
      }
      get anchor() {
        for (let i = 0; i < this.props.length; ++i) {
          const anchor = this.getPropValue(i, Char.ANCHOR, true);
          if (anchor != null) return anchor;
        }
        return null;
      }
      get comment() {
        const comments = [];
        for (let i = 0; i < this.props.length; ++i) {
          const comment = this.getPropValue(i, Char.COMMENT, true);
          if (comment != null) comments.push(comment);
        }
        return comments.length > 0 ? comments.join("\n") : null;
      }
      commentHasRequiredWhitespace(start) {
        const {
          src
        } = this.context;
        if (this.header && start === this.header.end) return false;
        if (!this.valueRange) return false;
        const {
          end
        } = this.valueRange;
        return start !== end || _Node.atBlank(src, end - 1);
      }
      get hasComment() {
        if (this.context) {
          const {
            src
          } = this.context;
          for (let i = 0; i < this.props.length; ++i) {
            if (src[this.props[i].start] === Char.COMMENT) return true;
          }
        }
        return false;
      }
      get hasProps() {
        if (this.context) {
          const {
            src
          } = this.context;
          for (let i = 0; i < this.props.length; ++i) {
            if (src[this.props[i].start] !== Char.COMMENT) return true;
          }
        }
        return false;
      }
      get includesTrailingLines() {
        return false;
      }
      get jsonLike() {
        const jsonLikeTypes = [Type.FLOW_MAP, Type.FLOW_SEQ, Type.QUOTE_DOUBLE, Type.QUOTE_SINGLE];
        return jsonLikeTypes.indexOf(this.type) !== -1;
      }
      get rangeAsLinePos() {
        if (!this.range || !this.context) return void 0;
        const start = getLinePos(this.range.start, this.context.root);
        if (!start) return void 0;
        const end = getLinePos(this.range.end, this.context.root);
        return {
          start,
          end
        };
      }
      get rawValue() {
        if (!this.valueRange || !this.context) return null;
        const {
          start,
          end
        } = this.valueRange;
        return this.context.src.slice(start, end);
      }
      get tag() {
        for (let i = 0; i < this.props.length; ++i) {
          const tag = this.getPropValue(i, Char.TAG, false);
          if (tag != null) {
            if (tag[1] === "<") {
              return {
                verbatim: tag.slice(2, -1)
              };
            } else {
              const [_2, handle, suffix] = tag.match(/^(.*!)([^!]*)$/);
              return {
                handle,
                suffix
              };
            }
          }
        }
        return null;
      }
      get valueRangeContainsNewline() {
        if (!this.valueRange || !this.context) return false;
        const {
          start,
          end
        } = this.valueRange;
        const {
          src
        } = this.context;
        for (let i = start; i < end; ++i) {
          if (src[i] === "\n") return true;
        }
        return false;
      }
      parseComment(start) {
        const {
          src
        } = this.context;
        if (src[start] === Char.COMMENT) {
          const end = _Node.endOfLine(src, start + 1);
          const commentRange = new Range(start, end);
          this.props.push(commentRange);
          return end;
        }
        return start;
      }
      /**
       * Populates the `origStart` and `origEnd` values of all ranges for this
       * node. Extended by child classes to handle descendant nodes.
       *
       * @param {number[]} cr - Positions of dropped CR characters
       * @param {number} offset - Starting index of `cr` from the last call
       * @returns {number} - The next offset, matching the one found for `origStart`
       */
      setOrigRanges(cr2, offset) {
        if (this.range) offset = this.range.setOrigRange(cr2, offset);
        if (this.valueRange) this.valueRange.setOrigRange(cr2, offset);
        this.props.forEach((prop) => prop.setOrigRange(cr2, offset));
        return offset;
      }
      toString() {
        const {
          context: {
            src
          },
          range: range3,
          value
        } = this;
        if (value != null) return value;
        const str = src.slice(range3.start, range3.end);
        return _Node.addStringTerminator(src, range3.end, str);
      }
    };
    var YAMLError = class extends Error {
      constructor(name, source, message) {
        if (!message || !(source instanceof Node)) throw new Error(`Invalid arguments for new ${name}`);
        super();
        this.name = name;
        this.message = message;
        this.source = source;
      }
      makePretty() {
        if (!this.source) return;
        this.nodeType = this.source.type;
        const cst = this.source.context && this.source.context.root;
        if (typeof this.offset === "number") {
          this.range = new Range(this.offset, this.offset + 1);
          const start = cst && getLinePos(this.offset, cst);
          if (start) {
            const end = {
              line: start.line,
              col: start.col + 1
            };
            this.linePos = {
              start,
              end
            };
          }
          delete this.offset;
        } else {
          this.range = this.source.range;
          this.linePos = this.source.rangeAsLinePos;
        }
        if (this.linePos) {
          const {
            line,
            col
          } = this.linePos.start;
          this.message += ` at line ${line}, column ${col}`;
          const ctx = cst && getPrettyContext(this.linePos, cst);
          if (ctx) this.message += `:

${ctx}
`;
        }
        delete this.source;
      }
    };
    var YAMLReferenceError = class extends YAMLError {
      constructor(source, message) {
        super("YAMLReferenceError", source, message);
      }
    };
    var YAMLSemanticError = class extends YAMLError {
      constructor(source, message) {
        super("YAMLSemanticError", source, message);
      }
    };
    var YAMLSyntaxError = class extends YAMLError {
      constructor(source, message) {
        super("YAMLSyntaxError", source, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(source, message) {
        super("YAMLWarning", source, message);
      }
    };
    function _defineProperty(e, r, t) {
      return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, {
        value: t,
        enumerable: true,
        configurable: true,
        writable: true
      }) : e[r] = t, e;
    }
    function _toPrimitive(t, r) {
      if ("object" != typeof t || !t) return t;
      var e = t[Symbol.toPrimitive];
      if (void 0 !== e) {
        var i = e.call(t, r || "default");
        if ("object" != typeof i) return i;
        throw new TypeError("@@toPrimitive must return a primitive value.");
      }
      return ("string" === r ? String : Number)(t);
    }
    function _toPropertyKey(t) {
      var i = _toPrimitive(t, "string");
      return "symbol" == typeof i ? i : i + "";
    }
    var PlainValue = class _PlainValue extends Node {
      static endOfLine(src, start, inFlow) {
        let ch = src[start];
        let offset = start;
        while (ch && ch !== "\n") {
          if (inFlow && (ch === "[" || ch === "]" || ch === "{" || ch === "}" || ch === ",")) break;
          const next = src[offset + 1];
          if (ch === ":" && (!next || next === "\n" || next === "	" || next === " " || inFlow && next === ",")) break;
          if ((ch === " " || ch === "	") && next === "#") break;
          offset += 1;
          ch = next;
        }
        return offset;
      }
      get strValue() {
        if (!this.valueRange || !this.context) return null;
        let {
          start,
          end
        } = this.valueRange;
        const {
          src
        } = this.context;
        let ch = src[end - 1];
        while (start < end && (ch === "\n" || ch === "	" || ch === " ")) ch = src[--end - 1];
        let str = "";
        for (let i = start; i < end; ++i) {
          const ch2 = src[i];
          if (ch2 === "\n") {
            const {
              fold,
              offset
            } = Node.foldNewline(src, i, -1);
            str += fold;
            i = offset;
          } else if (ch2 === " " || ch2 === "	") {
            const wsStart = i;
            let next = src[i + 1];
            while (i < end && (next === " " || next === "	")) {
              i += 1;
              next = src[i + 1];
            }
            if (next !== "\n") str += i > wsStart ? src.slice(wsStart, i + 1) : ch2;
          } else {
            str += ch2;
          }
        }
        const ch0 = src[start];
        switch (ch0) {
          case "	": {
            const msg = "Plain value cannot start with a tab character";
            const errors = [new YAMLSemanticError(this, msg)];
            return {
              errors,
              str
            };
          }
          case "@":
          case "`": {
            const msg = `Plain value cannot start with reserved character ${ch0}`;
            const errors = [new YAMLSemanticError(this, msg)];
            return {
              errors,
              str
            };
          }
          default:
            return str;
        }
      }
      parseBlockValue(start) {
        const {
          indent,
          inFlow,
          src
        } = this.context;
        let offset = start;
        let valueEnd = start;
        for (let ch = src[offset]; ch === "\n"; ch = src[offset]) {
          if (Node.atDocumentBoundary(src, offset + 1)) break;
          const end = Node.endOfBlockIndent(src, indent, offset + 1);
          if (end === null || src[end] === "#") break;
          if (src[end] === "\n") {
            offset = end;
          } else {
            valueEnd = _PlainValue.endOfLine(src, end, inFlow);
            offset = valueEnd;
          }
        }
        if (this.valueRange.isEmpty()) this.valueRange.start = start;
        this.valueRange.end = valueEnd;
        return valueEnd;
      }
      /**
       * Parses a plain value from the source
       *
       * Accepted forms are:
       * ```
       * #comment
       *
       * first line
       *
       * first line #comment
       *
       * first line
       * block
       * lines
       *
       * #comment
       * block
       * lines
       * ```
       * where block lines are empty or have an indent level greater than `indent`.
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this scalar, may be `\n`
       */
      parse(context, start) {
        this.context = context;
        const {
          inFlow,
          src
        } = context;
        let offset = start;
        const ch = src[offset];
        if (ch && ch !== "#" && ch !== "\n") {
          offset = _PlainValue.endOfLine(src, start, inFlow);
        }
        this.valueRange = new Range(start, offset);
        offset = Node.endOfWhiteSpace(src, offset);
        offset = this.parseComment(offset);
        if (!this.hasComment || this.valueRange.isEmpty()) {
          offset = this.parseBlockValue(offset);
        }
        return offset;
      }
    };
    exports.Char = Char;
    exports.Node = Node;
    exports.PlainValue = PlainValue;
    exports.Range = Range;
    exports.Type = Type;
    exports.YAMLError = YAMLError;
    exports.YAMLReferenceError = YAMLReferenceError;
    exports.YAMLSemanticError = YAMLSemanticError;
    exports.YAMLSyntaxError = YAMLSyntaxError;
    exports.YAMLWarning = YAMLWarning;
    exports._defineProperty = _defineProperty;
    exports.defaultTagPrefix = defaultTagPrefix;
    exports.defaultTags = defaultTags;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/parse-cst.js
var require_parse_cst = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/parse-cst.js"(exports) {
    "use strict";
    var PlainValue = require_PlainValue_516d5bc2();
    var BlankLine = class extends PlainValue.Node {
      constructor() {
        super(PlainValue.Type.BLANK_LINE);
      }
      /* istanbul ignore next */
      get includesTrailingLines() {
        return true;
      }
      /**
       * Parses a blank line from the source
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first \n character
       * @returns {number} - Index of the character after this
       */
      parse(context, start) {
        this.context = context;
        this.range = new PlainValue.Range(start, start + 1);
        return start + 1;
      }
    };
    var CollectionItem = class extends PlainValue.Node {
      constructor(type, props) {
        super(type, props);
        this.node = null;
      }
      get includesTrailingLines() {
        return !!this.node && this.node.includesTrailingLines;
      }
      /**
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this
       */
      parse(context, start) {
        this.context = context;
        const {
          parseNode,
          src
        } = context;
        let {
          atLineStart,
          lineStart
        } = context;
        if (!atLineStart && this.type === PlainValue.Type.SEQ_ITEM) this.error = new PlainValue.YAMLSemanticError(this, "Sequence items must not have preceding content on the same line");
        const indent = atLineStart ? start - lineStart : context.indent;
        let offset = PlainValue.Node.endOfWhiteSpace(src, start + 1);
        let ch = src[offset];
        const inlineComment = ch === "#";
        const comments = [];
        let blankLine = null;
        while (ch === "\n" || ch === "#") {
          if (ch === "#") {
            const end2 = PlainValue.Node.endOfLine(src, offset + 1);
            comments.push(new PlainValue.Range(offset, end2));
            offset = end2;
          } else {
            atLineStart = true;
            lineStart = offset + 1;
            const wsEnd = PlainValue.Node.endOfWhiteSpace(src, lineStart);
            if (src[wsEnd] === "\n" && comments.length === 0) {
              blankLine = new BlankLine();
              lineStart = blankLine.parse({
                src
              }, lineStart);
            }
            offset = PlainValue.Node.endOfIndent(src, lineStart);
          }
          ch = src[offset];
        }
        if (PlainValue.Node.nextNodeIsIndented(ch, offset - (lineStart + indent), this.type !== PlainValue.Type.SEQ_ITEM)) {
          this.node = parseNode({
            atLineStart,
            inCollection: false,
            indent,
            lineStart,
            parent: this
          }, offset);
        } else if (ch && lineStart > start + 1) {
          offset = lineStart - 1;
        }
        if (this.node) {
          if (blankLine) {
            const items = context.parent.items || context.parent.contents;
            if (items) items.push(blankLine);
          }
          if (comments.length) Array.prototype.push.apply(this.props, comments);
          offset = this.node.range.end;
        } else {
          if (inlineComment) {
            const c = comments[0];
            this.props.push(c);
            offset = c.end;
          } else {
            offset = PlainValue.Node.endOfLine(src, start + 1);
          }
        }
        const end = this.node ? this.node.valueRange.end : offset;
        this.valueRange = new PlainValue.Range(start, end);
        return offset;
      }
      setOrigRanges(cr2, offset) {
        offset = super.setOrigRanges(cr2, offset);
        return this.node ? this.node.setOrigRanges(cr2, offset) : offset;
      }
      toString() {
        const {
          context: {
            src
          },
          node,
          range: range3,
          value
        } = this;
        if (value != null) return value;
        const str = node ? src.slice(range3.start, node.range.start) + String(node) : src.slice(range3.start, range3.end);
        return PlainValue.Node.addStringTerminator(src, range3.end, str);
      }
    };
    var Comment = class extends PlainValue.Node {
      constructor() {
        super(PlainValue.Type.COMMENT);
      }
      /**
       * Parses a comment line from the source
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this scalar
       */
      parse(context, start) {
        this.context = context;
        const offset = this.parseComment(start);
        this.range = new PlainValue.Range(start, offset);
        return offset;
      }
    };
    function grabCollectionEndComments(node) {
      let cnode = node;
      while (cnode instanceof CollectionItem) cnode = cnode.node;
      if (!(cnode instanceof Collection)) return null;
      const len = cnode.items.length;
      let ci2 = -1;
      for (let i = len - 1; i >= 0; --i) {
        const n = cnode.items[i];
        if (n.type === PlainValue.Type.COMMENT) {
          const {
            indent,
            lineStart
          } = n.context;
          if (indent > 0 && n.range.start >= lineStart + indent) break;
          ci2 = i;
        } else if (n.type === PlainValue.Type.BLANK_LINE) ci2 = i;
        else break;
      }
      if (ci2 === -1) return null;
      const ca = cnode.items.splice(ci2, len - ci2);
      const prevEnd = ca[0].range.start;
      while (true) {
        cnode.range.end = prevEnd;
        if (cnode.valueRange && cnode.valueRange.end > prevEnd) cnode.valueRange.end = prevEnd;
        if (cnode === node) break;
        cnode = cnode.context.parent;
      }
      return ca;
    }
    var Collection = class _Collection extends PlainValue.Node {
      static nextContentHasIndent(src, offset, indent) {
        const lineStart = PlainValue.Node.endOfLine(src, offset) + 1;
        offset = PlainValue.Node.endOfWhiteSpace(src, lineStart);
        const ch = src[offset];
        if (!ch) return false;
        if (offset >= lineStart + indent) return true;
        if (ch !== "#" && ch !== "\n") return false;
        return _Collection.nextContentHasIndent(src, offset, indent);
      }
      constructor(firstItem) {
        super(firstItem.type === PlainValue.Type.SEQ_ITEM ? PlainValue.Type.SEQ : PlainValue.Type.MAP);
        for (let i = firstItem.props.length - 1; i >= 0; --i) {
          if (firstItem.props[i].start < firstItem.context.lineStart) {
            this.props = firstItem.props.slice(0, i + 1);
            firstItem.props = firstItem.props.slice(i + 1);
            const itemRange = firstItem.props[0] || firstItem.valueRange;
            firstItem.range.start = itemRange.start;
            break;
          }
        }
        this.items = [firstItem];
        const ec = grabCollectionEndComments(firstItem);
        if (ec) Array.prototype.push.apply(this.items, ec);
      }
      get includesTrailingLines() {
        return this.items.length > 0;
      }
      /**
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this
       */
      parse(context, start) {
        this.context = context;
        const {
          parseNode,
          src
        } = context;
        let lineStart = PlainValue.Node.startOfLine(src, start);
        const firstItem = this.items[0];
        firstItem.context.parent = this;
        this.valueRange = PlainValue.Range.copy(firstItem.valueRange);
        const indent = firstItem.range.start - firstItem.context.lineStart;
        let offset = start;
        offset = PlainValue.Node.normalizeOffset(src, offset);
        let ch = src[offset];
        let atLineStart = PlainValue.Node.endOfWhiteSpace(src, lineStart) === offset;
        let prevIncludesTrailingLines = false;
        while (ch) {
          while (ch === "\n" || ch === "#") {
            if (atLineStart && ch === "\n" && !prevIncludesTrailingLines) {
              const blankLine = new BlankLine();
              offset = blankLine.parse({
                src
              }, offset);
              this.valueRange.end = offset;
              if (offset >= src.length) {
                ch = null;
                break;
              }
              this.items.push(blankLine);
              offset -= 1;
            } else if (ch === "#") {
              if (offset < lineStart + indent && !_Collection.nextContentHasIndent(src, offset, indent)) {
                return offset;
              }
              const comment = new Comment();
              offset = comment.parse({
                indent,
                lineStart,
                src
              }, offset);
              this.items.push(comment);
              this.valueRange.end = offset;
              if (offset >= src.length) {
                ch = null;
                break;
              }
            }
            lineStart = offset + 1;
            offset = PlainValue.Node.endOfIndent(src, lineStart);
            if (PlainValue.Node.atBlank(src, offset)) {
              const wsEnd = PlainValue.Node.endOfWhiteSpace(src, offset);
              const next = src[wsEnd];
              if (!next || next === "\n" || next === "#") {
                offset = wsEnd;
              }
            }
            ch = src[offset];
            atLineStart = true;
          }
          if (!ch) {
            break;
          }
          if (offset !== lineStart + indent && (atLineStart || ch !== ":")) {
            if (offset < lineStart + indent) {
              if (lineStart > start) offset = lineStart;
              break;
            } else if (!this.error) {
              const msg = "All collection items must start at the same column";
              this.error = new PlainValue.YAMLSyntaxError(this, msg);
            }
          }
          if (firstItem.type === PlainValue.Type.SEQ_ITEM) {
            if (ch !== "-") {
              if (lineStart > start) offset = lineStart;
              break;
            }
          } else if (ch === "-" && !this.error) {
            const next = src[offset + 1];
            if (!next || next === "\n" || next === "	" || next === " ") {
              const msg = "A collection cannot be both a mapping and a sequence";
              this.error = new PlainValue.YAMLSyntaxError(this, msg);
            }
          }
          const node = parseNode({
            atLineStart,
            inCollection: true,
            indent,
            lineStart,
            parent: this
          }, offset);
          if (!node) return offset;
          this.items.push(node);
          this.valueRange.end = node.valueRange.end;
          offset = PlainValue.Node.normalizeOffset(src, node.range.end);
          ch = src[offset];
          atLineStart = false;
          prevIncludesTrailingLines = node.includesTrailingLines;
          if (ch) {
            let ls2 = offset - 1;
            let prev = src[ls2];
            while (prev === " " || prev === "	") prev = src[--ls2];
            if (prev === "\n") {
              lineStart = ls2 + 1;
              atLineStart = true;
            }
          }
          const ec = grabCollectionEndComments(node);
          if (ec) Array.prototype.push.apply(this.items, ec);
        }
        return offset;
      }
      setOrigRanges(cr2, offset) {
        offset = super.setOrigRanges(cr2, offset);
        this.items.forEach((node) => {
          offset = node.setOrigRanges(cr2, offset);
        });
        return offset;
      }
      toString() {
        const {
          context: {
            src
          },
          items,
          range: range3,
          value
        } = this;
        if (value != null) return value;
        let str = src.slice(range3.start, items[0].range.start) + String(items[0]);
        for (let i = 1; i < items.length; ++i) {
          const item = items[i];
          const {
            atLineStart,
            indent
          } = item.context;
          if (atLineStart) for (let i2 = 0; i2 < indent; ++i2) str += " ";
          str += String(item);
        }
        return PlainValue.Node.addStringTerminator(src, range3.end, str);
      }
    };
    var Directive = class extends PlainValue.Node {
      constructor() {
        super(PlainValue.Type.DIRECTIVE);
        this.name = null;
      }
      get parameters() {
        const raw = this.rawValue;
        return raw ? raw.trim().split(/[ \t]+/) : [];
      }
      parseName(start) {
        const {
          src
        } = this.context;
        let offset = start;
        let ch = src[offset];
        while (ch && ch !== "\n" && ch !== "	" && ch !== " ") ch = src[offset += 1];
        this.name = src.slice(start, offset);
        return offset;
      }
      parseParameters(start) {
        const {
          src
        } = this.context;
        let offset = start;
        let ch = src[offset];
        while (ch && ch !== "\n" && ch !== "#") ch = src[offset += 1];
        this.valueRange = new PlainValue.Range(start, offset);
        return offset;
      }
      parse(context, start) {
        this.context = context;
        let offset = this.parseName(start + 1);
        offset = this.parseParameters(offset);
        offset = this.parseComment(offset);
        this.range = new PlainValue.Range(start, offset);
        return offset;
      }
    };
    var Document = class _Document extends PlainValue.Node {
      static startCommentOrEndBlankLine(src, start) {
        const offset = PlainValue.Node.endOfWhiteSpace(src, start);
        const ch = src[offset];
        return ch === "#" || ch === "\n" ? offset : start;
      }
      constructor() {
        super(PlainValue.Type.DOCUMENT);
        this.directives = null;
        this.contents = null;
        this.directivesEndMarker = null;
        this.documentEndMarker = null;
      }
      parseDirectives(start) {
        const {
          src
        } = this.context;
        this.directives = [];
        let atLineStart = true;
        let hasDirectives = false;
        let offset = start;
        while (!PlainValue.Node.atDocumentBoundary(src, offset, PlainValue.Char.DIRECTIVES_END)) {
          offset = _Document.startCommentOrEndBlankLine(src, offset);
          switch (src[offset]) {
            case "\n":
              if (atLineStart) {
                const blankLine = new BlankLine();
                offset = blankLine.parse({
                  src
                }, offset);
                if (offset < src.length) {
                  this.directives.push(blankLine);
                }
              } else {
                offset += 1;
                atLineStart = true;
              }
              break;
            case "#":
              {
                const comment = new Comment();
                offset = comment.parse({
                  src
                }, offset);
                this.directives.push(comment);
                atLineStart = false;
              }
              break;
            case "%":
              {
                const directive = new Directive();
                offset = directive.parse({
                  parent: this,
                  src
                }, offset);
                this.directives.push(directive);
                hasDirectives = true;
                atLineStart = false;
              }
              break;
            default:
              if (hasDirectives) {
                this.error = new PlainValue.YAMLSemanticError(this, "Missing directives-end indicator line");
              } else if (this.directives.length > 0) {
                this.contents = this.directives;
                this.directives = [];
              }
              return offset;
          }
        }
        if (src[offset]) {
          this.directivesEndMarker = new PlainValue.Range(offset, offset + 3);
          return offset + 3;
        }
        if (hasDirectives) {
          this.error = new PlainValue.YAMLSemanticError(this, "Missing directives-end indicator line");
        } else if (this.directives.length > 0) {
          this.contents = this.directives;
          this.directives = [];
        }
        return offset;
      }
      parseContents(start) {
        const {
          parseNode,
          src
        } = this.context;
        if (!this.contents) this.contents = [];
        let lineStart = start;
        while (src[lineStart - 1] === "-") lineStart -= 1;
        let offset = PlainValue.Node.endOfWhiteSpace(src, start);
        let atLineStart = lineStart === start;
        this.valueRange = new PlainValue.Range(offset);
        while (!PlainValue.Node.atDocumentBoundary(src, offset, PlainValue.Char.DOCUMENT_END)) {
          switch (src[offset]) {
            case "\n":
              if (atLineStart) {
                const blankLine = new BlankLine();
                offset = blankLine.parse({
                  src
                }, offset);
                if (offset < src.length) {
                  this.contents.push(blankLine);
                }
              } else {
                offset += 1;
                atLineStart = true;
              }
              lineStart = offset;
              break;
            case "#":
              {
                const comment = new Comment();
                offset = comment.parse({
                  src
                }, offset);
                this.contents.push(comment);
                atLineStart = false;
              }
              break;
            default: {
              const iEnd = PlainValue.Node.endOfIndent(src, offset);
              const context = {
                atLineStart,
                indent: -1,
                inFlow: false,
                inCollection: false,
                lineStart,
                parent: this
              };
              const node = parseNode(context, iEnd);
              if (!node) return this.valueRange.end = iEnd;
              this.contents.push(node);
              offset = node.range.end;
              atLineStart = false;
              const ec = grabCollectionEndComments(node);
              if (ec) Array.prototype.push.apply(this.contents, ec);
            }
          }
          offset = _Document.startCommentOrEndBlankLine(src, offset);
        }
        this.valueRange.end = offset;
        if (src[offset]) {
          this.documentEndMarker = new PlainValue.Range(offset, offset + 3);
          offset += 3;
          if (src[offset]) {
            offset = PlainValue.Node.endOfWhiteSpace(src, offset);
            if (src[offset] === "#") {
              const comment = new Comment();
              offset = comment.parse({
                src
              }, offset);
              this.contents.push(comment);
            }
            switch (src[offset]) {
              case "\n":
                offset += 1;
                break;
              case void 0:
                break;
              default:
                this.error = new PlainValue.YAMLSyntaxError(this, "Document end marker line cannot have a non-comment suffix");
            }
          }
        }
        return offset;
      }
      /**
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this
       */
      parse(context, start) {
        context.root = this;
        this.context = context;
        const {
          src
        } = context;
        let offset = src.charCodeAt(start) === 65279 ? start + 1 : start;
        offset = this.parseDirectives(offset);
        offset = this.parseContents(offset);
        return offset;
      }
      setOrigRanges(cr2, offset) {
        offset = super.setOrigRanges(cr2, offset);
        this.directives.forEach((node) => {
          offset = node.setOrigRanges(cr2, offset);
        });
        if (this.directivesEndMarker) offset = this.directivesEndMarker.setOrigRange(cr2, offset);
        this.contents.forEach((node) => {
          offset = node.setOrigRanges(cr2, offset);
        });
        if (this.documentEndMarker) offset = this.documentEndMarker.setOrigRange(cr2, offset);
        return offset;
      }
      toString() {
        const {
          contents,
          directives,
          value
        } = this;
        if (value != null) return value;
        let str = directives.join("");
        if (contents.length > 0) {
          if (directives.length > 0 || contents[0].type === PlainValue.Type.COMMENT) str += "---\n";
          str += contents.join("");
        }
        if (str[str.length - 1] !== "\n") str += "\n";
        return str;
      }
    };
    var Alias = class extends PlainValue.Node {
      /**
       * Parses an *alias from the source
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this scalar
       */
      parse(context, start) {
        this.context = context;
        const {
          src
        } = context;
        let offset = PlainValue.Node.endOfIdentifier(src, start + 1);
        this.valueRange = new PlainValue.Range(start + 1, offset);
        offset = PlainValue.Node.endOfWhiteSpace(src, offset);
        offset = this.parseComment(offset);
        return offset;
      }
    };
    var Chomp = {
      CLIP: "CLIP",
      KEEP: "KEEP",
      STRIP: "STRIP"
    };
    var BlockValue = class extends PlainValue.Node {
      constructor(type, props) {
        super(type, props);
        this.blockIndent = null;
        this.chomping = Chomp.CLIP;
        this.header = null;
      }
      get includesTrailingLines() {
        return this.chomping === Chomp.KEEP;
      }
      get strValue() {
        if (!this.valueRange || !this.context) return null;
        let {
          start,
          end
        } = this.valueRange;
        const {
          indent,
          src
        } = this.context;
        if (this.valueRange.isEmpty()) return "";
        let lastNewLine = null;
        let ch = src[end - 1];
        while (ch === "\n" || ch === "	" || ch === " ") {
          end -= 1;
          if (end <= start) {
            if (this.chomping === Chomp.KEEP) break;
            else return "";
          }
          if (ch === "\n") lastNewLine = end;
          ch = src[end - 1];
        }
        let keepStart = end + 1;
        if (lastNewLine) {
          if (this.chomping === Chomp.KEEP) {
            keepStart = lastNewLine;
            end = this.valueRange.end;
          } else {
            end = lastNewLine;
          }
        }
        const bi2 = indent + this.blockIndent;
        const folded = this.type === PlainValue.Type.BLOCK_FOLDED;
        let atStart = true;
        let str = "";
        let sep = "";
        let prevMoreIndented = false;
        for (let i = start; i < end; ++i) {
          for (let j2 = 0; j2 < bi2; ++j2) {
            if (src[i] !== " ") break;
            i += 1;
          }
          const ch2 = src[i];
          if (ch2 === "\n") {
            if (sep === "\n") str += "\n";
            else sep = "\n";
          } else {
            const lineEnd = PlainValue.Node.endOfLine(src, i);
            const line = src.slice(i, lineEnd);
            i = lineEnd;
            if (folded && (ch2 === " " || ch2 === "	") && i < keepStart) {
              if (sep === " ") sep = "\n";
              else if (!prevMoreIndented && !atStart && sep === "\n") sep = "\n\n";
              str += sep + line;
              sep = lineEnd < end && src[lineEnd] || "";
              prevMoreIndented = true;
            } else {
              str += sep + line;
              sep = folded && i < keepStart ? " " : "\n";
              prevMoreIndented = false;
            }
            if (atStart && line !== "") atStart = false;
          }
        }
        return this.chomping === Chomp.STRIP ? str : str + "\n";
      }
      parseBlockHeader(start) {
        const {
          src
        } = this.context;
        let offset = start + 1;
        let bi2 = "";
        while (true) {
          const ch = src[offset];
          switch (ch) {
            case "-":
              this.chomping = Chomp.STRIP;
              break;
            case "+":
              this.chomping = Chomp.KEEP;
              break;
            case "0":
            case "1":
            case "2":
            case "3":
            case "4":
            case "5":
            case "6":
            case "7":
            case "8":
            case "9":
              bi2 += ch;
              break;
            default:
              this.blockIndent = Number(bi2) || null;
              this.header = new PlainValue.Range(start, offset);
              return offset;
          }
          offset += 1;
        }
      }
      parseBlockValue(start) {
        const {
          indent,
          src
        } = this.context;
        const explicit = !!this.blockIndent;
        let offset = start;
        let valueEnd = start;
        let minBlockIndent = 1;
        for (let ch = src[offset]; ch === "\n"; ch = src[offset]) {
          offset += 1;
          if (PlainValue.Node.atDocumentBoundary(src, offset)) break;
          const end = PlainValue.Node.endOfBlockIndent(src, indent, offset);
          if (end === null) break;
          const ch2 = src[end];
          const lineIndent = end - (offset + indent);
          if (!this.blockIndent) {
            if (src[end] !== "\n") {
              if (lineIndent < minBlockIndent) {
                const msg = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
                this.error = new PlainValue.YAMLSemanticError(this, msg);
              }
              this.blockIndent = lineIndent;
            } else if (lineIndent > minBlockIndent) {
              minBlockIndent = lineIndent;
            }
          } else if (ch2 && ch2 !== "\n" && lineIndent < this.blockIndent) {
            if (src[end] === "#") break;
            if (!this.error) {
              const src2 = explicit ? "explicit indentation indicator" : "first line";
              const msg = `Block scalars must not be less indented than their ${src2}`;
              this.error = new PlainValue.YAMLSemanticError(this, msg);
            }
          }
          if (src[end] === "\n") {
            offset = end;
          } else {
            offset = valueEnd = PlainValue.Node.endOfLine(src, end);
          }
        }
        if (this.chomping !== Chomp.KEEP) {
          offset = src[valueEnd] ? valueEnd + 1 : valueEnd;
        }
        this.valueRange = new PlainValue.Range(start + 1, offset);
        return offset;
      }
      /**
       * Parses a block value from the source
       *
       * Accepted forms are:
       * ```
       * BS
       * block
       * lines
       *
       * BS #comment
       * block
       * lines
       * ```
       * where the block style BS matches the regexp `[|>][-+1-9]*` and block lines
       * are empty or have an indent level greater than `indent`.
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this block
       */
      parse(context, start) {
        this.context = context;
        const {
          src
        } = context;
        let offset = this.parseBlockHeader(start);
        offset = PlainValue.Node.endOfWhiteSpace(src, offset);
        offset = this.parseComment(offset);
        offset = this.parseBlockValue(offset);
        return offset;
      }
      setOrigRanges(cr2, offset) {
        offset = super.setOrigRanges(cr2, offset);
        return this.header ? this.header.setOrigRange(cr2, offset) : offset;
      }
    };
    var FlowCollection = class extends PlainValue.Node {
      constructor(type, props) {
        super(type, props);
        this.items = null;
      }
      prevNodeIsJsonLike(idx = this.items.length) {
        const node = this.items[idx - 1];
        return !!node && (node.jsonLike || node.type === PlainValue.Type.COMMENT && this.prevNodeIsJsonLike(idx - 1));
      }
      /**
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this
       */
      parse(context, start) {
        this.context = context;
        const {
          parseNode,
          src
        } = context;
        let {
          indent,
          lineStart
        } = context;
        let char = src[start];
        this.items = [{
          char,
          offset: start
        }];
        let offset = PlainValue.Node.endOfWhiteSpace(src, start + 1);
        char = src[offset];
        while (char && char !== "]" && char !== "}") {
          switch (char) {
            case "\n":
              {
                lineStart = offset + 1;
                const wsEnd = PlainValue.Node.endOfWhiteSpace(src, lineStart);
                if (src[wsEnd] === "\n") {
                  const blankLine = new BlankLine();
                  lineStart = blankLine.parse({
                    src
                  }, lineStart);
                  this.items.push(blankLine);
                }
                offset = PlainValue.Node.endOfIndent(src, lineStart);
                if (offset <= lineStart + indent) {
                  char = src[offset];
                  if (offset < lineStart + indent || char !== "]" && char !== "}") {
                    const msg = "Insufficient indentation in flow collection";
                    this.error = new PlainValue.YAMLSemanticError(this, msg);
                  }
                }
              }
              break;
            case ",":
              {
                this.items.push({
                  char,
                  offset
                });
                offset += 1;
              }
              break;
            case "#":
              {
                const comment = new Comment();
                offset = comment.parse({
                  src
                }, offset);
                this.items.push(comment);
              }
              break;
            case "?":
            case ":": {
              const next = src[offset + 1];
              if (next === "\n" || next === "	" || next === " " || next === "," || // in-flow : after JSON-like key does not need to be followed by whitespace
              char === ":" && this.prevNodeIsJsonLike()) {
                this.items.push({
                  char,
                  offset
                });
                offset += 1;
                break;
              }
            }
            // fallthrough
            default: {
              const node = parseNode({
                atLineStart: false,
                inCollection: false,
                inFlow: true,
                indent: -1,
                lineStart,
                parent: this
              }, offset);
              if (!node) {
                this.valueRange = new PlainValue.Range(start, offset);
                return offset;
              }
              this.items.push(node);
              offset = PlainValue.Node.normalizeOffset(src, node.range.end);
            }
          }
          offset = PlainValue.Node.endOfWhiteSpace(src, offset);
          char = src[offset];
        }
        this.valueRange = new PlainValue.Range(start, offset + 1);
        if (char) {
          this.items.push({
            char,
            offset
          });
          offset = PlainValue.Node.endOfWhiteSpace(src, offset + 1);
          offset = this.parseComment(offset);
        }
        return offset;
      }
      setOrigRanges(cr2, offset) {
        offset = super.setOrigRanges(cr2, offset);
        this.items.forEach((node) => {
          if (node instanceof PlainValue.Node) {
            offset = node.setOrigRanges(cr2, offset);
          } else if (cr2.length === 0) {
            node.origOffset = node.offset;
          } else {
            let i = offset;
            while (i < cr2.length) {
              if (cr2[i] > node.offset) break;
              else ++i;
            }
            node.origOffset = node.offset + i;
            offset = i;
          }
        });
        return offset;
      }
      toString() {
        const {
          context: {
            src
          },
          items,
          range: range3,
          value
        } = this;
        if (value != null) return value;
        const nodes = items.filter((item) => item instanceof PlainValue.Node);
        let str = "";
        let prevEnd = range3.start;
        nodes.forEach((node) => {
          const prefix = src.slice(prevEnd, node.range.start);
          prevEnd = node.range.end;
          str += prefix + String(node);
          if (str[str.length - 1] === "\n" && src[prevEnd - 1] !== "\n" && src[prevEnd] === "\n") {
            prevEnd += 1;
          }
        });
        str += src.slice(prevEnd, range3.end);
        return PlainValue.Node.addStringTerminator(src, range3.end, str);
      }
    };
    var QuoteDouble = class _QuoteDouble extends PlainValue.Node {
      static endOfQuote(src, offset) {
        let ch = src[offset];
        while (ch && ch !== '"') {
          offset += ch === "\\" ? 2 : 1;
          ch = src[offset];
        }
        return offset + 1;
      }
      /**
       * @returns {string | { str: string, errors: YAMLSyntaxError[] }}
       */
      get strValue() {
        if (!this.valueRange || !this.context) return null;
        const errors = [];
        const {
          start,
          end
        } = this.valueRange;
        const {
          indent,
          src
        } = this.context;
        if (src[end - 1] !== '"') errors.push(new PlainValue.YAMLSyntaxError(this, 'Missing closing "quote'));
        let str = "";
        for (let i = start + 1; i < end - 1; ++i) {
          const ch = src[i];
          if (ch === "\n") {
            if (PlainValue.Node.atDocumentBoundary(src, i + 1)) errors.push(new PlainValue.YAMLSemanticError(this, "Document boundary indicators are not allowed within string values"));
            const {
              fold,
              offset,
              error
            } = PlainValue.Node.foldNewline(src, i, indent);
            str += fold;
            i = offset;
            if (error) errors.push(new PlainValue.YAMLSemanticError(this, "Multi-line double-quoted string needs to be sufficiently indented"));
          } else if (ch === "\\") {
            i += 1;
            switch (src[i]) {
              case "0":
                str += "\0";
                break;
              // null character
              case "a":
                str += "\x07";
                break;
              // bell character
              case "b":
                str += "\b";
                break;
              // backspace
              case "e":
                str += "\x1B";
                break;
              // escape character
              case "f":
                str += "\f";
                break;
              // form feed
              case "n":
                str += "\n";
                break;
              // line feed
              case "r":
                str += "\r";
                break;
              // carriage return
              case "t":
                str += "	";
                break;
              // horizontal tab
              case "v":
                str += "\v";
                break;
              // vertical tab
              case "N":
                str += "";
                break;
              // Unicode next line
              case "_":
                str += " ";
                break;
              // Unicode non-breaking space
              case "L":
                str += "\u2028";
                break;
              // Unicode line separator
              case "P":
                str += "\u2029";
                break;
              // Unicode paragraph separator
              case " ":
                str += " ";
                break;
              case '"':
                str += '"';
                break;
              case "/":
                str += "/";
                break;
              case "\\":
                str += "\\";
                break;
              case "	":
                str += "	";
                break;
              case "x":
                str += this.parseCharCode(i + 1, 2, errors);
                i += 2;
                break;
              case "u":
                str += this.parseCharCode(i + 1, 4, errors);
                i += 4;
                break;
              case "U":
                str += this.parseCharCode(i + 1, 8, errors);
                i += 8;
                break;
              case "\n":
                while (src[i + 1] === " " || src[i + 1] === "	") i += 1;
                break;
              default:
                errors.push(new PlainValue.YAMLSyntaxError(this, `Invalid escape sequence ${src.substr(i - 1, 2)}`));
                str += "\\" + src[i];
            }
          } else if (ch === " " || ch === "	") {
            const wsStart = i;
            let next = src[i + 1];
            while (next === " " || next === "	") {
              i += 1;
              next = src[i + 1];
            }
            if (next !== "\n") str += i > wsStart ? src.slice(wsStart, i + 1) : ch;
          } else {
            str += ch;
          }
        }
        return errors.length > 0 ? {
          errors,
          str
        } : str;
      }
      parseCharCode(offset, length, errors) {
        const {
          src
        } = this.context;
        const cc = src.substr(offset, length);
        const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
        const code = ok ? parseInt(cc, 16) : NaN;
        if (isNaN(code)) {
          errors.push(new PlainValue.YAMLSyntaxError(this, `Invalid escape sequence ${src.substr(offset - 2, length + 2)}`));
          return src.substr(offset - 2, length + 2);
        }
        return String.fromCodePoint(code);
      }
      /**
       * Parses a "double quoted" value from the source
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this scalar
       */
      parse(context, start) {
        this.context = context;
        const {
          src
        } = context;
        let offset = _QuoteDouble.endOfQuote(src, start + 1);
        this.valueRange = new PlainValue.Range(start, offset);
        offset = PlainValue.Node.endOfWhiteSpace(src, offset);
        offset = this.parseComment(offset);
        return offset;
      }
    };
    var QuoteSingle = class _QuoteSingle extends PlainValue.Node {
      static endOfQuote(src, offset) {
        let ch = src[offset];
        while (ch) {
          if (ch === "'") {
            if (src[offset + 1] !== "'") break;
            ch = src[offset += 2];
          } else {
            ch = src[offset += 1];
          }
        }
        return offset + 1;
      }
      /**
       * @returns {string | { str: string, errors: YAMLSyntaxError[] }}
       */
      get strValue() {
        if (!this.valueRange || !this.context) return null;
        const errors = [];
        const {
          start,
          end
        } = this.valueRange;
        const {
          indent,
          src
        } = this.context;
        if (src[end - 1] !== "'") errors.push(new PlainValue.YAMLSyntaxError(this, "Missing closing 'quote"));
        let str = "";
        for (let i = start + 1; i < end - 1; ++i) {
          const ch = src[i];
          if (ch === "\n") {
            if (PlainValue.Node.atDocumentBoundary(src, i + 1)) errors.push(new PlainValue.YAMLSemanticError(this, "Document boundary indicators are not allowed within string values"));
            const {
              fold,
              offset,
              error
            } = PlainValue.Node.foldNewline(src, i, indent);
            str += fold;
            i = offset;
            if (error) errors.push(new PlainValue.YAMLSemanticError(this, "Multi-line single-quoted string needs to be sufficiently indented"));
          } else if (ch === "'") {
            str += ch;
            i += 1;
            if (src[i] !== "'") errors.push(new PlainValue.YAMLSyntaxError(this, "Unescaped single quote? This should not happen."));
          } else if (ch === " " || ch === "	") {
            const wsStart = i;
            let next = src[i + 1];
            while (next === " " || next === "	") {
              i += 1;
              next = src[i + 1];
            }
            if (next !== "\n") str += i > wsStart ? src.slice(wsStart, i + 1) : ch;
          } else {
            str += ch;
          }
        }
        return errors.length > 0 ? {
          errors,
          str
        } : str;
      }
      /**
       * Parses a 'single quoted' value from the source
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this scalar
       */
      parse(context, start) {
        this.context = context;
        const {
          src
        } = context;
        let offset = _QuoteSingle.endOfQuote(src, start + 1);
        this.valueRange = new PlainValue.Range(start, offset);
        offset = PlainValue.Node.endOfWhiteSpace(src, offset);
        offset = this.parseComment(offset);
        return offset;
      }
    };
    function createNewNode(type, props) {
      switch (type) {
        case PlainValue.Type.ALIAS:
          return new Alias(type, props);
        case PlainValue.Type.BLOCK_FOLDED:
        case PlainValue.Type.BLOCK_LITERAL:
          return new BlockValue(type, props);
        case PlainValue.Type.FLOW_MAP:
        case PlainValue.Type.FLOW_SEQ:
          return new FlowCollection(type, props);
        case PlainValue.Type.MAP_KEY:
        case PlainValue.Type.MAP_VALUE:
        case PlainValue.Type.SEQ_ITEM:
          return new CollectionItem(type, props);
        case PlainValue.Type.COMMENT:
        case PlainValue.Type.PLAIN:
          return new PlainValue.PlainValue(type, props);
        case PlainValue.Type.QUOTE_DOUBLE:
          return new QuoteDouble(type, props);
        case PlainValue.Type.QUOTE_SINGLE:
          return new QuoteSingle(type, props);
        /* istanbul ignore next */
        default:
          return null;
      }
    }
    var ParseContext = class _ParseContext {
      static parseType(src, offset, inFlow) {
        switch (src[offset]) {
          case "*":
            return PlainValue.Type.ALIAS;
          case ">":
            return PlainValue.Type.BLOCK_FOLDED;
          case "|":
            return PlainValue.Type.BLOCK_LITERAL;
          case "{":
            return PlainValue.Type.FLOW_MAP;
          case "[":
            return PlainValue.Type.FLOW_SEQ;
          case "?":
            return !inFlow && PlainValue.Node.atBlank(src, offset + 1, true) ? PlainValue.Type.MAP_KEY : PlainValue.Type.PLAIN;
          case ":":
            return !inFlow && PlainValue.Node.atBlank(src, offset + 1, true) ? PlainValue.Type.MAP_VALUE : PlainValue.Type.PLAIN;
          case "-":
            return !inFlow && PlainValue.Node.atBlank(src, offset + 1, true) ? PlainValue.Type.SEQ_ITEM : PlainValue.Type.PLAIN;
          case '"':
            return PlainValue.Type.QUOTE_DOUBLE;
          case "'":
            return PlainValue.Type.QUOTE_SINGLE;
          default:
            return PlainValue.Type.PLAIN;
        }
      }
      constructor(orig = {}, {
        atLineStart,
        inCollection,
        inFlow,
        indent,
        lineStart,
        parent
      } = {}) {
        PlainValue._defineProperty(this, "parseNode", (overlay, start) => {
          if (PlainValue.Node.atDocumentBoundary(this.src, start)) return null;
          const context = new _ParseContext(this, overlay);
          const {
            props,
            type,
            valueStart
          } = context.parseProps(start);
          const node = createNewNode(type, props);
          let offset = start;
          try {
            offset = node.parse(context, valueStart);
          } catch (error) {
            const msg = error instanceof Error ? error.message : String(error);
            if (!node.error) node.error = new PlainValue.YAMLSyntaxError(node, msg);
          }
          node.range = new PlainValue.Range(start, offset);
          if (offset <= start) {
            if (!node.error) node.error = new Error(`Node#parse consumed no characters`);
            node.error.parseEnd = offset;
            node.error.source = node;
            node.range.end = start + 1;
          }
          if (context.nodeStartsCollection(node)) {
            if (!node.error && !context.atLineStart && context.parent.type === PlainValue.Type.DOCUMENT) {
              node.error = new PlainValue.YAMLSyntaxError(node, "Block collection must not have preceding content here (e.g. directives-end indicator)");
            }
            const collection = new Collection(node);
            offset = collection.parse(new _ParseContext(context), offset);
            collection.range = new PlainValue.Range(start, offset);
            return collection;
          }
          return node;
        });
        this.atLineStart = atLineStart != null ? atLineStart : orig.atLineStart || false;
        this.inCollection = inCollection != null ? inCollection : orig.inCollection || false;
        this.inFlow = inFlow != null ? inFlow : orig.inFlow || false;
        this.indent = indent != null ? indent : orig.indent;
        this.lineStart = lineStart != null ? lineStart : orig.lineStart;
        this.parent = parent != null ? parent : orig.parent || {};
        this.root = orig.root;
        this.src = orig.src;
      }
      nodeStartsCollection(node) {
        const {
          inCollection,
          inFlow,
          src
        } = this;
        if (inCollection || inFlow) return false;
        if (node instanceof CollectionItem) return true;
        let offset = node.range.end;
        if (src[offset] === "\n" || src[offset - 1] === "\n") return false;
        offset = PlainValue.Node.endOfWhiteSpace(src, offset);
        return src[offset] === ":";
      }
      // Anchor and tag are before type, which determines the node implementation
      // class; hence this intermediate step.
      parseProps(offset) {
        const {
          inFlow,
          parent,
          src
        } = this;
        const props = [];
        let lineHasProps = false;
        offset = this.atLineStart ? PlainValue.Node.endOfIndent(src, offset) : PlainValue.Node.endOfWhiteSpace(src, offset);
        let ch = src[offset];
        while (ch === PlainValue.Char.ANCHOR || ch === PlainValue.Char.COMMENT || ch === PlainValue.Char.TAG || ch === "\n") {
          if (ch === "\n") {
            let inEnd = offset;
            let lineStart;
            do {
              lineStart = inEnd + 1;
              inEnd = PlainValue.Node.endOfIndent(src, lineStart);
            } while (src[inEnd] === "\n");
            const indentDiff = inEnd - (lineStart + this.indent);
            const noIndicatorAsIndent = parent.type === PlainValue.Type.SEQ_ITEM && parent.context.atLineStart;
            if (src[inEnd] !== "#" && !PlainValue.Node.nextNodeIsIndented(src[inEnd], indentDiff, !noIndicatorAsIndent)) break;
            this.atLineStart = true;
            this.lineStart = lineStart;
            lineHasProps = false;
            offset = inEnd;
          } else if (ch === PlainValue.Char.COMMENT) {
            const end = PlainValue.Node.endOfLine(src, offset + 1);
            props.push(new PlainValue.Range(offset, end));
            offset = end;
          } else {
            let end = PlainValue.Node.endOfIdentifier(src, offset + 1);
            if (ch === PlainValue.Char.TAG && src[end] === "," && /^[a-zA-Z0-9-]+\.[a-zA-Z0-9-]+,\d\d\d\d(-\d\d){0,2}\/\S/.test(src.slice(offset + 1, end + 13))) {
              end = PlainValue.Node.endOfIdentifier(src, end + 5);
            }
            props.push(new PlainValue.Range(offset, end));
            lineHasProps = true;
            offset = PlainValue.Node.endOfWhiteSpace(src, end);
          }
          ch = src[offset];
        }
        if (lineHasProps && ch === ":" && PlainValue.Node.atBlank(src, offset + 1, true)) offset -= 1;
        const type = _ParseContext.parseType(src, offset, inFlow);
        return {
          props,
          type,
          valueStart: offset
        };
      }
    };
    function parse3(src) {
      const cr2 = [];
      if (src.indexOf("\r") !== -1) {
        src = src.replace(/\r\n?/g, (match, offset2) => {
          if (match.length > 1) cr2.push(offset2);
          return "\n";
        });
      }
      const documents = [];
      let offset = 0;
      do {
        const doc = new Document();
        const context = new ParseContext({
          src
        });
        offset = doc.parse(context, offset);
        documents.push(doc);
      } while (offset < src.length);
      documents.setOrigRanges = () => {
        if (cr2.length === 0) return false;
        for (let i = 1; i < cr2.length; ++i) cr2[i] -= i;
        let crOffset = 0;
        for (let i = 0; i < documents.length; ++i) {
          crOffset = documents[i].setOrigRanges(cr2, crOffset);
        }
        cr2.splice(0, cr2.length);
        return true;
      };
      documents.toString = () => documents.join("...\n");
      return documents;
    }
    exports.parse = parse3;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/resolveSeq-95613e94.js
var require_resolveSeq_95613e94 = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/resolveSeq-95613e94.js"(exports) {
    "use strict";
    var PlainValue = require_PlainValue_516d5bc2();
    function addCommentBefore(str, indent, comment) {
      if (!comment) return str;
      const cc = comment.replace(/[\s\S]^/gm, `$&${indent}#`);
      return `#${cc}
${indent}${str}`;
    }
    function addComment(str, indent, comment) {
      return !comment ? str : comment.indexOf("\n") === -1 ? `${str} #${comment}` : `${str}
` + comment.replace(/^/gm, `${indent || ""}#`);
    }
    var Node = class {
    };
    function toJSON2(value, arg, ctx) {
      if (Array.isArray(value)) return value.map((v2, i) => toJSON2(v2, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        const anchor = ctx && ctx.anchors && ctx.anchors.get(value);
        if (anchor) ctx.onCreate = (res2) => {
          anchor.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (anchor && ctx.onCreate) ctx.onCreate(res);
        return res;
      }
      if ((!ctx || !ctx.keep) && typeof value === "bigint") return Number(value);
      return value;
    }
    var Scalar = class extends Node {
      constructor(value) {
        super();
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx && ctx.keep ? this.value : toJSON2(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    function collectionFromPath(schema, path, value) {
      let v2 = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k2 = path[i];
        if (Number.isInteger(k2) && k2 >= 0) {
          const a = [];
          a[k2] = v2;
          v2 = a;
        } else {
          const o = {};
          Object.defineProperty(o, k2, {
            value: v2,
            writable: true,
            enumerable: true,
            configurable: true
          });
          v2 = o;
        }
      }
      return schema.createNode(v2, false);
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && path[Symbol.iterator]().next().done;
    var Collection = class _Collection extends Node {
      constructor(schema) {
        super();
        PlainValue._defineProperty(this, "items", []);
        this.schema = schema;
      }
      addIn(path, value) {
        if (isEmptyPath(path)) this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (node instanceof _Collection) node.addIn(rest, value);
          else if (node === void 0 && this.schema) this.set(key, collectionFromPath(this.schema, rest, value));
          else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      deleteIn([key, ...rest]) {
        if (rest.length === 0) return this.delete(key);
        const node = this.get(key, true);
        if (node instanceof _Collection) return node.deleteIn(rest);
        else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      getIn([key, ...rest], keepScalar) {
        const node = this.get(key, true);
        if (rest.length === 0) return !keepScalar && node instanceof Scalar ? node.value : node;
        else return node instanceof _Collection ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues() {
        return this.items.every((node) => {
          if (!node || node.type !== "PAIR") return false;
          const n = node.value;
          return n == null || n instanceof Scalar && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      hasIn([key, ...rest]) {
        if (rest.length === 0) return this.has(key);
        const node = this.get(key, true);
        return node instanceof _Collection ? node.hasIn(rest) : false;
      }
      setIn([key, ...rest], value) {
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (node instanceof _Collection) node.setIn(rest, value);
          else if (node === void 0 && this.schema) this.set(key, collectionFromPath(this.schema, rest, value));
          else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      // overridden in implementations
      /* istanbul ignore next */
      toJSON() {
        return null;
      }
      toString(ctx, {
        blockItem,
        flowChars,
        isMap,
        itemIndent
      }, onComment, onChompKeep) {
        const {
          indent,
          indentStep,
          stringify
        } = ctx;
        const inFlow = this.type === PlainValue.Type.FLOW_MAP || this.type === PlainValue.Type.FLOW_SEQ || ctx.inFlow;
        if (inFlow) itemIndent += indentStep;
        const allNullValues = isMap && this.hasAllNullValues();
        ctx = Object.assign({}, ctx, {
          allNullValues,
          indent: itemIndent,
          inFlow,
          type: null
        });
        let chompKeep = false;
        let hasItemWithNewLine = false;
        const nodes = this.items.reduce((nodes2, item, i) => {
          let comment;
          if (item) {
            if (!chompKeep && item.spaceBefore) nodes2.push({
              type: "comment",
              str: ""
            });
            if (item.commentBefore) item.commentBefore.match(/^.*$/gm).forEach((line) => {
              nodes2.push({
                type: "comment",
                str: `#${line}`
              });
            });
            if (item.comment) comment = item.comment;
            if (inFlow && (!chompKeep && item.spaceBefore || item.commentBefore || item.comment || item.key && (item.key.commentBefore || item.key.comment) || item.value && (item.value.commentBefore || item.value.comment))) hasItemWithNewLine = true;
          }
          chompKeep = false;
          let str3 = stringify(item, ctx, () => comment = null, () => chompKeep = true);
          if (inFlow && !hasItemWithNewLine && str3.includes("\n")) hasItemWithNewLine = true;
          if (inFlow && i < this.items.length - 1) str3 += ",";
          str3 = addComment(str3, itemIndent, comment);
          if (chompKeep && (comment || inFlow)) chompKeep = false;
          nodes2.push({
            type: "item",
            str: str3
          });
          return nodes2;
        }, []);
        let str;
        if (nodes.length === 0) {
          str = flowChars.start + flowChars.end;
        } else if (inFlow) {
          const {
            start,
            end
          } = flowChars;
          const strings = nodes.map((n) => n.str);
          if (hasItemWithNewLine || strings.reduce((sum, str3) => sum + str3.length + 2, 2) > _Collection.maxFlowStringSingleLineLength) {
            str = start;
            for (const s3 of strings) {
              str += s3 ? `
${indentStep}${indent}${s3}` : "\n";
            }
            str += `
${indent}${end}`;
          } else {
            str = `${start} ${strings.join(" ")} ${end}`;
          }
        } else {
          const strings = nodes.map(blockItem);
          str = strings.shift();
          for (const s3 of strings) str += s3 ? `
${indent}${s3}` : "\n";
        }
        if (this.comment) {
          str += "\n" + this.comment.replace(/^/gm, `${indent}#`);
          if (onComment) onComment();
        } else if (chompKeep && onChompKeep) onChompKeep();
        return str;
      }
    };
    PlainValue._defineProperty(Collection, "maxFlowStringSingleLineLength", 60);
    function asItemIndex(key) {
      let idx = key instanceof Scalar ? key.value : key;
      if (idx && typeof idx === "string") idx = Number(idx);
      return Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    var YAMLSeq = class extends Collection {
      add(value) {
        this.items.push(value);
      }
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number") return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number") return void 0;
        const it2 = this.items[idx];
        return !keepScalar && it2 instanceof Scalar ? it2.value : it2;
      }
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number") throw new Error(`Expected a valid index, not ${key}.`);
        this.items[idx] = value;
      }
      toJSON(_2, ctx) {
        const seq = [];
        if (ctx && ctx.onCreate) ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items) seq.push(toJSON2(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx) return JSON.stringify(this);
        return super.toString(ctx, {
          blockItem: (n) => n.type === "comment" ? n.str : `- ${n.str}`,
          flowChars: {
            start: "[",
            end: "]"
          },
          isMap: false,
          itemIndent: (ctx.indent || "") + "  "
        }, onComment, onChompKeep);
      }
    };
    var stringifyKey = (key, jsKey, ctx) => {
      if (jsKey === null) return "";
      if (typeof jsKey !== "object") return String(jsKey);
      if (key instanceof Node && ctx && ctx.doc) return key.toString({
        anchors: /* @__PURE__ */ Object.create(null),
        doc: ctx.doc,
        indent: "",
        indentStep: ctx.indentStep,
        inFlow: true,
        inStringifyKey: true,
        stringify: ctx.stringify
      });
      return JSON.stringify(jsKey);
    };
    var Pair = class _Pair extends Node {
      constructor(key, value = null) {
        super();
        this.key = key;
        this.value = value;
        this.type = _Pair.Type.PAIR;
      }
      get commentBefore() {
        return this.key instanceof Node ? this.key.commentBefore : void 0;
      }
      set commentBefore(cb) {
        if (this.key == null) this.key = new Scalar(null);
        if (this.key instanceof Node) this.key.commentBefore = cb;
        else {
          const msg = "Pair.commentBefore is an alias for Pair.key.commentBefore. To set it, the key must be a Node.";
          throw new Error(msg);
        }
      }
      addToJSMap(ctx, map) {
        const key = toJSON2(this.key, "", ctx);
        if (map instanceof Map) {
          const value = toJSON2(this.value, key, ctx);
          map.set(key, value);
        } else if (map instanceof Set) {
          map.add(key);
        } else {
          const stringKey2 = stringifyKey(this.key, key, ctx);
          const value = toJSON2(this.value, stringKey2, ctx);
          if (stringKey2 in map) Object.defineProperty(map, stringKey2, {
            value,
            writable: true,
            enumerable: true,
            configurable: true
          });
          else map[stringKey2] = value;
        }
        return map;
      }
      toJSON(_2, ctx) {
        const pair = ctx && ctx.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return this.addToJSMap(ctx, pair);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx || !ctx.doc) return JSON.stringify(this);
        const {
          indent: indentSize,
          indentSeq,
          simpleKeys
        } = ctx.doc.options;
        let {
          key,
          value
        } = this;
        let keyComment = key instanceof Node && key.comment;
        if (simpleKeys) {
          if (keyComment) {
            throw new Error("With simple keys, key nodes cannot have comments");
          }
          if (key instanceof Collection) {
            const msg = "With simple keys, collection cannot be used as a key value";
            throw new Error(msg);
          }
        }
        let explicitKey = !simpleKeys && (!key || keyComment || (key instanceof Node ? key instanceof Collection || key.type === PlainValue.Type.BLOCK_FOLDED || key.type === PlainValue.Type.BLOCK_LITERAL : typeof key === "object"));
        const {
          doc,
          indent,
          indentStep,
          stringify
        } = ctx;
        ctx = Object.assign({}, ctx, {
          implicitKey: !explicitKey,
          indent: indent + indentStep
        });
        let chompKeep = false;
        let str = stringify(key, ctx, () => keyComment = null, () => chompKeep = true);
        str = addComment(str, ctx.indent, keyComment);
        if (!explicitKey && str.length > 1024) {
          if (simpleKeys) throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
          explicitKey = true;
        }
        if (ctx.allNullValues && !simpleKeys) {
          if (this.comment) {
            str = addComment(str, ctx.indent, this.comment);
            if (onComment) onComment();
          } else if (chompKeep && !keyComment && onChompKeep) onChompKeep();
          return ctx.inFlow && !explicitKey ? str : `? ${str}`;
        }
        str = explicitKey ? `? ${str}
${indent}:` : `${str}:`;
        if (this.comment) {
          str = addComment(str, ctx.indent, this.comment);
          if (onComment) onComment();
        }
        let vcb = "";
        let valueComment = null;
        if (value instanceof Node) {
          if (value.spaceBefore) vcb = "\n";
          if (value.commentBefore) {
            const cs2 = value.commentBefore.replace(/^/gm, `${ctx.indent}#`);
            vcb += `
${cs2}`;
          }
          valueComment = value.comment;
        } else if (value && typeof value === "object") {
          value = doc.schema.createNode(value, true);
        }
        ctx.implicitKey = false;
        if (!explicitKey && !this.comment && value instanceof Scalar) ctx.indentAtStart = str.length + 1;
        chompKeep = false;
        if (!indentSeq && indentSize >= 2 && !ctx.inFlow && !explicitKey && value instanceof YAMLSeq && value.type !== PlainValue.Type.FLOW_SEQ && !value.tag && !doc.anchors.getName(value)) {
          ctx.indent = ctx.indent.substr(2);
        }
        const valueStr = stringify(value, ctx, () => valueComment = null, () => chompKeep = true);
        let ws2 = " ";
        if (vcb || this.comment) {
          ws2 = `${vcb}
${ctx.indent}`;
        } else if (!explicitKey && value instanceof Collection) {
          const flow = valueStr[0] === "[" || valueStr[0] === "{";
          if (!flow || valueStr.includes("\n")) ws2 = `
${ctx.indent}`;
        } else if (valueStr[0] === "\n") ws2 = "";
        if (chompKeep && !valueComment && onChompKeep) onChompKeep();
        return addComment(str + ws2 + valueStr, ctx.indent, valueComment);
      }
    };
    PlainValue._defineProperty(Pair, "Type", {
      PAIR: "PAIR",
      MERGE_PAIR: "MERGE_PAIR"
    });
    var getAliasCount = (node, anchors) => {
      if (node instanceof Alias) {
        const anchor = anchors.get(node.source);
        return anchor.count * anchor.aliasCount;
      } else if (node instanceof Collection) {
        let count2 = 0;
        for (const item of node.items) {
          const c = getAliasCount(item, anchors);
          if (c > count2) count2 = c;
        }
        return count2;
      } else if (node instanceof Pair) {
        const kc = getAliasCount(node.key, anchors);
        const vc = getAliasCount(node.value, anchors);
        return Math.max(kc, vc);
      }
      return 1;
    };
    var Alias = class _Alias extends Node {
      static stringify({
        range: range3,
        source
      }, {
        anchors,
        doc,
        implicitKey,
        inStringifyKey
      }) {
        let anchor = Object.keys(anchors).find((a) => anchors[a] === source);
        if (!anchor && inStringifyKey) anchor = doc.anchors.getName(source) || doc.anchors.newName();
        if (anchor) return `*${anchor}${implicitKey ? " " : ""}`;
        const msg = doc.anchors.getName(source) ? "Alias node must be after source node" : "Source node not found for alias node";
        throw new Error(`${msg} [${range3}]`);
      }
      constructor(source) {
        super();
        this.source = source;
        this.type = PlainValue.Type.ALIAS;
      }
      set tag(t) {
        throw new Error("Alias nodes cannot have tags");
      }
      toJSON(arg, ctx) {
        if (!ctx) return toJSON2(this.source, arg, ctx);
        const {
          anchors,
          maxAliasCount
        } = ctx;
        const anchor = anchors.get(this.source);
        if (!anchor || anchor.res === void 0) {
          const msg = "This should not happen: Alias anchor was not resolved?";
          if (this.cstNode) throw new PlainValue.YAMLReferenceError(this.cstNode, msg);
          else throw new ReferenceError(msg);
        }
        if (maxAliasCount >= 0) {
          anchor.count += 1;
          if (anchor.aliasCount === 0) anchor.aliasCount = getAliasCount(this.source, anchors);
          if (anchor.count * anchor.aliasCount > maxAliasCount) {
            const msg = "Excessive alias count indicates a resource exhaustion attack";
            if (this.cstNode) throw new PlainValue.YAMLReferenceError(this.cstNode, msg);
            else throw new ReferenceError(msg);
          }
        }
        return anchor.res;
      }
      // Only called when stringifying an alias mapping key while constructing
      // Object output.
      toString(ctx) {
        return _Alias.stringify(this, ctx);
      }
    };
    PlainValue._defineProperty(Alias, "default", true);
    function findPair(items, key) {
      const k2 = key instanceof Scalar ? key.value : key;
      for (const it2 of items) {
        if (it2 instanceof Pair) {
          if (it2.key === key || it2.key === k2) return it2;
          if (it2.key && it2.key.value === k2) return it2;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection {
      add(pair, overwrite) {
        if (!pair) pair = new Pair(pair);
        else if (!(pair instanceof Pair)) pair = new Pair(pair.key || pair, pair.value);
        const prev = findPair(this.items, pair.key);
        const sortEntries = this.schema && this.schema.sortMapEntries;
        if (prev) {
          if (overwrite) prev.value = pair.value;
          else throw new Error(`Key ${pair.key} already set`);
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(pair, item) < 0);
          if (i === -1) this.items.push(pair);
          else this.items.splice(i, 0, pair);
        } else {
          this.items.push(pair);
        }
      }
      delete(key) {
        const it2 = findPair(this.items, key);
        if (!it2) return false;
        const del = this.items.splice(this.items.indexOf(it2), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it2 = findPair(this.items, key);
        const node = it2 && it2.value;
        return !keepScalar && node instanceof Scalar ? node.value : node;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair(key, value), true);
      }
      /**
       * @param {*} arg ignored
       * @param {*} ctx Conversion context, originally set in Document#toJSON()
       * @param {Class} Type If set, forces the returned collection type
       * @returns {*} Instance of Type, Map, or Object
       */
      toJSON(_2, ctx, Type) {
        const map = Type ? new Type() : ctx && ctx.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx && ctx.onCreate) ctx.onCreate(map);
        for (const item of this.items) item.addToJSMap(ctx, map);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx) return JSON.stringify(this);
        for (const item of this.items) {
          if (!(item instanceof Pair)) throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        return super.toString(ctx, {
          blockItem: (n) => n.str,
          flowChars: {
            start: "{",
            end: "}"
          },
          isMap: true,
          itemIndent: ctx.indent || ""
        }, onComment, onChompKeep);
      }
    };
    var MERGE_KEY = "<<";
    var Merge = class extends Pair {
      constructor(pair) {
        if (pair instanceof Pair) {
          let seq = pair.value;
          if (!(seq instanceof YAMLSeq)) {
            seq = new YAMLSeq();
            seq.items.push(pair.value);
            seq.range = pair.value.range;
          }
          super(pair.key, seq);
          this.range = pair.range;
        } else {
          super(new Scalar(MERGE_KEY), new YAMLSeq());
        }
        this.type = Pair.Type.MERGE_PAIR;
      }
      // If the value associated with a merge key is a single mapping node, each of
      // its key/value pairs is inserted into the current mapping, unless the key
      // already exists in it. If the value associated with the merge key is a
      // sequence, then this sequence is expected to contain mapping nodes and each
      // of these nodes is merged in turn according to its order in the sequence.
      // Keys in mapping nodes earlier in the sequence override keys specified in
      // later mapping nodes. -- http://yaml.org/type/merge.html
      addToJSMap(ctx, map) {
        for (const {
          source
        } of this.value.items) {
          if (!(source instanceof YAMLMap)) throw new Error("Merge sources must be maps");
          const srcMap = source.toJSON(null, ctx, Map);
          for (const [key, value] of srcMap) {
            if (map instanceof Map) {
              if (!map.has(key)) map.set(key, value);
            } else if (map instanceof Set) {
              map.add(key);
            } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
              Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
              });
            }
          }
        }
        return map;
      }
      toString(ctx, onComment) {
        const seq = this.value;
        if (seq.items.length > 1) return super.toString(ctx, onComment);
        this.value = seq.items[0];
        const str = super.toString(ctx, onComment);
        this.value = seq;
        return str;
      }
    };
    var binaryOptions = {
      defaultType: PlainValue.Type.BLOCK_LITERAL,
      lineWidth: 76
    };
    var boolOptions = {
      trueStr: "true",
      falseStr: "false"
    };
    var intOptions = {
      asBigInt: false
    };
    var nullOptions = {
      nullStr: "null"
    };
    var strOptions = {
      defaultType: PlainValue.Type.PLAIN,
      doubleQuoted: {
        jsonEncoding: false,
        minMultiLineLength: 40
      },
      fold: {
        lineWidth: 80,
        minContentWidth: 20
      }
    };
    function resolveScalar(str, tags, scalarFallback) {
      for (const {
        format: format2,
        test,
        resolve
      } of tags) {
        if (test) {
          const match = str.match(test);
          if (match) {
            let res = resolve.apply(null, match);
            if (!(res instanceof Scalar)) res = new Scalar(res);
            if (format2) res.format = format2;
            return res;
          }
        }
      }
      if (scalarFallback) str = scalarFallback(str);
      return new Scalar(str);
    }
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    var consumeMoreIndentedLines = (text, i) => {
      let ch = text[i + 1];
      while (ch === " " || ch === "	") {
        do {
          ch = text[i += 1];
        } while (ch && ch !== "\n");
        ch = text[i + 1];
      }
      return i;
    };
    function foldFlowLines(text, indent, mode, {
      indentAtStart,
      lineWidth = 80,
      minContentWidth = 20,
      onFold,
      onOverflow
    }) {
      if (!lineWidth || lineWidth < 0) return text;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep) return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth)) folds.push(0);
        else end = lineWidth - indentAtStart;
      }
      let split2 = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i);
        if (i !== -1) end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK) i = consumeMoreIndentedLines(text, i);
          end = i + endStep;
          split2 = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	") split2 = i;
          }
          if (i >= end) {
            if (split2) {
              folds.push(split2);
              end = split2 + endStep;
              split2 = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j2 = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j2]) return text;
              folds.push(j2);
              escapedFolds[j2] = true;
              end = j2 + endStep;
              split2 = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow) onOverflow();
      if (folds.length === 0) return text;
      if (onFold) onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0) res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold]) res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    var getFoldOptions = ({
      indentAtStart
    }) => indentAtStart ? Object.assign({
      indentAtStart
    }, strOptions.fold) : strOptions.fold;
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0) return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit) return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit) return true;
          start = i + 1;
          if (strLen - start <= limit) return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const {
        implicitKey
      } = ctx;
      const {
        jsonEncoding,
        minMultiLineLength
      } = strOptions.doubleQuoted;
      const json = JSON.stringify(value);
      if (jsonEncoding) return json;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\") switch (json[i + 1]) {
          case "u":
            {
              str += json.slice(start, i);
              const code = json.substr(i + 2, 4);
              switch (code) {
                case "0000":
                  str += "\\0";
                  break;
                case "0007":
                  str += "\\a";
                  break;
                case "000b":
                  str += "\\v";
                  break;
                case "001b":
                  str += "\\e";
                  break;
                case "0085":
                  str += "\\N";
                  break;
                case "00a0":
                  str += "\\_";
                  break;
                case "2028":
                  str += "\\L";
                  break;
                case "2029":
                  str += "\\P";
                  break;
                default:
                  if (code.substr(0, 2) === "00") str += "\\x" + code.substr(2);
                  else str += json.substr(i, 6);
              }
              i += 5;
              start = i + 1;
            }
            break;
          case "n":
            if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
              i += 1;
            } else {
              str += json.slice(start, i) + "\n\n";
              while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                str += "\n";
                i += 2;
              }
              str += indent;
              if (json[i + 2] === " ") str += "\\";
              i += 1;
              start = i + 1;
            }
            break;
          default:
            i += 1;
        }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines(str, indent, FOLD_QUOTED, getFoldOptions(ctx));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.implicitKey) {
        if (/\n/.test(value)) return doubleQuotedString(value, ctx);
      } else {
        if (/[ \t]\n|\n[ \t]/.test(value)) return doubleQuotedString(value, ctx);
      }
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx));
    }
    function blockString({
      comment,
      type,
      value
    }, ctx, onComment, onChompKeep) {
      if (/\n[\t ]+$/.test(value) || /^\s*$/.test(value)) {
        return doubleQuotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const indentSize = indent ? "2" : "1";
      const literal2 = type === PlainValue.Type.BLOCK_FOLDED ? false : type === PlainValue.Type.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, strOptions.fold.lineWidth, indent.length);
      let header = literal2 ? "|" : ">";
      if (!value) return header + "\n";
      let wsStart = "";
      let wsEnd = "";
      value = value.replace(/[\n\t ]*$/, (ws2) => {
        const n = ws2.indexOf("\n");
        if (n === -1) {
          header += "-";
        } else if (value === ws2 || n !== ws2.length - 1) {
          header += "+";
          if (onChompKeep) onChompKeep();
        }
        wsEnd = ws2.replace(/\n$/, "");
        return "";
      }).replace(/^[\n ]*/, (ws2) => {
        if (ws2.indexOf(" ") !== -1) header += indentSize;
        const m2 = ws2.match(/ +$/);
        if (m2) {
          wsStart = ws2.slice(0, -m2[0].length);
          return m2[0];
        } else {
          wsStart = ws2;
          return "";
        }
      });
      if (wsEnd) wsEnd = wsEnd.replace(/\n+(?!\n|$)/g, `$&${indent}`);
      if (wsStart) wsStart = wsStart.replace(/\n+/g, `$&${indent}`);
      if (comment) {
        header += " #" + comment.replace(/ ?[\r\n]+/g, " ");
        if (onComment) onComment();
      }
      if (!value) return `${header}${indentSize}
${indent}${wsEnd}`;
      if (literal2) {
        value = value.replace(/\n+/g, `$&${indent}`);
        return `${header}
${indent}${wsStart}${value}${wsEnd}`;
      }
      value = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
      const body = foldFlowLines(`${wsStart}${value}${wsEnd}`, indent, FOLD_BLOCK, strOptions.fold);
      return `${header}
${indent}${body}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const {
        comment,
        type,
        value
      } = item;
      const {
        actualString,
        implicitKey,
        indent,
        inFlow
      } = ctx;
      if (implicitKey && /[\n[\]{},]/.test(value) || inFlow && /[[\]{},]/.test(value)) {
        return doubleQuotedString(value, ctx);
      }
      if (!value || /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || value.indexOf("\n") === -1 ? value.indexOf('"') !== -1 && value.indexOf("'") === -1 ? singleQuotedString(value, ctx) : doubleQuotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== PlainValue.Type.PLAIN && value.indexOf("\n") !== -1) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (indent === "" && containsDocumentMarker(value)) {
        ctx.forceBlockIndent = true;
        return blockString(item, ctx, onComment, onChompKeep);
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const {
          tags
        } = ctx.doc.schema;
        const resolved = resolveScalar(str, tags, tags.scalarFallback).value;
        if (typeof resolved !== "string") return doubleQuotedString(value, ctx);
      }
      const body = implicitKey ? str : foldFlowLines(str, indent, FOLD_FLOW, getFoldOptions(ctx));
      if (comment && !inFlow && (body.indexOf("\n") !== -1 || comment.indexOf("\n") !== -1)) {
        if (onComment) onComment();
        return addCommentBefore(body, indent, comment);
      }
      return body;
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const {
        defaultType
      } = strOptions;
      const {
        implicitKey,
        inFlow
      } = ctx;
      let {
        type,
        value
      } = item;
      if (typeof value !== "string") {
        value = String(value);
        item = Object.assign({}, item, {
          value
        });
      }
      const _stringify = (_type) => {
        switch (_type) {
          case PlainValue.Type.BLOCK_FOLDED:
          case PlainValue.Type.BLOCK_LITERAL:
            return blockString(item, ctx, onComment, onChompKeep);
          case PlainValue.Type.QUOTE_DOUBLE:
            return doubleQuotedString(value, ctx);
          case PlainValue.Type.QUOTE_SINGLE:
            return singleQuotedString(value, ctx);
          case PlainValue.Type.PLAIN:
            return plainString(item, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      if (type !== PlainValue.Type.QUOTE_DOUBLE && /[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(value)) {
        type = PlainValue.Type.QUOTE_DOUBLE;
      } else if ((implicitKey || inFlow) && (type === PlainValue.Type.BLOCK_FOLDED || type === PlainValue.Type.BLOCK_LITERAL)) {
        type = PlainValue.Type.QUOTE_DOUBLE;
      }
      let res = _stringify(type);
      if (res === null) {
        res = _stringify(defaultType);
        if (res === null) throw new Error(`Unsupported default string type ${defaultType}`);
      }
      return res;
    }
    function stringifyNumber({
      format: format2,
      minFractionDigits,
      tag,
      value
    }) {
      if (typeof value === "bigint") return String(value);
      if (!isFinite(value)) return isNaN(value) ? ".nan" : value < 0 ? "-.inf" : ".inf";
      let n = JSON.stringify(value);
      if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^\d/.test(n)) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0) n += "0";
      }
      return n;
    }
    function checkFlowCollectionEnd(errors, cst) {
      let char, name;
      switch (cst.type) {
        case PlainValue.Type.FLOW_MAP:
          char = "}";
          name = "flow map";
          break;
        case PlainValue.Type.FLOW_SEQ:
          char = "]";
          name = "flow sequence";
          break;
        default:
          errors.push(new PlainValue.YAMLSemanticError(cst, "Not a flow collection!?"));
          return;
      }
      let lastItem;
      for (let i = cst.items.length - 1; i >= 0; --i) {
        const item = cst.items[i];
        if (!item || item.type !== PlainValue.Type.COMMENT) {
          lastItem = item;
          break;
        }
      }
      if (lastItem && lastItem.char !== char) {
        const msg = `Expected ${name} to end with ${char}`;
        let err;
        if (typeof lastItem.offset === "number") {
          err = new PlainValue.YAMLSemanticError(cst, msg);
          err.offset = lastItem.offset + 1;
        } else {
          err = new PlainValue.YAMLSemanticError(lastItem, msg);
          if (lastItem.range && lastItem.range.end) err.offset = lastItem.range.end - lastItem.range.start;
        }
        errors.push(err);
      }
    }
    function checkFlowCommentSpace(errors, comment) {
      const prev = comment.context.src[comment.range.start - 1];
      if (prev !== "\n" && prev !== "	" && prev !== " ") {
        const msg = "Comments must be separated from other tokens by white space characters";
        errors.push(new PlainValue.YAMLSemanticError(comment, msg));
      }
    }
    function getLongKeyError(source, key) {
      const sk = String(key);
      const k2 = sk.substr(0, 8) + "..." + sk.substr(-8);
      return new PlainValue.YAMLSemanticError(source, `The "${k2}" key is too long`);
    }
    function resolveComments(collection, comments) {
      for (const {
        afterKey,
        before,
        comment
      } of comments) {
        let item = collection.items[before];
        if (!item) {
          if (comment !== void 0) {
            if (collection.comment) collection.comment += "\n" + comment;
            else collection.comment = comment;
          }
        } else {
          if (afterKey && item.value) item = item.value;
          if (comment === void 0) {
            if (afterKey || !item.commentBefore) item.spaceBefore = true;
          } else {
            if (item.commentBefore) item.commentBefore += "\n" + comment;
            else item.commentBefore = comment;
          }
        }
      }
    }
    function resolveString(doc, node) {
      const res = node.strValue;
      if (!res) return "";
      if (typeof res === "string") return res;
      res.errors.forEach((error) => {
        if (!error.source) error.source = node;
        doc.errors.push(error);
      });
      return res.str;
    }
    function resolveTagHandle(doc, node) {
      const {
        handle,
        suffix
      } = node.tag;
      let prefix = doc.tagPrefixes.find((p2) => p2.handle === handle);
      if (!prefix) {
        const dtp = doc.getDefaults().tagPrefixes;
        if (dtp) prefix = dtp.find((p2) => p2.handle === handle);
        if (!prefix) throw new PlainValue.YAMLSemanticError(node, `The ${handle} tag handle is non-default and was not declared.`);
      }
      if (!suffix) throw new PlainValue.YAMLSemanticError(node, `The ${handle} tag has no suffix.`);
      if (handle === "!" && (doc.version || doc.options.version) === "1.0") {
        if (suffix[0] === "^") {
          doc.warnings.push(new PlainValue.YAMLWarning(node, "YAML 1.0 ^ tag expansion is not supported"));
          return suffix;
        }
        if (/[:/]/.test(suffix)) {
          const vocab = suffix.match(/^([a-z0-9-]+)\/(.*)/i);
          return vocab ? `tag:${vocab[1]}.yaml.org,2002:${vocab[2]}` : `tag:${suffix}`;
        }
      }
      return prefix.prefix + decodeURIComponent(suffix);
    }
    function resolveTagName(doc, node) {
      const {
        tag,
        type
      } = node;
      let nonSpecific = false;
      if (tag) {
        const {
          handle,
          suffix,
          verbatim
        } = tag;
        if (verbatim) {
          if (verbatim !== "!" && verbatim !== "!!") return verbatim;
          const msg = `Verbatim tags aren't resolved, so ${verbatim} is invalid.`;
          doc.errors.push(new PlainValue.YAMLSemanticError(node, msg));
        } else if (handle === "!" && !suffix) {
          nonSpecific = true;
        } else {
          try {
            return resolveTagHandle(doc, node);
          } catch (error) {
            doc.errors.push(error);
          }
        }
      }
      switch (type) {
        case PlainValue.Type.BLOCK_FOLDED:
        case PlainValue.Type.BLOCK_LITERAL:
        case PlainValue.Type.QUOTE_DOUBLE:
        case PlainValue.Type.QUOTE_SINGLE:
          return PlainValue.defaultTags.STR;
        case PlainValue.Type.FLOW_MAP:
        case PlainValue.Type.MAP:
          return PlainValue.defaultTags.MAP;
        case PlainValue.Type.FLOW_SEQ:
        case PlainValue.Type.SEQ:
          return PlainValue.defaultTags.SEQ;
        case PlainValue.Type.PLAIN:
          return nonSpecific ? PlainValue.defaultTags.STR : null;
        default:
          return null;
      }
    }
    function resolveByTagName(doc, node, tagName) {
      const {
        tags
      } = doc.schema;
      const matchWithTest = [];
      for (const tag of tags) {
        if (tag.tag === tagName) {
          if (tag.test) matchWithTest.push(tag);
          else {
            const res = tag.resolve(doc, node);
            return res instanceof Collection ? res : new Scalar(res);
          }
        }
      }
      const str = resolveString(doc, node);
      if (typeof str === "string" && matchWithTest.length > 0) return resolveScalar(str, matchWithTest, tags.scalarFallback);
      return null;
    }
    function getFallbackTagName({
      type
    }) {
      switch (type) {
        case PlainValue.Type.FLOW_MAP:
        case PlainValue.Type.MAP:
          return PlainValue.defaultTags.MAP;
        case PlainValue.Type.FLOW_SEQ:
        case PlainValue.Type.SEQ:
          return PlainValue.defaultTags.SEQ;
        default:
          return PlainValue.defaultTags.STR;
      }
    }
    function resolveTag(doc, node, tagName) {
      try {
        const res = resolveByTagName(doc, node, tagName);
        if (res) {
          if (tagName && node.tag) res.tag = tagName;
          return res;
        }
      } catch (error) {
        if (error instanceof PlainValue.YAMLError) {
          if (!error.source) error.source = node;
          doc.errors.push(error);
        } else {
          const msg = error instanceof Error ? error.message : String(error);
          doc.errors.push(new PlainValue.YAMLSemanticError(node, msg));
        }
        return null;
      }
      try {
        const fallback = getFallbackTagName(node);
        if (!fallback) throw new Error(`The tag ${tagName} is unavailable`);
        const msg = `The tag ${tagName} is unavailable, falling back to ${fallback}`;
        doc.warnings.push(new PlainValue.YAMLWarning(node, msg));
        const res = resolveByTagName(doc, node, fallback);
        res.tag = tagName;
        return res;
      } catch (error) {
        const refError = new PlainValue.YAMLReferenceError(node, error.message);
        refError.stack = error.stack;
        doc.errors.push(refError);
        return null;
      }
    }
    var isCollectionItem = (node) => {
      if (!node) return false;
      const {
        type
      } = node;
      return type === PlainValue.Type.MAP_KEY || type === PlainValue.Type.MAP_VALUE || type === PlainValue.Type.SEQ_ITEM;
    };
    function resolveNodeProps(errors, node) {
      const comments = {
        before: [],
        after: []
      };
      let hasAnchor = false;
      let hasTag = false;
      const props = isCollectionItem(node.context.parent) ? node.context.parent.props.concat(node.props) : node.props;
      for (const {
        start,
        end
      } of props) {
        switch (node.context.src[start]) {
          case PlainValue.Char.COMMENT: {
            if (!node.commentHasRequiredWhitespace(start)) {
              const msg = "Comments must be separated from other tokens by white space characters";
              errors.push(new PlainValue.YAMLSemanticError(node, msg));
            }
            const {
              header,
              valueRange
            } = node;
            const cc = valueRange && (start > valueRange.start || header && start > header.start) ? comments.after : comments.before;
            cc.push(node.context.src.slice(start + 1, end));
            break;
          }
          // Actual anchor & tag resolution is handled by schema, here we just complain
          case PlainValue.Char.ANCHOR:
            if (hasAnchor) {
              const msg = "A node can have at most one anchor";
              errors.push(new PlainValue.YAMLSemanticError(node, msg));
            }
            hasAnchor = true;
            break;
          case PlainValue.Char.TAG:
            if (hasTag) {
              const msg = "A node can have at most one tag";
              errors.push(new PlainValue.YAMLSemanticError(node, msg));
            }
            hasTag = true;
            break;
        }
      }
      return {
        comments,
        hasAnchor,
        hasTag
      };
    }
    function resolveNodeValue(doc, node) {
      const {
        anchors,
        errors,
        schema
      } = doc;
      if (node.type === PlainValue.Type.ALIAS) {
        const name = node.rawValue;
        const src = anchors.getNode(name);
        if (!src) {
          const msg = `Aliased anchor not found: ${name}`;
          errors.push(new PlainValue.YAMLReferenceError(node, msg));
          return null;
        }
        const res = new Alias(src);
        anchors._cstAliases.push(res);
        return res;
      }
      const tagName = resolveTagName(doc, node);
      if (tagName) return resolveTag(doc, node, tagName);
      if (node.type !== PlainValue.Type.PLAIN) {
        const msg = `Failed to resolve ${node.type} node here`;
        errors.push(new PlainValue.YAMLSyntaxError(node, msg));
        return null;
      }
      try {
        const str = resolveString(doc, node);
        return resolveScalar(str, schema.tags, schema.tags.scalarFallback);
      } catch (error) {
        if (!error.source) error.source = node;
        errors.push(error);
        return null;
      }
    }
    function resolveNode(doc, node) {
      if (!node) return null;
      if (node.error) doc.errors.push(node.error);
      const {
        comments,
        hasAnchor,
        hasTag
      } = resolveNodeProps(doc.errors, node);
      if (hasAnchor) {
        const {
          anchors
        } = doc;
        const name = node.anchor;
        const prev = anchors.getNode(name);
        if (prev) anchors.map[anchors.newName(name)] = prev;
        anchors.map[name] = node;
      }
      if (node.type === PlainValue.Type.ALIAS && (hasAnchor || hasTag)) {
        const msg = "An alias node must not specify any properties";
        doc.errors.push(new PlainValue.YAMLSemanticError(node, msg));
      }
      const res = resolveNodeValue(doc, node);
      if (res) {
        res.range = [node.range.start, node.range.end];
        if (doc.options.keepCstNodes) res.cstNode = node;
        if (doc.options.keepNodeTypes) res.type = node.type;
        const cb = comments.before.join("\n");
        if (cb) {
          res.commentBefore = res.commentBefore ? `${res.commentBefore}
${cb}` : cb;
        }
        const ca = comments.after.join("\n");
        if (ca) res.comment = res.comment ? `${res.comment}
${ca}` : ca;
      }
      return node.resolved = res;
    }
    function resolveMap(doc, cst) {
      if (cst.type !== PlainValue.Type.MAP && cst.type !== PlainValue.Type.FLOW_MAP) {
        const msg = `A ${cst.type} node cannot be resolved as a mapping`;
        doc.errors.push(new PlainValue.YAMLSyntaxError(cst, msg));
        return null;
      }
      const {
        comments,
        items
      } = cst.type === PlainValue.Type.FLOW_MAP ? resolveFlowMapItems(doc, cst) : resolveBlockMapItems(doc, cst);
      const map = new YAMLMap();
      map.items = items;
      resolveComments(map, comments);
      let hasCollectionKey = false;
      for (let i = 0; i < items.length; ++i) {
        const {
          key: iKey
        } = items[i];
        if (iKey instanceof Collection) hasCollectionKey = true;
        if (doc.schema.merge && iKey && iKey.value === MERGE_KEY) {
          items[i] = new Merge(items[i]);
          const sources = items[i].value.items;
          let error = null;
          sources.some((node) => {
            if (node instanceof Alias) {
              const {
                type
              } = node.source;
              if (type === PlainValue.Type.MAP || type === PlainValue.Type.FLOW_MAP) return false;
              return error = "Merge nodes aliases can only point to maps";
            }
            return error = "Merge nodes can only have Alias nodes as values";
          });
          if (error) doc.errors.push(new PlainValue.YAMLSemanticError(cst, error));
        } else {
          for (let j2 = i + 1; j2 < items.length; ++j2) {
            const {
              key: jKey
            } = items[j2];
            if (iKey === jKey || iKey && jKey && Object.prototype.hasOwnProperty.call(iKey, "value") && iKey.value === jKey.value) {
              const msg = `Map keys must be unique; "${iKey}" is repeated`;
              doc.errors.push(new PlainValue.YAMLSemanticError(cst, msg));
              break;
            }
          }
        }
      }
      if (hasCollectionKey && !doc.options.mapAsMap) {
        const warn = "Keys with collection values will be stringified as YAML due to JS Object restrictions. Use mapAsMap: true to avoid this.";
        doc.warnings.push(new PlainValue.YAMLWarning(cst, warn));
      }
      cst.resolved = map;
      return map;
    }
    var valueHasPairComment = ({
      context: {
        lineStart,
        node,
        src
      },
      props
    }) => {
      if (props.length === 0) return false;
      const {
        start
      } = props[0];
      if (node && start > node.valueRange.start) return false;
      if (src[start] !== PlainValue.Char.COMMENT) return false;
      for (let i = lineStart; i < start; ++i) if (src[i] === "\n") return false;
      return true;
    };
    function resolvePairComment(item, pair) {
      if (!valueHasPairComment(item)) return;
      const comment = item.getPropValue(0, PlainValue.Char.COMMENT, true);
      let found = false;
      const cb = pair.value.commentBefore;
      if (cb && cb.startsWith(comment)) {
        pair.value.commentBefore = cb.substr(comment.length + 1);
        found = true;
      } else {
        const cc = pair.value.comment;
        if (!item.node && cc && cc.startsWith(comment)) {
          pair.value.comment = cc.substr(comment.length + 1);
          found = true;
        }
      }
      if (found) pair.comment = comment;
    }
    function resolveBlockMapItems(doc, cst) {
      const comments = [];
      const items = [];
      let key = void 0;
      let keyStart = null;
      for (let i = 0; i < cst.items.length; ++i) {
        const item = cst.items[i];
        switch (item.type) {
          case PlainValue.Type.BLANK_LINE:
            comments.push({
              afterKey: !!key,
              before: items.length
            });
            break;
          case PlainValue.Type.COMMENT:
            comments.push({
              afterKey: !!key,
              before: items.length,
              comment: item.comment
            });
            break;
          case PlainValue.Type.MAP_KEY:
            if (key !== void 0) items.push(new Pair(key));
            if (item.error) doc.errors.push(item.error);
            key = resolveNode(doc, item.node);
            keyStart = null;
            break;
          case PlainValue.Type.MAP_VALUE:
            {
              if (key === void 0) key = null;
              if (item.error) doc.errors.push(item.error);
              if (!item.context.atLineStart && item.node && item.node.type === PlainValue.Type.MAP && !item.node.context.atLineStart) {
                const msg = "Nested mappings are not allowed in compact mappings";
                doc.errors.push(new PlainValue.YAMLSemanticError(item.node, msg));
              }
              let valueNode = item.node;
              if (!valueNode && item.props.length > 0) {
                valueNode = new PlainValue.PlainValue(PlainValue.Type.PLAIN, []);
                valueNode.context = {
                  parent: item,
                  src: item.context.src
                };
                const pos = item.range.start + 1;
                valueNode.range = {
                  start: pos,
                  end: pos
                };
                valueNode.valueRange = {
                  start: pos,
                  end: pos
                };
                if (typeof item.range.origStart === "number") {
                  const origPos = item.range.origStart + 1;
                  valueNode.range.origStart = valueNode.range.origEnd = origPos;
                  valueNode.valueRange.origStart = valueNode.valueRange.origEnd = origPos;
                }
              }
              const pair = new Pair(key, resolveNode(doc, valueNode));
              resolvePairComment(item, pair);
              items.push(pair);
              if (key && typeof keyStart === "number") {
                if (item.range.start > keyStart + 1024) doc.errors.push(getLongKeyError(cst, key));
              }
              key = void 0;
              keyStart = null;
            }
            break;
          default:
            if (key !== void 0) items.push(new Pair(key));
            key = resolveNode(doc, item);
            keyStart = item.range.start;
            if (item.error) doc.errors.push(item.error);
            next: for (let j2 = i + 1; ; ++j2) {
              const nextItem = cst.items[j2];
              switch (nextItem && nextItem.type) {
                case PlainValue.Type.BLANK_LINE:
                case PlainValue.Type.COMMENT:
                  continue next;
                case PlainValue.Type.MAP_VALUE:
                  break next;
                default: {
                  const msg = "Implicit map keys need to be followed by map values";
                  doc.errors.push(new PlainValue.YAMLSemanticError(item, msg));
                  break next;
                }
              }
            }
            if (item.valueRangeContainsNewline) {
              const msg = "Implicit map keys need to be on a single line";
              doc.errors.push(new PlainValue.YAMLSemanticError(item, msg));
            }
        }
      }
      if (key !== void 0) items.push(new Pair(key));
      return {
        comments,
        items
      };
    }
    function resolveFlowMapItems(doc, cst) {
      const comments = [];
      const items = [];
      let key = void 0;
      let explicitKey = false;
      let next = "{";
      for (let i = 0; i < cst.items.length; ++i) {
        const item = cst.items[i];
        if (typeof item.char === "string") {
          const {
            char,
            offset
          } = item;
          if (char === "?" && key === void 0 && !explicitKey) {
            explicitKey = true;
            next = ":";
            continue;
          }
          if (char === ":") {
            if (key === void 0) key = null;
            if (next === ":") {
              next = ",";
              continue;
            }
          } else {
            if (explicitKey) {
              if (key === void 0 && char !== ",") key = null;
              explicitKey = false;
            }
            if (key !== void 0) {
              items.push(new Pair(key));
              key = void 0;
              if (char === ",") {
                next = ":";
                continue;
              }
            }
          }
          if (char === "}") {
            if (i === cst.items.length - 1) continue;
          } else if (char === next) {
            next = ":";
            continue;
          }
          const msg = `Flow map contains an unexpected ${char}`;
          const err = new PlainValue.YAMLSyntaxError(cst, msg);
          err.offset = offset;
          doc.errors.push(err);
        } else if (item.type === PlainValue.Type.BLANK_LINE) {
          comments.push({
            afterKey: !!key,
            before: items.length
          });
        } else if (item.type === PlainValue.Type.COMMENT) {
          checkFlowCommentSpace(doc.errors, item);
          comments.push({
            afterKey: !!key,
            before: items.length,
            comment: item.comment
          });
        } else if (key === void 0) {
          if (next === ",") doc.errors.push(new PlainValue.YAMLSemanticError(item, "Separator , missing in flow map"));
          key = resolveNode(doc, item);
        } else {
          if (next !== ",") doc.errors.push(new PlainValue.YAMLSemanticError(item, "Indicator : missing in flow map entry"));
          items.push(new Pair(key, resolveNode(doc, item)));
          key = void 0;
          explicitKey = false;
        }
      }
      checkFlowCollectionEnd(doc.errors, cst);
      if (key !== void 0) items.push(new Pair(key));
      return {
        comments,
        items
      };
    }
    function resolveSeq(doc, cst) {
      if (cst.type !== PlainValue.Type.SEQ && cst.type !== PlainValue.Type.FLOW_SEQ) {
        const msg = `A ${cst.type} node cannot be resolved as a sequence`;
        doc.errors.push(new PlainValue.YAMLSyntaxError(cst, msg));
        return null;
      }
      const {
        comments,
        items
      } = cst.type === PlainValue.Type.FLOW_SEQ ? resolveFlowSeqItems(doc, cst) : resolveBlockSeqItems(doc, cst);
      const seq = new YAMLSeq();
      seq.items = items;
      resolveComments(seq, comments);
      if (!doc.options.mapAsMap && items.some((it2) => it2 instanceof Pair && it2.key instanceof Collection)) {
        const warn = "Keys with collection values will be stringified as YAML due to JS Object restrictions. Use mapAsMap: true to avoid this.";
        doc.warnings.push(new PlainValue.YAMLWarning(cst, warn));
      }
      cst.resolved = seq;
      return seq;
    }
    function resolveBlockSeqItems(doc, cst) {
      const comments = [];
      const items = [];
      for (let i = 0; i < cst.items.length; ++i) {
        const item = cst.items[i];
        switch (item.type) {
          case PlainValue.Type.BLANK_LINE:
            comments.push({
              before: items.length
            });
            break;
          case PlainValue.Type.COMMENT:
            comments.push({
              comment: item.comment,
              before: items.length
            });
            break;
          case PlainValue.Type.SEQ_ITEM:
            if (item.error) doc.errors.push(item.error);
            items.push(resolveNode(doc, item.node));
            if (item.hasProps) {
              const msg = "Sequence items cannot have tags or anchors before the - indicator";
              doc.errors.push(new PlainValue.YAMLSemanticError(item, msg));
            }
            break;
          default:
            if (item.error) doc.errors.push(item.error);
            doc.errors.push(new PlainValue.YAMLSyntaxError(item, `Unexpected ${item.type} node in sequence`));
        }
      }
      return {
        comments,
        items
      };
    }
    function resolveFlowSeqItems(doc, cst) {
      const comments = [];
      const items = [];
      let explicitKey = false;
      let key = void 0;
      let keyStart = null;
      let next = "[";
      let prevItem = null;
      for (let i = 0; i < cst.items.length; ++i) {
        const item = cst.items[i];
        if (typeof item.char === "string") {
          const {
            char,
            offset
          } = item;
          if (char !== ":" && (explicitKey || key !== void 0)) {
            if (explicitKey && key === void 0) key = next ? items.pop() : null;
            items.push(new Pair(key));
            explicitKey = false;
            key = void 0;
            keyStart = null;
          }
          if (char === next) {
            next = null;
          } else if (!next && char === "?") {
            explicitKey = true;
          } else if (next !== "[" && char === ":" && key === void 0) {
            if (next === ",") {
              key = items.pop();
              if (key instanceof Pair) {
                const msg = "Chaining flow sequence pairs is invalid";
                const err = new PlainValue.YAMLSemanticError(cst, msg);
                err.offset = offset;
                doc.errors.push(err);
              }
              if (!explicitKey && typeof keyStart === "number") {
                const keyEnd = item.range ? item.range.start : item.offset;
                if (keyEnd > keyStart + 1024) doc.errors.push(getLongKeyError(cst, key));
                const {
                  src
                } = prevItem.context;
                for (let i2 = keyStart; i2 < keyEnd; ++i2) if (src[i2] === "\n") {
                  const msg = "Implicit keys of flow sequence pairs need to be on a single line";
                  doc.errors.push(new PlainValue.YAMLSemanticError(prevItem, msg));
                  break;
                }
              }
            } else {
              key = null;
            }
            keyStart = null;
            explicitKey = false;
            next = null;
          } else if (next === "[" || char !== "]" || i < cst.items.length - 1) {
            const msg = `Flow sequence contains an unexpected ${char}`;
            const err = new PlainValue.YAMLSyntaxError(cst, msg);
            err.offset = offset;
            doc.errors.push(err);
          }
        } else if (item.type === PlainValue.Type.BLANK_LINE) {
          comments.push({
            before: items.length
          });
        } else if (item.type === PlainValue.Type.COMMENT) {
          checkFlowCommentSpace(doc.errors, item);
          comments.push({
            comment: item.comment,
            before: items.length
          });
        } else {
          if (next) {
            const msg = `Expected a ${next} in flow sequence`;
            doc.errors.push(new PlainValue.YAMLSemanticError(item, msg));
          }
          const value = resolveNode(doc, item);
          if (key === void 0) {
            items.push(value);
            prevItem = item;
          } else {
            items.push(new Pair(key, value));
            key = void 0;
          }
          keyStart = item.range.start;
          next = ",";
        }
      }
      checkFlowCollectionEnd(doc.errors, cst);
      if (key !== void 0) items.push(new Pair(key));
      return {
        comments,
        items
      };
    }
    exports.Alias = Alias;
    exports.Collection = Collection;
    exports.Merge = Merge;
    exports.Node = Node;
    exports.Pair = Pair;
    exports.Scalar = Scalar;
    exports.YAMLMap = YAMLMap;
    exports.YAMLSeq = YAMLSeq;
    exports.addComment = addComment;
    exports.binaryOptions = binaryOptions;
    exports.boolOptions = boolOptions;
    exports.findPair = findPair;
    exports.intOptions = intOptions;
    exports.isEmptyPath = isEmptyPath;
    exports.nullOptions = nullOptions;
    exports.resolveMap = resolveMap;
    exports.resolveNode = resolveNode;
    exports.resolveSeq = resolveSeq;
    exports.resolveString = resolveString;
    exports.strOptions = strOptions;
    exports.stringifyNumber = stringifyNumber;
    exports.stringifyString = stringifyString;
    exports.toJSON = toJSON2;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/warnings-793925ce.js
var require_warnings_793925ce = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/warnings-793925ce.js"(exports) {
    "use strict";
    var PlainValue = require_PlainValue_516d5bc2();
    var resolveSeq = require_resolveSeq_95613e94();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve: (doc, node) => {
        const src = resolveSeq.resolveString(doc, node);
        if (typeof Buffer === "function") {
          return Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i) buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          const msg = "This environment does not support reading binary tags; either Buffer or atob is required";
          doc.errors.push(new PlainValue.YAMLReferenceError(node, msg));
          return null;
        }
      },
      options: resolveSeq.binaryOptions,
      stringify: ({
        comment,
        type,
        value
      }, ctx, onComment, onChompKeep) => {
        let src;
        if (typeof Buffer === "function") {
          src = value instanceof Buffer ? value.toString("base64") : Buffer.from(value.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s3 = "";
          for (let i = 0; i < value.length; ++i) s3 += String.fromCharCode(value[i]);
          src = btoa(s3);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        if (!type) type = resolveSeq.binaryOptions.defaultType;
        if (type === PlainValue.Type.QUOTE_DOUBLE) {
          value = src;
        } else {
          const {
            lineWidth
          } = resolveSeq.binaryOptions;
          const n = Math.ceil(src.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = src.substr(o, lineWidth);
          }
          value = lines.join(type === PlainValue.Type.BLOCK_LITERAL ? "\n" : " ");
        }
        return resolveSeq.stringifyString({
          comment,
          type,
          value
        }, ctx, onComment, onChompKeep);
      }
    };
    function parsePairs(doc, cst) {
      const seq = resolveSeq.resolveSeq(doc, cst);
      for (let i = 0; i < seq.items.length; ++i) {
        let item = seq.items[i];
        if (item instanceof resolveSeq.Pair) continue;
        else if (item instanceof resolveSeq.YAMLMap) {
          if (item.items.length > 1) {
            const msg = "Each pair must have its own sequence indicator";
            throw new PlainValue.YAMLSemanticError(cst, msg);
          }
          const pair = item.items[0] || new resolveSeq.Pair();
          if (item.commentBefore) pair.commentBefore = pair.commentBefore ? `${item.commentBefore}
${pair.commentBefore}` : item.commentBefore;
          if (item.comment) pair.comment = pair.comment ? `${item.comment}
${pair.comment}` : item.comment;
          item = pair;
        }
        seq.items[i] = item instanceof resolveSeq.Pair ? item : new resolveSeq.Pair(item);
      }
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const pairs2 = new resolveSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      for (const it2 of iterable) {
        let key, value;
        if (Array.isArray(it2)) {
          if (it2.length === 2) {
            key = it2[0];
            value = it2[1];
          } else throw new TypeError(`Expected [key, value] tuple: ${it2}`);
        } else if (it2 && it2 instanceof Object) {
          const keys = Object.keys(it2);
          if (keys.length === 1) {
            key = keys[0];
            value = it2[key];
          } else throw new TypeError(`Expected { key: value } tuple: ${it2}`);
        } else {
          key = it2;
        }
        const pair = schema.createPair(key, value, ctx);
        pairs2.items.push(pair);
      }
      return pairs2;
    }
    var pairs = {
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: parsePairs,
      createNode: createPairs
    };
    var YAMLOMap = class _YAMLOMap extends resolveSeq.YAMLSeq {
      constructor() {
        super();
        PlainValue._defineProperty(this, "add", resolveSeq.YAMLMap.prototype.add.bind(this));
        PlainValue._defineProperty(this, "delete", resolveSeq.YAMLMap.prototype.delete.bind(this));
        PlainValue._defineProperty(this, "get", resolveSeq.YAMLMap.prototype.get.bind(this));
        PlainValue._defineProperty(this, "has", resolveSeq.YAMLMap.prototype.has.bind(this));
        PlainValue._defineProperty(this, "set", resolveSeq.YAMLMap.prototype.set.bind(this));
        this.tag = _YAMLOMap.tag;
      }
      toJSON(_2, ctx) {
        const map = /* @__PURE__ */ new Map();
        if (ctx && ctx.onCreate) ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (pair instanceof resolveSeq.Pair) {
            key = resolveSeq.toJSON(pair.key, "", ctx);
            value = resolveSeq.toJSON(pair.value, key, ctx);
          } else {
            key = resolveSeq.toJSON(pair, "", ctx);
          }
          if (map.has(key)) throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
    };
    PlainValue._defineProperty(YAMLOMap, "tag", "tag:yaml.org,2002:omap");
    function parseOMap(doc, cst) {
      const pairs2 = parsePairs(doc, cst);
      const seenKeys = [];
      for (const {
        key
      } of pairs2.items) {
        if (key instanceof resolveSeq.Scalar) {
          if (seenKeys.includes(key.value)) {
            const msg = "Ordered maps must not include duplicate keys";
            throw new PlainValue.YAMLSemanticError(cst, msg);
          } else {
            seenKeys.push(key.value);
          }
        }
      }
      return Object.assign(new YAMLOMap(), pairs2);
    }
    function createOMap(schema, iterable, ctx) {
      const pairs2 = createPairs(schema, iterable, ctx);
      const omap2 = new YAMLOMap();
      omap2.items = pairs2.items;
      return omap2;
    }
    var omap = {
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve: parseOMap,
      createNode: createOMap
    };
    var YAMLSet = class _YAMLSet extends resolveSeq.YAMLMap {
      constructor() {
        super();
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        const pair = key instanceof resolveSeq.Pair ? key : new resolveSeq.Pair(key);
        const prev = resolveSeq.findPair(this.items, pair.key);
        if (!prev) this.items.push(pair);
      }
      get(key, keepPair) {
        const pair = resolveSeq.findPair(this.items, key);
        return !keepPair && pair instanceof resolveSeq.Pair ? pair.key instanceof resolveSeq.Scalar ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean") throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = resolveSeq.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new resolveSeq.Pair(key));
        }
      }
      toJSON(_2, ctx) {
        return super.toJSON(_2, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx) return JSON.stringify(this);
        if (this.hasAllNullValues()) return super.toString(ctx, onComment, onChompKeep);
        else throw new Error("Set items must all have null values");
      }
    };
    PlainValue._defineProperty(YAMLSet, "tag", "tag:yaml.org,2002:set");
    function parseSet(doc, cst) {
      const map = resolveSeq.resolveMap(doc, cst);
      if (!map.hasAllNullValues()) throw new PlainValue.YAMLSemanticError(cst, "Set items must all have null values");
      return Object.assign(new YAMLSet(), map);
    }
    function createSet(schema, iterable, ctx) {
      const set2 = new YAMLSet();
      for (const value of iterable) set2.items.push(schema.createPair(value, null, ctx));
      return set2;
    }
    var set = {
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      resolve: parseSet,
      createNode: createSet
    };
    var parseSexagesimal = (sign2, parts) => {
      const n = parts.split(":").reduce((n2, p2) => n2 * 60 + Number(p2), 0);
      return sign2 === "-" ? -n : n;
    };
    var stringifySexagesimal = ({
      value
    }) => {
      if (isNaN(value) || !isFinite(value)) return resolveSeq.stringifyNumber(value);
      let sign2 = "";
      if (value < 0) {
        sign2 = "-";
        value = Math.abs(value);
      }
      const parts = [value % 60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = Math.round((value - parts[0]) / 60);
        parts.unshift(value % 60);
        if (value >= 60) {
          value = Math.round((value - parts[0]) / 60);
          parts.unshift(value);
        }
      }
      return sign2 + parts.map((n) => n < 10 ? "0" + String(n) : String(n)).join(":").replace(/000000\d*$/, "");
    };
    var intTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^([-+]?)([0-9][0-9_]*(?::[0-5]?[0-9])+)$/,
      resolve: (str, sign2, parts) => parseSexagesimal(sign2, parts.replace(/_/g, "")),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^([-+]?)([0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*)$/,
      resolve: (str, sign2, parts) => parseSexagesimal(sign2, parts.replace(/_/g, "")),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^(?:([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?)$"),
      resolve: (str, year, month, day, hour, minute, second, millisec, tz) => {
        if (millisec) millisec = (millisec + "00").substr(1, 3);
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec || 0);
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz[0], tz.slice(1));
          if (Math.abs(d) < 30) d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({
        value
      }) => value.toISOString().replace(/((T00:00)?:00)?\.000Z$/, "")
    };
    function shouldWarn(deprecation) {
      const env = typeof process !== "undefined" && process.env || {};
      if (deprecation) {
        if (typeof YAML_SILENCE_DEPRECATION_WARNINGS !== "undefined") return !YAML_SILENCE_DEPRECATION_WARNINGS;
        return !env.YAML_SILENCE_DEPRECATION_WARNINGS;
      }
      if (typeof YAML_SILENCE_WARNINGS !== "undefined") return !YAML_SILENCE_WARNINGS;
      return !env.YAML_SILENCE_WARNINGS;
    }
    function warn(warning, type) {
      if (shouldWarn(false)) {
        const emit = typeof process !== "undefined" && process.emitWarning;
        if (emit) emit(warning, type);
        else {
          console.warn(type ? `${type}: ${warning}` : warning);
        }
      }
    }
    function warnFileDeprecation(filename) {
      if (shouldWarn(true)) {
        const path = filename.replace(/.*yaml[/\\]/i, "").replace(/\.js$/, "").replace(/\\/g, "/");
        warn(`The endpoint 'yaml/${path}' will be removed in a future release.`, "DeprecationWarning");
      }
    }
    var warned = {};
    function warnOptionDeprecation(name, alternative) {
      if (!warned[name] && shouldWarn(true)) {
        warned[name] = true;
        let msg = `The option '${name}' will be removed in a future release`;
        msg += alternative ? `, use '${alternative}' instead.` : ".";
        warn(msg, "DeprecationWarning");
      }
    }
    exports.binary = binary;
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.omap = omap;
    exports.pairs = pairs;
    exports.set = set;
    exports.timestamp = timestamp;
    exports.warn = warn;
    exports.warnFileDeprecation = warnFileDeprecation;
    exports.warnOptionDeprecation = warnOptionDeprecation;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/Schema-bcc6c2d7.js
var require_Schema_bcc6c2d7 = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/Schema-bcc6c2d7.js"(exports) {
    "use strict";
    var PlainValue = require_PlainValue_516d5bc2();
    var resolveSeq = require_resolveSeq_95613e94();
    var warnings = require_warnings_793925ce();
    function createMap(schema, obj, ctx) {
      const map2 = new resolveSeq.YAMLMap(schema);
      if (obj instanceof Map) {
        for (const [key, value] of obj) map2.items.push(schema.createPair(key, value, ctx));
      } else if (obj && typeof obj === "object") {
        for (const key of Object.keys(obj)) map2.items.push(schema.createPair(key, obj[key], ctx));
      }
      if (typeof schema.sortMapEntries === "function") {
        map2.items.sort(schema.sortMapEntries);
      }
      return map2;
    }
    var map = {
      createNode: createMap,
      default: true,
      nodeClass: resolveSeq.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve: resolveSeq.resolveMap
    };
    function createSeq(schema, obj, ctx) {
      const seq2 = new resolveSeq.YAMLSeq(schema);
      if (obj && obj[Symbol.iterator]) {
        for (const it2 of obj) {
          const v2 = schema.createNode(it2, ctx.wrapScalars, null, ctx);
          seq2.items.push(v2);
        }
      }
      return seq2;
    }
    var seq = {
      createNode: createSeq,
      default: true,
      nodeClass: resolveSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve: resolveSeq.resolveSeq
    };
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: resolveSeq.resolveString,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({
          actualString: true
        }, ctx);
        return resolveSeq.stringifyString(item, ctx, onComment, onChompKeep);
      },
      options: resolveSeq.strOptions
    };
    var failsafe = [map, seq, string];
    var intIdentify$2 = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve$1 = (src, part, radix) => resolveSeq.intOptions.asBigInt ? BigInt(src) : parseInt(part, radix);
    function intStringify$1(node, radix, prefix) {
      const {
        value
      } = node;
      if (intIdentify$2(value) && value >= 0) return prefix + value.toString(radix);
      return resolveSeq.stringifyNumber(node);
    }
    var nullObj = {
      identify: (value) => value == null,
      createNode: (schema, value, ctx) => ctx.wrapScalars ? new resolveSeq.Scalar(null) : null,
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => null,
      options: resolveSeq.nullOptions,
      stringify: () => resolveSeq.nullOptions.nullStr
    };
    var boolObj = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => str[0] === "t" || str[0] === "T",
      options: resolveSeq.boolOptions,
      stringify: ({
        value
      }) => value ? resolveSeq.boolOptions.trueStr : resolveSeq.boolOptions.falseStr
    };
    var octObj = {
      identify: (value) => intIdentify$2(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o([0-7]+)$/,
      resolve: (str, oct) => intResolve$1(str, oct, 8),
      options: resolveSeq.intOptions,
      stringify: (node) => intStringify$1(node, 8, "0o")
    };
    var intObj = {
      identify: intIdentify$2,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str) => intResolve$1(str, str, 10),
      options: resolveSeq.intOptions,
      stringify: resolveSeq.stringifyNumber
    };
    var hexObj = {
      identify: (value) => intIdentify$2(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x([0-9a-fA-F]+)$/,
      resolve: (str, hex) => intResolve$1(str, hex, 16),
      options: resolveSeq.intOptions,
      stringify: (node) => intStringify$1(node, 16, "0x")
    };
    var nanObj = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.inf|(\.nan))$/i,
      resolve: (str, nan) => nan ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: resolveSeq.stringifyNumber
    };
    var expObj = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify: ({
        value
      }) => Number(value).toExponential()
    };
    var floatObj = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.([0-9]+)|[0-9]+\.([0-9]*))$/,
      resolve(str, frac1, frac2) {
        const frac = frac1 || frac2;
        const node = new resolveSeq.Scalar(parseFloat(str));
        if (frac && frac[frac.length - 1] === "0") node.minFractionDigits = frac.length;
        return node;
      },
      stringify: resolveSeq.stringifyNumber
    };
    var core = failsafe.concat([nullObj, boolObj, octObj, intObj, hexObj, nanObj, expObj, floatObj]);
    var intIdentify$1 = (value) => typeof value === "bigint" || Number.isInteger(value);
    var stringifyJSON = ({
      value
    }) => JSON.stringify(value);
    var json = [map, seq, {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: resolveSeq.resolveString,
      stringify: stringifyJSON
    }, {
      identify: (value) => value == null,
      createNode: (schema, value, ctx) => ctx.wrapScalars ? new resolveSeq.Scalar(null) : null,
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^null$/,
      resolve: () => null,
      stringify: stringifyJSON
    }, {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^true|false$/,
      resolve: (str) => str === "true",
      stringify: stringifyJSON
    }, {
      identify: intIdentify$1,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^-?(?:0|[1-9][0-9]*)$/,
      resolve: (str) => resolveSeq.intOptions.asBigInt ? BigInt(str) : parseInt(str, 10),
      stringify: ({
        value
      }) => intIdentify$1(value) ? value.toString() : JSON.stringify(value)
    }, {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
      resolve: (str) => parseFloat(str),
      stringify: stringifyJSON
    }];
    json.scalarFallback = (str) => {
      throw new SyntaxError(`Unresolved plain scalar ${JSON.stringify(str)}`);
    };
    var boolStringify = ({
      value
    }) => value ? resolveSeq.boolOptions.trueStr : resolveSeq.boolOptions.falseStr;
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(sign2, src, radix) {
      let str = src.replace(/_/g, "");
      if (resolveSeq.intOptions.asBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign2 === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign2 === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const {
        value
      } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return resolveSeq.stringifyNumber(node);
    }
    var yaml11 = failsafe.concat([{
      identify: (value) => value == null,
      createNode: (schema, value, ctx) => ctx.wrapScalars ? new resolveSeq.Scalar(null) : null,
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => null,
      options: resolveSeq.nullOptions,
      stringify: () => resolveSeq.nullOptions.nullStr
    }, {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => true,
      options: resolveSeq.boolOptions,
      stringify: boolStringify
    }, {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/i,
      resolve: () => false,
      options: resolveSeq.boolOptions,
      stringify: boolStringify
    }, {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^([-+]?)0b([0-1_]+)$/,
      resolve: (str, sign2, bin) => intResolve(sign2, bin, 2),
      stringify: (node) => intStringify(node, 2, "0b")
    }, {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^([-+]?)0([0-7_]+)$/,
      resolve: (str, sign2, oct) => intResolve(sign2, oct, 8),
      stringify: (node) => intStringify(node, 8, "0")
    }, {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^([-+]?)([0-9][0-9_]*)$/,
      resolve: (str, sign2, abs) => intResolve(sign2, abs, 10),
      stringify: resolveSeq.stringifyNumber
    }, {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^([-+]?)0x([0-9a-fA-F_]+)$/,
      resolve: (str, sign2, hex) => intResolve(sign2, hex, 16),
      stringify: (node) => intStringify(node, 16, "0x")
    }, {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.inf|(\.nan))$/i,
      resolve: (str, nan) => nan ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: resolveSeq.stringifyNumber
    }, {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?([0-9][0-9_]*)?(\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify: ({
        value
      }) => Number(value).toExponential()
    }, {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.([0-9_]*)$/,
      resolve(str, frac) {
        const node = new resolveSeq.Scalar(parseFloat(str.replace(/_/g, "")));
        if (frac) {
          const f2 = frac.replace(/_/g, "");
          if (f2[f2.length - 1] === "0") node.minFractionDigits = f2.length;
        }
        return node;
      },
      stringify: resolveSeq.stringifyNumber
    }], warnings.binary, warnings.omap, warnings.pairs, warnings.set, warnings.intTime, warnings.floatTime, warnings.timestamp);
    var schemas = {
      core,
      failsafe,
      json,
      yaml11
    };
    var tags = {
      binary: warnings.binary,
      bool: boolObj,
      float: floatObj,
      floatExp: expObj,
      floatNaN: nanObj,
      floatTime: warnings.floatTime,
      int: intObj,
      intHex: hexObj,
      intOct: octObj,
      intTime: warnings.intTime,
      map,
      null: nullObj,
      omap: warnings.omap,
      pairs: warnings.pairs,
      seq,
      set: warnings.set,
      timestamp: warnings.timestamp
    };
    function findTagObject(value, tagName, tags2) {
      if (tagName) {
        const match = tags2.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) || match[0];
        if (!tagObj) throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags2.find((t) => (t.identify && t.identify(value) || t.class && value instanceof t.class) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (value instanceof resolveSeq.Node) return value;
      const {
        defaultPrefix,
        onTagObj,
        prevObjects,
        schema,
        wrapScalars
      } = ctx;
      if (tagName && tagName.startsWith("!!")) tagName = defaultPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (typeof value.toJSON === "function") value = value.toJSON();
        if (!value || typeof value !== "object") return wrapScalars ? new resolveSeq.Scalar(value) : value;
        tagObj = value instanceof Map ? map : value[Symbol.iterator] ? seq : map;
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const obj = {
        value: void 0,
        node: void 0
      };
      if (value && typeof value === "object" && prevObjects) {
        const prev = prevObjects.get(value);
        if (prev) {
          const alias = new resolveSeq.Alias(prev);
          ctx.aliasNodes.push(alias);
          return alias;
        }
        obj.value = value;
        prevObjects.set(value, obj);
      }
      obj.node = tagObj.createNode ? tagObj.createNode(ctx.schema, value, ctx) : wrapScalars ? new resolveSeq.Scalar(value) : value;
      if (tagName && obj.node instanceof resolveSeq.Node) obj.node.tag = tagName;
      return obj.node;
    }
    function getSchemaTags(schemas2, knownTags, customTags, schemaId) {
      let tags2 = schemas2[schemaId.replace(/\W/g, "")];
      if (!tags2) {
        const keys = Object.keys(schemas2).map((key) => JSON.stringify(key)).join(", ");
        throw new Error(`Unknown schema "${schemaId}"; use one of ${keys}`);
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags) tags2 = tags2.concat(tag);
      } else if (typeof customTags === "function") {
        tags2 = customTags(tags2.slice());
      }
      for (let i = 0; i < tags2.length; ++i) {
        const tag = tags2[i];
        if (typeof tag === "string") {
          const tagObj = knownTags[tag];
          if (!tagObj) {
            const keys = Object.keys(knownTags).map((key) => JSON.stringify(key)).join(", ");
            throw new Error(`Unknown custom tag "${tag}"; use one of ${keys}`);
          }
          tags2[i] = tagObj;
        }
      }
      return tags2;
    }
    var sortMapEntriesByKey = (a, b2) => a.key < b2.key ? -1 : a.key > b2.key ? 1 : 0;
    var Schema = class _Schema {
      // TODO: remove in v2
      constructor({
        customTags,
        merge: merge2,
        schema,
        sortMapEntries,
        tags: deprecatedCustomTags
      }) {
        this.merge = !!merge2;
        this.name = schema;
        this.sortMapEntries = sortMapEntries === true ? sortMapEntriesByKey : sortMapEntries || null;
        if (!customTags && deprecatedCustomTags) warnings.warnOptionDeprecation("tags", "customTags");
        this.tags = getSchemaTags(schemas, tags, customTags || deprecatedCustomTags, schema);
      }
      createNode(value, wrapScalars, tagName, ctx) {
        const baseCtx = {
          defaultPrefix: _Schema.defaultPrefix,
          schema: this,
          wrapScalars
        };
        const createCtx = ctx ? Object.assign(ctx, baseCtx) : baseCtx;
        return createNode(value, tagName, createCtx);
      }
      createPair(key, value, ctx) {
        if (!ctx) ctx = {
          wrapScalars: true
        };
        const k2 = this.createNode(key, ctx.wrapScalars, null, ctx);
        const v2 = this.createNode(value, ctx.wrapScalars, null, ctx);
        return new resolveSeq.Pair(k2, v2);
      }
    };
    PlainValue._defineProperty(Schema, "defaultPrefix", PlainValue.defaultTagPrefix);
    PlainValue._defineProperty(Schema, "defaultTags", PlainValue.defaultTags);
    exports.Schema = Schema;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/Document-a8d0fbf9.js
var require_Document_a8d0fbf9 = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/Document-a8d0fbf9.js"(exports) {
    "use strict";
    var PlainValue = require_PlainValue_516d5bc2();
    var resolveSeq = require_resolveSeq_95613e94();
    var Schema = require_Schema_bcc6c2d7();
    var defaultOptions = {
      anchorPrefix: "a",
      customTags: null,
      indent: 2,
      indentSeq: true,
      keepCstNodes: false,
      keepNodeTypes: true,
      keepBlobsInJSON: true,
      mapAsMap: false,
      maxAliasCount: 100,
      prettyErrors: false,
      // TODO Set true in v2
      simpleKeys: false,
      version: "1.2"
    };
    var scalarOptions = {
      get binary() {
        return resolveSeq.binaryOptions;
      },
      set binary(opt) {
        Object.assign(resolveSeq.binaryOptions, opt);
      },
      get bool() {
        return resolveSeq.boolOptions;
      },
      set bool(opt) {
        Object.assign(resolveSeq.boolOptions, opt);
      },
      get int() {
        return resolveSeq.intOptions;
      },
      set int(opt) {
        Object.assign(resolveSeq.intOptions, opt);
      },
      get null() {
        return resolveSeq.nullOptions;
      },
      set null(opt) {
        Object.assign(resolveSeq.nullOptions, opt);
      },
      get str() {
        return resolveSeq.strOptions;
      },
      set str(opt) {
        Object.assign(resolveSeq.strOptions, opt);
      }
    };
    var documentOptions = {
      "1.0": {
        schema: "yaml-1.1",
        merge: true,
        tagPrefixes: [{
          handle: "!",
          prefix: PlainValue.defaultTagPrefix
        }, {
          handle: "!!",
          prefix: "tag:private.yaml.org,2002:"
        }]
      },
      1.1: {
        schema: "yaml-1.1",
        merge: true,
        tagPrefixes: [{
          handle: "!",
          prefix: "!"
        }, {
          handle: "!!",
          prefix: PlainValue.defaultTagPrefix
        }]
      },
      1.2: {
        schema: "core",
        merge: false,
        tagPrefixes: [{
          handle: "!",
          prefix: "!"
        }, {
          handle: "!!",
          prefix: PlainValue.defaultTagPrefix
        }]
      }
    };
    function stringifyTag(doc, tag) {
      if ((doc.version || doc.options.version) === "1.0") {
        const priv = tag.match(/^tag:private\.yaml\.org,2002:([^:/]+)$/);
        if (priv) return "!" + priv[1];
        const vocab = tag.match(/^tag:([a-zA-Z0-9-]+)\.yaml\.org,2002:(.*)/);
        return vocab ? `!${vocab[1]}/${vocab[2]}` : `!${tag.replace(/^tag:/, "")}`;
      }
      let p2 = doc.tagPrefixes.find((p3) => tag.indexOf(p3.prefix) === 0);
      if (!p2) {
        const dtp = doc.getDefaults().tagPrefixes;
        p2 = dtp && dtp.find((p3) => tag.indexOf(p3.prefix) === 0);
      }
      if (!p2) return tag[0] === "!" ? tag : `!<${tag}>`;
      const suffix = tag.substr(p2.prefix.length).replace(/[!,[\]{}]/g, (ch) => ({
        "!": "%21",
        ",": "%2C",
        "[": "%5B",
        "]": "%5D",
        "{": "%7B",
        "}": "%7D"
      })[ch]);
      return p2.handle + suffix;
    }
    function getTagObject(tags, item) {
      if (item instanceof resolveSeq.Alias) return resolveSeq.Alias;
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0) return match.find((t) => t.format === item.format) || match[0];
      }
      let tagObj, obj;
      if (item instanceof resolveSeq.Scalar) {
        obj = item.value;
        const match = tags.filter((t) => t.identify && t.identify(obj) || t.class && obj instanceof t.class);
        tagObj = match.find((t) => t.format === item.format) || match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj && obj.constructor ? obj.constructor.name : typeof obj;
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, {
      anchors,
      doc
    }) {
      const props = [];
      const anchor = doc.anchors.getName(node);
      if (anchor) {
        anchors[anchor] = node;
        props.push(`&${anchor}`);
      }
      if (node.tag) {
        props.push(stringifyTag(doc, node.tag));
      } else if (!tagObj.default) {
        props.push(stringifyTag(doc, tagObj.tag));
      }
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      const {
        anchors,
        schema
      } = ctx.doc;
      let tagObj;
      if (!(item instanceof resolveSeq.Node)) {
        const createCtx = {
          aliasNodes: [],
          onTagObj: (o) => tagObj = o,
          prevObjects: /* @__PURE__ */ new Map()
        };
        item = schema.createNode(item, true, null, createCtx);
        for (const alias of createCtx.aliasNodes) {
          alias.source = alias.source.node;
          let name = anchors.getName(alias.source);
          if (!name) {
            name = anchors.newName();
            anchors.map[name] = alias.source;
          }
        }
      }
      if (item instanceof resolveSeq.Pair) return item.toString(ctx, onComment, onChompKeep);
      if (!tagObj) tagObj = getTagObject(schema.tags, item);
      const props = stringifyProps(item, tagObj, ctx);
      if (props.length > 0) ctx.indentAtStart = (ctx.indentAtStart || 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(item, ctx, onComment, onChompKeep) : item instanceof resolveSeq.Scalar ? resolveSeq.stringifyString(item, ctx, onComment, onChompKeep) : item.toString(ctx, onComment, onChompKeep);
      if (!props) return str;
      return item instanceof resolveSeq.Scalar || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    var Anchors = class _Anchors {
      static validAnchorNode(node) {
        return node instanceof resolveSeq.Scalar || node instanceof resolveSeq.YAMLSeq || node instanceof resolveSeq.YAMLMap;
      }
      constructor(prefix) {
        PlainValue._defineProperty(this, "map", /* @__PURE__ */ Object.create(null));
        this.prefix = prefix;
      }
      createAlias(node, name) {
        this.setAnchor(node, name);
        return new resolveSeq.Alias(node);
      }
      createMergePair(...sources) {
        const merge2 = new resolveSeq.Merge();
        merge2.value.items = sources.map((s3) => {
          if (s3 instanceof resolveSeq.Alias) {
            if (s3.source instanceof resolveSeq.YAMLMap) return s3;
          } else if (s3 instanceof resolveSeq.YAMLMap) {
            return this.createAlias(s3);
          }
          throw new Error("Merge sources must be Map nodes or their Aliases");
        });
        return merge2;
      }
      getName(node) {
        const {
          map
        } = this;
        return Object.keys(map).find((a) => map[a] === node);
      }
      getNames() {
        return Object.keys(this.map);
      }
      getNode(name) {
        return this.map[name];
      }
      newName(prefix) {
        if (!prefix) prefix = this.prefix;
        const names = Object.keys(this.map);
        for (let i = 1; true; ++i) {
          const name = `${prefix}${i}`;
          if (!names.includes(name)) return name;
        }
      }
      // During parsing, map & aliases contain CST nodes
      resolveNodes() {
        const {
          map,
          _cstAliases
        } = this;
        Object.keys(map).forEach((a) => {
          map[a] = map[a].resolved;
        });
        _cstAliases.forEach((a) => {
          a.source = a.source.resolved;
        });
        delete this._cstAliases;
      }
      setAnchor(node, name) {
        if (node != null && !_Anchors.validAnchorNode(node)) {
          throw new Error("Anchors may only be set for Scalar, Seq and Map nodes");
        }
        if (name && /[\x00-\x19\s,[\]{}]/.test(name)) {
          throw new Error("Anchor names must not contain whitespace or control characters");
        }
        const {
          map
        } = this;
        const prev = node && Object.keys(map).find((a) => map[a] === node);
        if (prev) {
          if (!name) {
            return prev;
          } else if (prev !== name) {
            delete map[prev];
            map[name] = node;
          }
        } else {
          if (!name) {
            if (!node) return null;
            name = this.newName();
          }
          map[name] = node;
        }
        return name;
      }
    };
    var visit2 = (node, tags) => {
      if (node && typeof node === "object") {
        const {
          tag
        } = node;
        if (node instanceof resolveSeq.Collection) {
          if (tag) tags[tag] = true;
          node.items.forEach((n) => visit2(n, tags));
        } else if (node instanceof resolveSeq.Pair) {
          visit2(node.key, tags);
          visit2(node.value, tags);
        } else if (node instanceof resolveSeq.Scalar) {
          if (tag) tags[tag] = true;
        }
      }
      return tags;
    };
    var listTagNames = (node) => Object.keys(visit2(node, {}));
    function parseContents(doc, contents) {
      const comments = {
        before: [],
        after: []
      };
      let body = void 0;
      let spaceBefore = false;
      for (const node of contents) {
        if (node.valueRange) {
          if (body !== void 0) {
            const msg = "Document contains trailing content not separated by a ... or --- line";
            doc.errors.push(new PlainValue.YAMLSyntaxError(node, msg));
            break;
          }
          const res = resolveSeq.resolveNode(doc, node);
          if (spaceBefore) {
            res.spaceBefore = true;
            spaceBefore = false;
          }
          body = res;
        } else if (node.comment !== null) {
          const cc = body === void 0 ? comments.before : comments.after;
          cc.push(node.comment);
        } else if (node.type === PlainValue.Type.BLANK_LINE) {
          spaceBefore = true;
          if (body === void 0 && comments.before.length > 0 && !doc.commentBefore) {
            doc.commentBefore = comments.before.join("\n");
            comments.before = [];
          }
        }
      }
      doc.contents = body || null;
      if (!body) {
        doc.comment = comments.before.concat(comments.after).join("\n") || null;
      } else {
        const cb = comments.before.join("\n");
        if (cb) {
          const cbNode = body instanceof resolveSeq.Collection && body.items[0] ? body.items[0] : body;
          cbNode.commentBefore = cbNode.commentBefore ? `${cb}
${cbNode.commentBefore}` : cb;
        }
        doc.comment = comments.after.join("\n") || null;
      }
    }
    function resolveTagDirective({
      tagPrefixes
    }, directive) {
      const [handle, prefix] = directive.parameters;
      if (!handle || !prefix) {
        const msg = "Insufficient parameters given for %TAG directive";
        throw new PlainValue.YAMLSemanticError(directive, msg);
      }
      if (tagPrefixes.some((p2) => p2.handle === handle)) {
        const msg = "The %TAG directive must only be given at most once per handle in the same document.";
        throw new PlainValue.YAMLSemanticError(directive, msg);
      }
      return {
        handle,
        prefix
      };
    }
    function resolveYamlDirective(doc, directive) {
      let [version] = directive.parameters;
      if (directive.name === "YAML:1.0") version = "1.0";
      if (!version) {
        const msg = "Insufficient parameters given for %YAML directive";
        throw new PlainValue.YAMLSemanticError(directive, msg);
      }
      if (!documentOptions[version]) {
        const v0 = doc.version || doc.options.version;
        const msg = `Document will be parsed as YAML ${v0} rather than YAML ${version}`;
        doc.warnings.push(new PlainValue.YAMLWarning(directive, msg));
      }
      return version;
    }
    function parseDirectives(doc, directives, prevDoc) {
      const directiveComments = [];
      let hasDirectives = false;
      for (const directive of directives) {
        const {
          comment,
          name
        } = directive;
        switch (name) {
          case "TAG":
            try {
              doc.tagPrefixes.push(resolveTagDirective(doc, directive));
            } catch (error) {
              doc.errors.push(error);
            }
            hasDirectives = true;
            break;
          case "YAML":
          case "YAML:1.0":
            if (doc.version) {
              const msg = "The %YAML directive must only be given at most once per document.";
              doc.errors.push(new PlainValue.YAMLSemanticError(directive, msg));
            }
            try {
              doc.version = resolveYamlDirective(doc, directive);
            } catch (error) {
              doc.errors.push(error);
            }
            hasDirectives = true;
            break;
          default:
            if (name) {
              const msg = `YAML only supports %TAG and %YAML directives, and not %${name}`;
              doc.warnings.push(new PlainValue.YAMLWarning(directive, msg));
            }
        }
        if (comment) directiveComments.push(comment);
      }
      if (prevDoc && !hasDirectives && "1.1" === (doc.version || prevDoc.version || doc.options.version)) {
        const copyTagPrefix = ({
          handle,
          prefix
        }) => ({
          handle,
          prefix
        });
        doc.tagPrefixes = prevDoc.tagPrefixes.map(copyTagPrefix);
        doc.version = prevDoc.version;
      }
      doc.commentBefore = directiveComments.join("\n") || null;
    }
    function assertCollection(contents) {
      if (contents instanceof resolveSeq.Collection) return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    var Document = class _Document {
      constructor(options) {
        this.anchors = new Anchors(options.anchorPrefix);
        this.commentBefore = null;
        this.comment = null;
        this.contents = null;
        this.directivesEndMarker = null;
        this.errors = [];
        this.options = options;
        this.schema = null;
        this.tagPrefixes = [];
        this.version = null;
        this.warnings = [];
      }
      add(value) {
        assertCollection(this.contents);
        return this.contents.add(value);
      }
      addIn(path, value) {
        assertCollection(this.contents);
        this.contents.addIn(path, value);
      }
      delete(key) {
        assertCollection(this.contents);
        return this.contents.delete(key);
      }
      deleteIn(path) {
        if (resolveSeq.isEmptyPath(path)) {
          if (this.contents == null) return false;
          this.contents = null;
          return true;
        }
        assertCollection(this.contents);
        return this.contents.deleteIn(path);
      }
      getDefaults() {
        return _Document.defaults[this.version] || _Document.defaults[this.options.version] || {};
      }
      get(key, keepScalar) {
        return this.contents instanceof resolveSeq.Collection ? this.contents.get(key, keepScalar) : void 0;
      }
      getIn(path, keepScalar) {
        if (resolveSeq.isEmptyPath(path)) return !keepScalar && this.contents instanceof resolveSeq.Scalar ? this.contents.value : this.contents;
        return this.contents instanceof resolveSeq.Collection ? this.contents.getIn(path, keepScalar) : void 0;
      }
      has(key) {
        return this.contents instanceof resolveSeq.Collection ? this.contents.has(key) : false;
      }
      hasIn(path) {
        if (resolveSeq.isEmptyPath(path)) return this.contents !== void 0;
        return this.contents instanceof resolveSeq.Collection ? this.contents.hasIn(path) : false;
      }
      set(key, value) {
        assertCollection(this.contents);
        this.contents.set(key, value);
      }
      setIn(path, value) {
        if (resolveSeq.isEmptyPath(path)) this.contents = value;
        else {
          assertCollection(this.contents);
          this.contents.setIn(path, value);
        }
      }
      setSchema(id, customTags) {
        if (!id && !customTags && this.schema) return;
        if (typeof id === "number") id = id.toFixed(1);
        if (id === "1.0" || id === "1.1" || id === "1.2") {
          if (this.version) this.version = id;
          else this.options.version = id;
          delete this.options.schema;
        } else if (id && typeof id === "string") {
          this.options.schema = id;
        }
        if (Array.isArray(customTags)) this.options.customTags = customTags;
        const opt = Object.assign({}, this.getDefaults(), this.options);
        this.schema = new Schema.Schema(opt);
      }
      parse(node, prevDoc) {
        if (this.options.keepCstNodes) this.cstNode = node;
        if (this.options.keepNodeTypes) this.type = "DOCUMENT";
        const {
          directives = [],
          contents = [],
          directivesEndMarker,
          error,
          valueRange
        } = node;
        if (error) {
          if (!error.source) error.source = this;
          this.errors.push(error);
        }
        parseDirectives(this, directives, prevDoc);
        if (directivesEndMarker) this.directivesEndMarker = true;
        this.range = valueRange ? [valueRange.start, valueRange.end] : null;
        this.setSchema();
        this.anchors._cstAliases = [];
        parseContents(this, contents);
        this.anchors.resolveNodes();
        if (this.options.prettyErrors) {
          for (const error2 of this.errors) if (error2 instanceof PlainValue.YAMLError) error2.makePretty();
          for (const warn of this.warnings) if (warn instanceof PlainValue.YAMLError) warn.makePretty();
        }
        return this;
      }
      listNonDefaultTags() {
        return listTagNames(this.contents).filter((t) => t.indexOf(Schema.Schema.defaultPrefix) !== 0);
      }
      setTagPrefix(handle, prefix) {
        if (handle[0] !== "!" || handle[handle.length - 1] !== "!") throw new Error("Handle must start and end with !");
        if (prefix) {
          const prev = this.tagPrefixes.find((p2) => p2.handle === handle);
          if (prev) prev.prefix = prefix;
          else this.tagPrefixes.push({
            handle,
            prefix
          });
        } else {
          this.tagPrefixes = this.tagPrefixes.filter((p2) => p2.handle !== handle);
        }
      }
      toJSON(arg, onAnchor) {
        const {
          keepBlobsInJSON,
          mapAsMap,
          maxAliasCount
        } = this.options;
        const keep = keepBlobsInJSON && (typeof arg !== "string" || !(this.contents instanceof resolveSeq.Scalar));
        const ctx = {
          doc: this,
          indentStep: "  ",
          keep,
          mapAsMap: keep && !!mapAsMap,
          maxAliasCount,
          stringify
          // Requiring directly in Pair would create circular dependencies
        };
        const anchorNames = Object.keys(this.anchors.map);
        if (anchorNames.length > 0) ctx.anchors = new Map(anchorNames.map((name) => [this.anchors.map[name], {
          alias: [],
          aliasCount: 0,
          count: 1
        }]));
        const res = resolveSeq.toJSON(this.contents, arg, ctx);
        if (typeof onAnchor === "function" && ctx.anchors) for (const {
          count: count2,
          res: res2
        } of ctx.anchors.values()) onAnchor(res2, count2);
        return res;
      }
      toString() {
        if (this.errors.length > 0) throw new Error("Document with errors cannot be stringified");
        const indentSize = this.options.indent;
        if (!Number.isInteger(indentSize) || indentSize <= 0) {
          const s3 = JSON.stringify(indentSize);
          throw new Error(`"indent" option must be a positive integer, not ${s3}`);
        }
        this.setSchema();
        const lines = [];
        let hasDirectives = false;
        if (this.version) {
          let vd = "%YAML 1.2";
          if (this.schema.name === "yaml-1.1") {
            if (this.version === "1.0") vd = "%YAML:1.0";
            else if (this.version === "1.1") vd = "%YAML 1.1";
          }
          lines.push(vd);
          hasDirectives = true;
        }
        const tagNames = this.listNonDefaultTags();
        this.tagPrefixes.forEach(({
          handle,
          prefix
        }) => {
          if (tagNames.some((t) => t.indexOf(prefix) === 0)) {
            lines.push(`%TAG ${handle} ${prefix}`);
            hasDirectives = true;
          }
        });
        if (hasDirectives || this.directivesEndMarker) lines.push("---");
        if (this.commentBefore) {
          if (hasDirectives || !this.directivesEndMarker) lines.unshift("");
          lines.unshift(this.commentBefore.replace(/^/gm, "#"));
        }
        const ctx = {
          anchors: /* @__PURE__ */ Object.create(null),
          doc: this,
          indent: "",
          indentStep: " ".repeat(indentSize),
          stringify
          // Requiring directly in nodes would create circular dependencies
        };
        let chompKeep = false;
        let contentComment = null;
        if (this.contents) {
          if (this.contents instanceof resolveSeq.Node) {
            if (this.contents.spaceBefore && (hasDirectives || this.directivesEndMarker)) lines.push("");
            if (this.contents.commentBefore) lines.push(this.contents.commentBefore.replace(/^/gm, "#"));
            ctx.forceBlockIndent = !!this.comment;
            contentComment = this.contents.comment;
          }
          const onChompKeep = contentComment ? null : () => chompKeep = true;
          const body = stringify(this.contents, ctx, () => contentComment = null, onChompKeep);
          lines.push(resolveSeq.addComment(body, "", contentComment));
        } else if (this.contents !== void 0) {
          lines.push(stringify(this.contents, ctx));
        }
        if (this.comment) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "") lines.push("");
          lines.push(this.comment.replace(/^/gm, "#"));
        }
        return lines.join("\n") + "\n";
      }
    };
    PlainValue._defineProperty(Document, "defaults", documentOptions);
    exports.Document = Document;
    exports.defaultOptions = defaultOptions;
    exports.scalarOptions = scalarOptions;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/index.js
var require_dist3 = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var parseCst = require_parse_cst();
    var Document$1 = require_Document_a8d0fbf9();
    var Schema = require_Schema_bcc6c2d7();
    var PlainValue = require_PlainValue_516d5bc2();
    var warnings = require_warnings_793925ce();
    require_resolveSeq_95613e94();
    function createNode(value, wrapScalars = true, tag) {
      if (tag === void 0 && typeof wrapScalars === "string") {
        tag = wrapScalars;
        wrapScalars = true;
      }
      const options = Object.assign({}, Document$1.Document.defaults[Document$1.defaultOptions.version], Document$1.defaultOptions);
      const schema = new Schema.Schema(options);
      return schema.createNode(value, wrapScalars, tag);
    }
    var Document = class extends Document$1.Document {
      constructor(options) {
        super(Object.assign({}, Document$1.defaultOptions, options));
      }
    };
    function parseAllDocuments(src, options) {
      const stream = [];
      let prev;
      for (const cstDoc of parseCst.parse(src)) {
        const doc = new Document(options);
        doc.parse(cstDoc, prev);
        stream.push(doc);
        prev = doc;
      }
      return stream;
    }
    function parseDocument(src, options) {
      const cst = parseCst.parse(src);
      const doc = new Document(options).parse(cst[0]);
      if (cst.length > 1) {
        const errMsg = "Source contains multiple documents; please use YAML.parseAllDocuments()";
        doc.errors.unshift(new PlainValue.YAMLSemanticError(cst[1], errMsg));
      }
      return doc;
    }
    function parse3(src, options) {
      const doc = parseDocument(src, options);
      doc.warnings.forEach((warning) => warnings.warn(warning));
      if (doc.errors.length > 0) throw doc.errors[0];
      return doc.toJSON();
    }
    function stringify(value, options) {
      const doc = new Document(options);
      doc.contents = value;
      return String(doc);
    }
    var YAML2 = {
      createNode,
      defaultOptions: Document$1.defaultOptions,
      Document,
      parse: parse3,
      parseAllDocuments,
      parseCST: parseCst.parse,
      parseDocument,
      scalarOptions: Document$1.scalarOptions,
      stringify
    };
    exports.YAML = YAML2;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/index.js
var require_yaml = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/index.js"(exports, module) {
    module.exports = require_dist3().YAML;
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/yaml.js
var require_yaml2 = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/yaml.js"(exports, module) {
    var yaml = require_yaml();
    var errors = /* @__PURE__ */ new Set([
      "YAMLReferenceError",
      "YAMLSemanticError",
      "YAMLSyntaxError",
      "YAMLWarning"
    ]);
    function parse3(str) {
      if (typeof str !== "string") {
        return { ok: false, result: void 0 };
      }
      const YAML_SILENCE_WARNINGS_CACHED = global.YAML_SILENCE_WARNINGS;
      try {
        global.YAML_SILENCE_WARNINGS = true;
        return { ok: true, result: yaml.parse(str) };
      } catch (err) {
        if (err && errors.has(err.name)) {
          return { ok: false, result: void 0 };
        }
        throw err;
      } finally {
        global.YAML_SILENCE_WARNINGS = YAML_SILENCE_WARNINGS_CACHED;
      }
    }
    module.exports = {
      // is_valid is expected to return nothing if input is invalid otherwise
      // true/false for it being valid YAML.
      "yaml.is_valid": (str) => typeof str === "string" ? parse3(str).ok : void 0,
      "yaml.marshal": (data) => yaml.stringify(data),
      "yaml.unmarshal": (str) => parse3(str).result
    };
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/index.js
var require_builtins = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/index.js"(exports, module) {
    var json = require_json();
    var strings = require_strings();
    var regex = require_regex();
    var yaml = require_yaml2();
    module.exports = {
      ...json,
      ...strings,
      ...regex,
      ...yaml
    };
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/opa.js
var require_opa = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/opa.js"(exports, module) {
    var builtIns = require_builtins();
    function stringDecoder(mem) {
      return function(addr) {
        const i8 = new Int8Array(mem.buffer);
        let s3 = "";
        while (i8[addr] !== 0) {
          s3 += String.fromCharCode(i8[addr++]);
        }
        return s3;
      };
    }
    function _loadJSON(wasmInstance, memory, value) {
      if (value === void 0) {
        return 0;
      }
      let valueBuf;
      if (value instanceof ArrayBuffer) {
        valueBuf = new Uint8Array(value);
      } else {
        const valueAsText = JSON.stringify(value);
        valueBuf = new TextEncoder().encode(valueAsText);
      }
      const valueBufLen = valueBuf.byteLength;
      const rawAddr = wasmInstance.exports.opa_malloc(valueBufLen);
      const memoryBuffer = new Uint8Array(memory.buffer);
      memoryBuffer.set(valueBuf, rawAddr);
      const parsedAddr = wasmInstance.exports.opa_json_parse(rawAddr, valueBufLen);
      if (parsedAddr === 0) {
        throw "failed to parse json value";
      }
      return parsedAddr;
    }
    function _dumpJSON(wasmInstance, memory, addr) {
      const rawAddr = wasmInstance.exports.opa_json_dump(addr);
      return _dumpJSONRaw(memory, rawAddr);
    }
    function _dumpJSONRaw(memory, addr) {
      const buf = new Uint8Array(memory.buffer);
      let idx = addr;
      while (buf[idx] !== 0) {
        idx++;
      }
      const utf8View = new Uint8Array(memory.buffer, addr, idx - addr);
      const jsonAsText = new TextDecoder().decode(utf8View);
      return JSON.parse(jsonAsText);
    }
    var builtinFuncs = builtIns;
    function _builtinCall(wasmInstance, memory, builtins, customBuiltins, builtinId) {
      const builtInName = builtins[builtinId];
      const impl = builtinFuncs[builtInName] || customBuiltins[builtInName];
      if (impl === void 0) {
        throw {
          message: "not implemented: built-in function " + builtinId + ": " + builtins[builtinId]
        };
      }
      const argArray = Array.prototype.slice.apply(arguments);
      const args = [];
      for (let i = 5; i < argArray.length; i++) {
        const jsArg = _dumpJSON(wasmInstance, memory, argArray[i]);
        args.push(jsArg);
      }
      const result = impl(...args);
      return _loadJSON(wasmInstance, memory, result);
    }
    function _importObject(env, memory, customBuiltins) {
      const addr2string = stringDecoder(memory);
      return {
        env: {
          memory,
          opa_abort: function(addr) {
            throw addr2string(addr);
          },
          opa_println: function(addr) {
            console.log(addr2string(addr));
          },
          opa_builtin0: function(builtinId, _ctx) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId
            );
          },
          opa_builtin1: function(builtinId, _ctx, arg1) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1
            );
          },
          opa_builtin2: function(builtinId, _ctx, arg1, arg2) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1,
              arg2
            );
          },
          opa_builtin3: function(builtinId, _ctx, arg1, arg2, arg3) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1,
              arg2,
              arg3
            );
          },
          opa_builtin4: function(builtinId, _ctx, arg1, arg2, arg3, arg4) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1,
              arg2,
              arg3,
              arg4
            );
          }
        }
      };
    }
    function _preparePolicy(env, wasm, memory) {
      env.instance = wasm.instance ? wasm.instance : wasm;
      const abiVersionGlobal = env.instance.exports.opa_wasm_abi_version;
      if (abiVersionGlobal !== void 0) {
        const abiVersion = typeof abiVersionGlobal === "number" ? abiVersionGlobal : abiVersionGlobal.value;
        if (abiVersion !== 1) {
          throw `unsupported ABI version ${abiVersion}`;
        }
      } else {
        console.error("opa_wasm_abi_version undefined");
      }
      const abiMinorVersionGlobal = env.instance.exports.opa_wasm_abi_minor_version;
      let abiMinorVersion;
      if (abiMinorVersionGlobal !== void 0) {
        abiMinorVersion = typeof abiMinorVersionGlobal === "number" ? abiMinorVersionGlobal : abiMinorVersionGlobal.value;
      } else {
        console.error("opa_wasm_abi_minor_version undefined");
      }
      const builtins = _dumpJSON(
        env.instance,
        memory,
        env.instance.exports.builtins()
      );
      env.builtins = {};
      for (const key of Object.keys(builtins)) {
        env.builtins[builtins[key]] = key;
      }
      return { policy: wasm, minorVersion: abiMinorVersion };
    }
    async function _loadPolicy(policyWasm, memory, customBuiltins) {
      const env = {};
      const isStreaming = policyWasm instanceof Response || policyWasm instanceof Promise;
      const importObject = _importObject(env, memory, customBuiltins);
      const wasm = await (isStreaming ? WebAssembly.instantiateStreaming(policyWasm, importObject) : WebAssembly.instantiate(policyWasm, importObject));
      return _preparePolicy(env, wasm, memory);
    }
    function _loadPolicySync(policyWasm, memory, customBuiltins) {
      const env = {};
      if (policyWasm instanceof ArrayBuffer || policyWasm.buffer instanceof ArrayBuffer) {
        policyWasm = new WebAssembly.Module(policyWasm);
      }
      const wasm = new WebAssembly.Instance(
        policyWasm,
        _importObject(env, memory, customBuiltins)
      );
      return _preparePolicy(env, wasm, memory);
    }
    var LoadedPolicy = class {
      /**
       * Loads and initializes a compiled Rego policy.
       * @param {WebAssembly.WebAssemblyInstantiatedSource} policy
       * @param {WebAssembly.Memory} memory
       */
      constructor(policy, memory, minorVersion) {
        this.minorVersion = minorVersion;
        this.mem = memory;
        this.wasmInstance = policy.instance ? policy.instance : policy;
        this.dataAddr = _loadJSON(this.wasmInstance, this.mem, {});
        this.baseHeapPtr = this.wasmInstance.exports.opa_heap_ptr_get();
        this.dataHeapPtr = this.baseHeapPtr;
        this.entrypoints = _dumpJSON(
          this.wasmInstance,
          this.mem,
          this.wasmInstance.exports.entrypoints()
        );
      }
      /**
       * Evaluates the loaded policy with the given input and
       * return the result set. This should be re-used for multiple evaluations
       * of the same policy with different inputs.
       *
       * To call a non-default entrypoint in your WASM specify it as the second
       * param. A list of entrypoints can be accessed with the `this.entrypoints`
       * property.
       * @param {any | ArrayBuffer} input input to be evaluated in form of `object`, literal primitive or ArrayBuffer (last is assumed to be a well-formed stringified JSON)
       * @param {number | string} entrypoint ID or name of the entrypoint to call (optional)
       */
      evaluate(input, entrypoint = 0) {
        if (typeof entrypoint === "number") {
        } else if (typeof entrypoint === "string") {
          if (Object.prototype.hasOwnProperty.call(this.entrypoints, entrypoint)) {
            entrypoint = this.entrypoints[entrypoint];
          } else {
            throw `entrypoint ${entrypoint} is not valid in this instance`;
          }
        } else {
          throw `entrypoint value is an invalid type, must be either string or number`;
        }
        if (this.minorVersion >= 2) {
          let inputBuf = null;
          let inputLen = 0;
          let inputAddr2 = 0;
          if (input) {
            if (input instanceof ArrayBuffer) {
              inputBuf = new Uint8Array(input);
            } else {
              const inputAsText = JSON.stringify(input);
              inputBuf = new TextEncoder().encode(inputAsText);
            }
            inputAddr2 = this.dataHeapPtr;
            inputLen = inputBuf.byteLength;
            const delta = inputAddr2 + inputLen - this.mem.buffer.byteLength;
            if (delta > 0) {
              const pages = roundup(delta);
              this.mem.grow(pages);
            }
            const buf = new Uint8Array(this.mem.buffer);
            buf.set(inputBuf, this.dataHeapPtr);
          }
          const heapPtr = this.dataHeapPtr + inputLen;
          const ret = this.wasmInstance.exports.opa_eval(
            0,
            entrypoint,
            this.dataAddr,
            inputAddr2,
            inputLen,
            heapPtr,
            0
          );
          return _dumpJSONRaw(this.mem, ret);
        }
        this.wasmInstance.exports.opa_heap_ptr_set(this.dataHeapPtr);
        const inputAddr = _loadJSON(this.wasmInstance, this.mem, input);
        const ctxAddr = this.wasmInstance.exports.opa_eval_ctx_new();
        this.wasmInstance.exports.opa_eval_ctx_set_input(ctxAddr, inputAddr);
        this.wasmInstance.exports.opa_eval_ctx_set_data(ctxAddr, this.dataAddr);
        this.wasmInstance.exports.opa_eval_ctx_set_entrypoint(ctxAddr, entrypoint);
        this.wasmInstance.exports.eval(ctxAddr);
        const resultAddr = this.wasmInstance.exports.opa_eval_ctx_get_result(
          ctxAddr
        );
        return _dumpJSON(this.wasmInstance, this.mem, resultAddr);
      }
      /**
       * evalBool will evaluate the policy and return a boolean answer
       * depending on the return code from the policy evaluation.
       * @deprecated Use `evaluate` instead.
       * @param {object} input
       */
      evalBool(input) {
        const rs2 = this.evaluate(input);
        return rs2 && rs2.length === 1 && rs2[0] === true;
      }
      /**
       * Loads data for use in subsequent evaluations.
       * @param {object | ArrayBuffer} data  data in form of `object` or ArrayBuffer (last is assumed to be a well-formed stringified JSON)
       */
      setData(data) {
        this.wasmInstance.exports.opa_heap_ptr_set(this.baseHeapPtr);
        this.dataAddr = _loadJSON(this.wasmInstance, this.mem, data);
        this.dataHeapPtr = this.wasmInstance.exports.opa_heap_ptr_get();
      }
    };
    function roundup(bytes) {
      const pageSize = 64 * 1024;
      return Math.ceil(bytes / pageSize);
    }
    module.exports = {
      /**
       * Takes in either an ArrayBuffer or WebAssembly.Module
       * and will return a Promise of a LoadedPolicy object which
       * can be used to evaluate the policy.
       *
       * To set custom memory size specify number of memory pages
       * as second param.
       * Defaults to 5 pages (320KB).
       * @param {BufferSource | WebAssembly.Module | Response | Promise<Response>} regoWasm
       * @param {number | WebAssembly.MemoryDescriptor} memoryDescriptor For backwards-compatibility, a 'number' argument is taken to be the initial memory size.
       * @param {{ [builtinName: string]: Function }} customBuiltins A map from string names to builtin functions
       * @returns {Promise<LoadedPolicy>}
       */
      async loadPolicy(regoWasm, memoryDescriptor = {}, customBuiltins = {}) {
        if (typeof memoryDescriptor === "number") {
          memoryDescriptor = { initial: memoryDescriptor };
        }
        memoryDescriptor.initial = memoryDescriptor.initial || 5;
        const memory = new WebAssembly.Memory(memoryDescriptor);
        const { policy, minorVersion } = await _loadPolicy(
          regoWasm,
          memory,
          customBuiltins
        );
        return new LoadedPolicy(policy, memory, minorVersion);
      },
      /**
       * Takes in either an ArrayBuffer or WebAssembly.Module
       * and will return a LoadedPolicy object which can be
       * used to evaluate the policy.
       *
       * This cannot be used from the main thread in a browser.
       * You must use the `loadPolicy` function instead, or call
       * from a worker thread.
       *
       * To set custom memory size specify number of memory pages
       * as second param.
       * Defaults to 5 pages (320KB).
       * @param {BufferSource | WebAssembly.Module} regoWasm
       * @param {number | WebAssembly.MemoryDescriptor} memoryDescriptor For backwards-compatibility, a 'number' argument is taken to be the initial memory size.
       * @param {{ [builtinName: string]: Function }} customBuiltins A map from string names to builtin functions
       * @returns {LoadedPolicy}
       */
      loadPolicySync(regoWasm, memoryDescriptor = {}, customBuiltins = {}) {
        if (typeof memoryDescriptor === "number") {
          memoryDescriptor = { initial: memoryDescriptor };
        }
        memoryDescriptor.initial = memoryDescriptor.initial || 5;
        const memory = new WebAssembly.Memory(memoryDescriptor);
        const { policy, minorVersion } = _loadPolicySync(
          regoWasm,
          memory,
          customBuiltins
        );
        return new LoadedPolicy(policy, memory, minorVersion);
      },
      LoadedPolicy
    };
  }
});

// action/src/gate.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join as join3 } from "node:path";
import { fileURLToPath } from "node:url";

// action/src/decide/catalog.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_yaml = __toESM(require_dist(), 1);
import { readdir, readFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";

// rules/schema.json
var schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://paved.dev/schemas/rule.json",
  title: "Paved rule catalog entry",
  description: "One file per rule in rules/<id>.yml. The gate enriches every finding a policy emits with its rule's entry.",
  type: "object",
  additionalProperties: false,
  required: ["id", "title", "severity", "category", "why", "remediation", "docs"],
  properties: {
    id: {
      description: "Stable rule id, the `rule` field of findings; equals the file name without .yml.",
      type: "string",
      pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$",
      maxLength: 64
    },
    title: { description: "One line, shown as the finding's heading.", type: "string", minLength: 3, maxLength: 120 },
    severity: { enum: ["critical", "high", "medium", "low", "info"] },
    category: {
      description: "Groups rules in reports and docs.",
      type: "string",
      pattern: "^[a-z][a-z0-9-]*$"
    },
    why: { description: "Why the rule matters, one or two sentences.", type: "string", minLength: 10, maxLength: 600 },
    remediation: { description: "Markdown: concrete steps to get back on the road.", type: "string", minLength: 10 },
    docs: {
      description: "Link or repository-relative path with an anchor into the rule's documentation.",
      type: "string",
      pattern: "^(https://\\S+|[A-Za-z0-9_./-]+#[a-z0-9-]+)$"
    }
  }
};

// action/src/decide/catalog.ts
var validateEntry = new import_ajv.Ajv({ allErrors: true, strict: true }).compile(schema_default);
var CATALOG_EXTENSIONS = /* @__PURE__ */ new Set([".yml", ".yaml"]);
async function loadRuleCatalog(dir) {
  const names = await listCatalogFiles(dir);
  const catalog = /* @__PURE__ */ new Map();
  for (const name of names) {
    const file = join(dir, name);
    const entry2 = parseEntry(file, await readFile(file, "utf8"));
    const previous = catalog.get(entry2.id);
    if (previous) {
      throw new GateError("policy_load_failed", `rule catalog: rule id "${entry2.id}" is defined twice`, "Keep exactly one file per rule id.", { file });
    }
    catalog.set(entry2.id, entry2);
  }
  if (catalog.size === 0) {
    throw new GateError(
      "vacuous",
      `rule catalog: no rule files (*.yml) in ${dir}`,
      "Point the gate at a rules/ directory with one <rule-id>.yml per rule the policies emit.",
      { file: dir }
    );
  }
  return catalog;
}
async function listCatalogFiles(dir) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (cause) {
    throw new GateError("policy_load_failed", `rule catalog: cannot read directory ${dir}`, "Check the rules directory path.", { file: dir }, { cause });
  }
  return entries.filter((e) => e.isFile() && CATALOG_EXTENSIONS.has(extname(e.name))).map((e) => e.name).sort();
}
function parseEntry(file, text) {
  let data;
  try {
    data = (0, import_yaml.parse)(text);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new GateError("policy_load_failed", `rule catalog: ${file} is not valid YAML: ${message}`, "Fix the YAML syntax.", { file }, { cause });
  }
  if (!validateEntry(data)) {
    const problems = (validateEntry.errors ?? []).map(describeSchemaError).join("; ");
    throw new GateError(
      "policy_load_failed",
      `rule catalog: ${file} is not a valid rule entry: ${problems}`,
      "See rules/schema.json for the fields a rule entry needs.",
      { file }
    );
  }
  const expectedId = basename(file, extname(file));
  if (data.id !== expectedId) {
    throw new GateError(
      "policy_load_failed",
      `rule catalog: ${file} declares id "${data.id}" but its file name says "${expectedId}"`,
      `Rename the file to ${data.id}${extname(file)} or fix the id.`,
      { file }
    );
  }
  return {
    id: data.id,
    title: data.title,
    severity: data.severity,
    category: data.category,
    why: data.why.trim(),
    remediation: data.remediation.trim(),
    docs: data.docs
  };
}
function describeSchemaError(error) {
  const field = error.instancePath ? error.instancePath.slice(1).replaceAll("/", ".") : "(entry)";
  if (error.keyword === "required") return `missing field "${String(error.params.missingProperty)}"`;
  if (error.keyword === "additionalProperties") return `unknown field "${String(error.params.additionalProperty)}"`;
  if (error.keyword === "enum") return `field "${field}" must be one of ${error.params.allowedValues.join(", ")}`;
  return `field "${field}" ${error.message ?? "is invalid"}`;
}

// action/src/rego/value.ts
var keyCache = /* @__PURE__ */ new WeakMap();
var PLAIN_STRING = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
var stringKeys = /* @__PURE__ */ new Map();
var STRING_KEY_CACHE_ENTRIES = 1e4;
var STRING_KEY_CACHE_MAX_LENGTH = 64;
function stringKey(v2) {
  if (v2.length > STRING_KEY_CACHE_MAX_LENGTH) return PLAIN_STRING.test(v2) ? '"' + v2 + '"' : JSON.stringify(v2);
  let key = stringKeys.get(v2);
  if (key === void 0) {
    key = PLAIN_STRING.test(v2) ? '"' + v2 + '"' : JSON.stringify(v2);
    if (stringKeys.size < STRING_KEY_CACHE_ENTRIES) stringKeys.set(v2, key);
  }
  return key;
}
function keyOf(v2) {
  if (v2 === null) return "n";
  switch (typeof v2) {
    case "boolean":
      return v2 ? "t" : "f";
    case "number":
      return "d" + (Object.is(v2, -0) ? "0" : String(v2));
    case "string":
      return stringKey(v2);
  }
  const cached2 = keyCache.get(v2);
  if (cached2 !== void 0) return cached2;
  let key;
  if (Array.isArray(v2)) key = "[" + v2.map(keyOf).join(",") + "]";
  else if (v2 instanceof SetValue) key = "<" + [...v2.keys()].sort().join(",") + ">";
  else key = "{" + [...v2.entryKeys()].sort().map((k2) => k2 + ":" + keyOf(v2.get(JSONKEY, k2))).join(",") + "}";
  keyCache.set(v2, key);
  return key;
}
var JSONKEY = /* @__PURE__ */ Symbol("by-key");
var SetValue = class {
  items = /* @__PURE__ */ new Map();
  constructor(values = []) {
    for (const v2 of values) this.items.set(keyOf(v2), v2);
  }
  get size() {
    return this.items.size;
  }
  has(v2) {
    return this.items.has(keyOf(v2));
  }
  values() {
    return this.items.values();
  }
  keys() {
    return this.items.keys();
  }
  [Symbol.iterator]() {
    return this.items.values();
  }
  /** Members in OPA's canonical order. */
  sorted() {
    return [...this.items.values()].sort(compare);
  }
};
var ObjectValue = class {
  map = /* @__PURE__ */ new Map();
  constructor(entries = []) {
    for (const [k2, v2] of entries) this.map.set(keyOf(k2), [k2, v2]);
  }
  get size() {
    return this.map.size;
  }
  get(k2, canonicalKey) {
    const entry2 = k2 === JSONKEY ? this.map.get(canonicalKey) : this.map.get(keyOf(k2));
    return entry2?.[1];
  }
  has(k2) {
    return this.map.has(keyOf(k2));
  }
  entries() {
    return this.map.values();
  }
  keys() {
    return [...this.map.values()].map((e) => e[0]);
  }
  entryKeys() {
    return this.map.keys();
  }
  [Symbol.iterator]() {
    return this.map.values();
  }
  /** Entries sorted by key in OPA's canonical order. */
  sortedEntries() {
    return [...this.map.values()].sort((a, b2) => compare(a[0], b2[0]));
  }
};
function typeName(v2) {
  if (v2 === null) return "null";
  switch (typeof v2) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
  }
  if (Array.isArray(v2)) return "array";
  return v2 instanceof SetValue ? "set" : "object";
}
var TYPE_ORDER = {
  null: 0,
  boolean: 1,
  number: 2,
  string: 3,
  array: 4,
  object: 5,
  set: 6
};
function compare(a, b2) {
  const ta = typeName(a);
  const tb = typeName(b2);
  if (ta !== tb) return TYPE_ORDER[ta] - TYPE_ORDER[tb];
  switch (ta) {
    case "null":
      return 0;
    case "boolean":
      return a === b2 ? 0 : a ? 1 : -1;
    case "number":
      return a < b2 ? -1 : a > b2 ? 1 : 0;
    case "string":
      return a < b2 ? -1 : a > b2 ? 1 : 0;
    case "array":
      return compareSequences(a, b2);
    case "set":
      return compareSequences(a.sorted(), b2.sorted());
    case "object":
      return compareObjects(a, b2);
  }
}
function compareSequences(a, b2) {
  const n = Math.min(a.length, b2.length);
  for (let i = 0; i < n; i++) {
    const c = compare(a[i], b2[i]);
    if (c !== 0) return c;
  }
  return a.length - b2.length;
}
function compareObjects(a, b2) {
  const ea = a.sortedEntries();
  const eb = b2.sortedEntries();
  const n = Math.min(ea.length, eb.length);
  for (let i = 0; i < n; i++) {
    const ck = compare(ea[i][0], eb[i][0]);
    if (ck !== 0) return ck;
    const cv = compare(ea[i][1], eb[i][1]);
    if (cv !== 0) return cv;
  }
  return ea.length - eb.length;
}
function equal(a, b2) {
  if (a === b2) return true;
  const ta = typeName(a);
  if (ta !== typeName(b2)) return false;
  if (ta === "number" || ta === "string" || ta === "boolean" || ta === "null") return false;
  return keyOf(a) === keyOf(b2);
}
function fromJSON(j2) {
  if (j2 === null || typeof j2 === "boolean" || typeof j2 === "number" || typeof j2 === "string") return j2;
  if (Array.isArray(j2)) return j2.map(fromJSON);
  if (typeof j2 === "object") {
    return new ObjectValue(Object.entries(j2).map(([k2, v2]) => [k2, fromJSON(v2)]));
  }
  throw new TypeError(`cannot convert ${typeof j2} to a Rego value`);
}
function toJSON(v2) {
  if (v2 === null || typeof v2 !== "object") return v2;
  if (Array.isArray(v2)) return v2.map(toJSON);
  if (v2 instanceof SetValue) return v2.sorted().map(toJSON);
  const out = {};
  for (const [k2, val] of v2.sortedEntries()) {
    const key = typeof k2 === "string" ? k2 : JSON.stringify(toJSON(k2));
    if (key === "__proto__") Object.defineProperty(out, key, { value: toJSON(val), enumerable: true, writable: true, configurable: true });
    else out[key] = toJSON(val);
  }
  return out;
}

// action/src/rego/builtins/types.ts
var BuiltinError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = "BuiltinError";
  }
  code;
};

// action/src/rego/builtins/args.ts
function operandTypeError(position, got, ...expected) {
  const want = expected.length === 1 ? expected[0] : `one of {${expected.join(", ")}}`;
  return new BuiltinError("eval_type_error", `operand ${position} must be ${want} but got ${typeName(got)}`);
}
function operandError(position, message) {
  return new BuiltinError("eval_type_error", `operand ${position} ${message}`);
}
function builtinError(message) {
  return new BuiltinError("eval_builtin_error", message);
}
function expectType(args, index, type) {
  const v2 = args[index];
  if (typeName(v2) !== type) throw operandTypeError(index + 1, v2, type);
  return v2;
}
var stringArg = (args, i) => expectType(args, i, "string");
var numberArg = (args, i) => expectType(args, i, "number");
var arrayArg = (args, i) => expectType(args, i, "array");
var objectArg = (args, i) => expectType(args, i, "object");
var setArg = (args, i) => expectType(args, i, "set");
function integerArg(args, i) {
  const n = numberArg(args, i);
  if (!Number.isInteger(n)) throw operandError(i + 1, "must be integer number but got floating-point number");
  return n;
}
function arrayOrSetArg(args, i, expected = ["array", "set"]) {
  const v2 = args[i];
  if (Array.isArray(v2)) return v2;
  if (v2 instanceof SetValue) return v2.sorted();
  throw operandTypeError(i + 1, v2, ...expected);
}
function stringsArg(args, i, expected = ["string", "set", "array"]) {
  const v2 = args[i];
  if (typeof v2 === "string") return [v2];
  if (!Array.isArray(v2) && !(v2 instanceof SetValue)) throw operandTypeError(i + 1, v2, ...expected);
  const kind = Array.isArray(v2) ? "array" : "set";
  const out = [];
  for (const item of v2) {
    if (typeof item !== "string") {
      throw operandError(i + 1, `must be ${kind} of strings but got ${kind} containing ${typeName(item)}`);
    }
    out.push(item);
  }
  return out;
}
function fn(name, arity, impl, extra = {}) {
  return { name, arity, fn: impl, ...extra };
}
function cached(cache, key, make) {
  if (cache.has(key)) return cache.get(key);
  const value = make();
  cache.set(key, value);
  return value;
}

// action/src/rego/builtins/operators.ts
function finite(n) {
  if (!Number.isFinite(n)) throw builtinError("arithmetic result is out of the range of 64-bit floating-point numbers");
  return Object.is(n, -0) ? 0 : n;
}
function arithmetic(name, op) {
  return fn(name, 2, (args) => finite(op(numberArg(args, 0), numberArg(args, 1))));
}
function minus([a, b2]) {
  if (typeof a === "number" && typeof b2 === "number") return finite(a - b2);
  if (a instanceof SetValue && b2 instanceof SetValue) return setDifference(a, b2);
  if (typeof a !== "number" && !(a instanceof SetValue)) throw operandTypeError(1, a, "number", "set");
  throw operandTypeError(2, b2, typeof b2 === "number" ? "set" : "number");
}
function divide(args) {
  const a = numberArg(args, 0);
  const b2 = numberArg(args, 1);
  if (b2 === 0) throw builtinError("divide by zero");
  return finite(a / b2);
}
function remainder(args) {
  const a = numberArg(args, 0);
  const b2 = numberArg(args, 1);
  if (!Number.isInteger(a) || !Number.isInteger(b2)) throw builtinError("modulo on floating-point number");
  if (b2 === 0) throw builtinError("modulo by zero");
  return finite(a % b2);
}
function setDifference(a, b2) {
  return new SetValue([...a].filter((v2) => !b2.has(v2)));
}
function setIntersection(sets) {
  if (sets.length === 0) return new SetValue();
  const [first, ...rest] = [...sets].sort((x, y) => x.size - y.size);
  return new SetValue([...first].filter((v2) => rest.every((s3) => s3.has(v2))));
}
function setUnion(sets) {
  return new SetValue(sets.flatMap((s3) => [...s3]));
}
function comparison(name, test) {
  return fn(name, 2, ([a, b2]) => test(compare(a, b2)));
}
var operatorBuiltins = [
  arithmetic("plus", (a, b2) => a + b2),
  fn("minus", 2, minus),
  arithmetic("mul", (a, b2) => a * b2),
  fn("div", 2, divide),
  fn("rem", 2, remainder),
  fn("equal", 2, ([a, b2]) => equal(a, b2)),
  fn("neq", 2, ([a, b2]) => !equal(a, b2)),
  comparison("lt", (o) => o < 0),
  comparison("lte", (o) => o <= 0),
  comparison("gt", (o) => o > 0),
  comparison("gte", (o) => o >= 0),
  fn("and", 2, (args) => setIntersection([setArg(args, 0), setArg(args, 1)])),
  fn("or", 2, (args) => setUnion([setArg(args, 0), setArg(args, 1)]))
];

// action/src/rego/builtins/aggregates.ts
function count([v2]) {
  if (typeof v2 === "string") return [...v2].length;
  if (Array.isArray(v2)) return v2.length;
  if (v2 instanceof SetValue || v2 instanceof ObjectValue) return v2.size;
  throw operandTypeError(1, v2, "array", "object", "set", "string");
}
function numbersArg(args) {
  const members = arrayOrSetArg(args, 0, ["set", "array"]);
  const kind = typeName(args[0]);
  for (const m2 of members) {
    if (typeof m2 !== "number") throw operandError(1, `must be ${kind} of numbers but got ${kind} containing ${typeName(m2)}`);
  }
  return members;
}
function extreme(args, pickFirst) {
  const members = arrayOrSetArg(args, 0, ["set", "array"]);
  if (members.length === 0) return void 0;
  return members.reduce((best, v2) => pickFirst(compare(v2, best)) ? v2 : best);
}
var aggregateBuiltins = [
  fn("count", 1, count),
  fn("sum", 1, (args) => finite(numbersArg(args).reduce((a, b2) => a + b2, 0))),
  fn("product", 1, (args) => finite(numbersArg(args).reduce((a, b2) => a * b2, 1))),
  fn("max", 1, (args) => extreme(args, (o) => o > 0)),
  fn("min", 1, (args) => extreme(args, (o) => o < 0)),
  fn("sort", 1, (args) => [...arrayOrSetArg(args, 0, ["set", "array"])].sort(compare)),
  fn("all", 1, (args) => arrayOrSetArg(args, 0).every((v2) => v2 === true)),
  fn("any", 1, (args) => arrayOrSetArg(args, 0).some((v2) => v2 === true))
];

// action/src/rego/builtins/arrays.ts
function slice(args) {
  const array = arrayArg(args, 0);
  const start = Math.max(0, integerArg(args, 1));
  const stop = Math.min(array.length, integerArg(args, 2));
  return start >= stop ? [] : array.slice(start, stop);
}
function flatten(args) {
  return arrayArg(args, 0).flatMap((v2) => Array.isArray(v2) ? v2 : [v2]);
}
var arrayBuiltins = [
  fn("array.concat", 2, (args) => [...arrayArg(args, 0), ...arrayArg(args, 1)]),
  fn("array.slice", 3, slice),
  fn("array.reverse", 1, (args) => [...arrayArg(args, 0)].reverse()),
  fn("array.flatten", 1, flatten)
];

// action/src/rego/builtins/crypto.ts
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
var digest = (name, algorithm) => fn(name, 1, (args) => createHash(algorithm).update(stringArg(args, 0), "utf8").digest("hex"));
var hmac = (name, algorithm) => fn(name, 2, (args) => createHmac(algorithm, Buffer.from(stringArg(args, 1), "utf8")).update(stringArg(args, 0), "utf8").digest("hex"));
function hmacEqual(args) {
  const a = Buffer.from(stringArg(args, 0), "utf8");
  const b2 = Buffer.from(stringArg(args, 1), "utf8");
  return a.length === b2.length && timingSafeEqual(a, b2);
}
var cryptoBuiltins = [
  digest("crypto.md5", "md5"),
  digest("crypto.sha1", "sha1"),
  digest("crypto.sha256", "sha256"),
  hmac("crypto.hmac.md5", "md5"),
  hmac("crypto.hmac.sha1", "sha1"),
  hmac("crypto.hmac.sha256", "sha256"),
  hmac("crypto.hmac.sha512", "sha512"),
  fn("crypto.hmac.equal", 2, hmacEqual)
];

// action/src/rego/builtins/encoding.ts
var utf8 = (s3) => Buffer.from(s3, "utf8");
var STD = /^[A-Za-z0-9+/]*$/;
var URL2 = /^[A-Za-z0-9_-]*$/;
function decodeBase64(text, alphabet, padded) {
  const clean = text.replace(/[\r\n]/g, "");
  const body = clean.replace(/={1,2}$/, "");
  const badAt = [...body].findIndex((ch) => !alphabet.test(ch));
  if (badAt >= 0) throw builtinError(`illegal base64 data at input byte ${badAt}`);
  const paddingOk = padded ? clean.length % 4 === 0 : body === clean && body.length % 4 !== 1;
  if (!paddingOk || body.length % 4 === 1) throw builtinError(`illegal base64 data at input byte ${body.length}`);
  return Buffer.from(body, alphabet === STD ? "base64" : "base64url").toString("utf8");
}
function isValidBase64(v2) {
  if (typeof v2 !== "string") return false;
  try {
    decodeBase64(v2, STD, true);
    return true;
  } catch {
    return false;
  }
}
function decodeBase64Url(text) {
  if (!text.endsWith("=") && text.length % 4 === 1) throw builtinError(`illegal base64url string: ${text}`);
  const padded = text.endsWith("=") ? text : text + "=".repeat((4 - text.length % 4) % 4);
  return decodeBase64(padded, URL2, true);
}
function decodeHex(text) {
  const bad = [...text].find((ch) => !/[0-9a-fA-F]/.test(ch));
  if (bad !== void 0) {
    throw builtinError(`encoding/hex: invalid byte: U+${bad.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")} ${JSON.stringify(bad).replace(/^"|"$/g, "'")}`);
  }
  if (text.length % 2 !== 0) throw builtinError("encoding/hex: odd length hex string");
  return Buffer.from(text, "hex").toString("utf8");
}
function queryEscape(text) {
  let out = "";
  for (const byte of utf8(text)) {
    const ch = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(ch)) out += ch;
    else if (ch === " ") out += "+";
    else out += "%" + byte.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}
function queryUnescape(text) {
  const bytes = [];
  for (let i = 0; i < text.length; ) {
    const ch = text[i];
    if (ch === "%") {
      const hex = text.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw builtinError(`invalid URL escape ${JSON.stringify(text.slice(i, i + 3))}`);
      bytes.push(parseInt(hex, 16));
      i += 3;
    } else {
      bytes.push(...utf8(ch === "+" ? " " : String.fromCodePoint(text.codePointAt(i))));
      i += String.fromCodePoint(text.codePointAt(i)).length;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
function encodeObject(args) {
  const entries = [...objectArg(args, 0)].map(([k2, v2]) => [typeof k2 === "string" ? k2 : JSON.stringify(toJSON(k2)), v2]);
  entries.sort(([a], [b2]) => Buffer.compare(Buffer.from(a), Buffer.from(b2)));
  const pairs = [];
  for (const [key, value] of entries) {
    const values = typeof value === "string" ? [value] : Array.isArray(value) ? value : value instanceof SetValue ? value.sorted() : null;
    if (values === null || values.some((v2) => typeof v2 !== "string")) {
      throw operandError(1, "values must be string, array[string], or set[string]");
    }
    for (const v2 of values) pairs.push(`${queryEscape(key)}=${queryEscape(v2)}`);
  }
  return pairs.join("&");
}
function decodeObject(args) {
  const grouped = /* @__PURE__ */ new Map();
  for (const part of stringArg(args, 0).split("&")) {
    if (part === "") continue;
    if (part.includes(";")) throw builtinError("invalid semicolon separator in query");
    const eq = part.indexOf("=");
    const key = queryUnescape(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? "" : queryUnescape(part.slice(eq + 1));
    grouped.set(key, [...grouped.get(key) ?? [], value]);
  }
  return new ObjectValue([...grouped]);
}
var str1 = (name, f2) => fn(name, 1, (args) => f2(stringArg(args, 0)));
var encodingBuiltins = [
  str1("base64.encode", (s3) => utf8(s3).toString("base64")),
  str1("base64.decode", (s3) => decodeBase64(s3, STD, true)),
  fn("base64.is_valid", 1, ([v2]) => isValidBase64(v2)),
  str1("base64url.encode", (s3) => utf8(s3).toString("base64").replace(/\+/g, "-").replace(/\//g, "_")),
  str1("base64url.encode_no_pad", (s3) => utf8(s3).toString("base64url")),
  str1("base64url.decode", decodeBase64Url),
  str1("hex.encode", (s3) => utf8(s3).toString("hex")),
  str1("hex.decode", decodeHex),
  str1("urlquery.encode", queryEscape),
  str1("urlquery.decode", queryUnescape),
  fn("urlquery.encode_object", 1, encodeObject),
  fn("urlquery.decode_object", 1, decodeObject)
];

// action/src/rego/builtins/glob.ts
var META = /* @__PURE__ */ new Set([..."*?\\[]{}"]);
function regexLiteral(ch) {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? "\\" + ch : ch;
}
var GlobCompiler = class {
  i = 0;
  chars;
  anyChar;
  constructor(pattern, delimiters) {
    this.chars = [...pattern];
    this.anyChar = delimiters.length === 0 ? "[\\s\\S]" : `[^${delimiters.map(regexLiteral).join("")}]`;
  }
  compile() {
    const source = this.sequence(false);
    try {
      return new RegExp(`^(?:${source})$`, "u");
    } catch (e) {
      throw builtinError(`invalid glob pattern: ${e.message}`);
    }
  }
  /** Parses until the end, or (inside braces) until an unnested `,` or `}`. */
  sequence(inBraces) {
    let out = "";
    while (this.i < this.chars.length) {
      const ch = this.chars[this.i];
      if (inBraces && (ch === "," || ch === "}")) return out;
      this.i++;
      if (ch === "\\") out += this.escaped();
      else if (ch === "*") out += this.star();
      else if (ch === "?") out += this.anyChar;
      else if (ch === "[") out += this.charList();
      else if (ch === "{") out += this.alternatives();
      else out += regexLiteral(ch);
    }
    return out;
  }
  escaped() {
    const next = this.chars[this.i++];
    if (next === void 0) throw builtinError("glob pattern ends with an escape character");
    return regexLiteral(next);
  }
  star() {
    if (this.chars[this.i] !== "*") return `${this.anyChar}*`;
    this.i++;
    return "[\\s\\S]*";
  }
  /** gobwas reads `[` `!`? then either one `lo-hi` range or a list of characters, then `]`. */
  charList() {
    let negate = false;
    if (this.chars[this.i] === "!") {
      negate = true;
      this.i++;
    }
    let body;
    if (this.chars[this.i + 1] === "-" && this.chars[this.i] !== void 0) {
      const lo2 = this.chars[this.i];
      const hi2 = this.chars[this.i + 2];
      if (hi2 === void 0) throw builtinError("unexpected end of input");
      body = `${regexLiteral(lo2)}-${regexLiteral(hi2)}`;
      this.i += 3;
    } else {
      body = "";
      while (this.i < this.chars.length && this.chars[this.i] !== "]") {
        let ch = this.chars[this.i++];
        if (ch === "\\" && this.i < this.chars.length) ch = this.chars[this.i++];
        body += regexLiteral(ch);
      }
      if (body === "") throw builtinError("glob pattern has an empty character list []");
    }
    const close = this.chars[this.i++];
    if (close === void 0) throw builtinError("unexpected end of input");
    if (close !== "]") throw builtinError("expected close range character");
    return `[${negate ? "^" : ""}${body}]`;
  }
  alternatives() {
    const options = [];
    for (; ; ) {
      options.push(this.sequence(true));
      const ch = this.chars[this.i++];
      if (ch === void 0) throw builtinError("glob pattern has an unclosed alternatives list {");
      if (ch === "}") return `(?:${options.join("|")})`;
    }
  }
};
function delimitersArg(args) {
  const v2 = args[1];
  if (v2 === null) return [];
  if (!Array.isArray(v2)) throw operandTypeError(2, v2, "array", "null");
  const out = [];
  for (const d of v2) {
    if (typeof d !== "string") throw operandError(2, `must be array of strings but got array containing ${typeName(d)}`);
    if ([...d].length !== 1) throw operandError(2, "must be array of runes but got array containing string");
    out.push(d);
  }
  return out.length === 0 ? ["."] : out;
}
function globMatch(args, ctx) {
  const pattern = stringArg(args, 0);
  const delimiters = delimitersArg(args);
  const text = stringArg(args, 2);
  const key = `glob:${delimiters.join("")}\0${pattern}`;
  const re2 = cached(ctx.cache, key, () => new GlobCompiler(pattern, delimiters).compile());
  return re2.test(text);
}
function quoteMeta(args) {
  return [...stringArg(args, 0)].map((ch) => META.has(ch) ? "\\" + ch : ch).join("");
}
var globBuiltins = [fn("glob.match", 3, globMatch), fn("glob.quote_meta", 1, quoteMeta)];

// action/src/rego/builtins/globsmatch.ts
var GlobReader = class {
  constructor(text) {
    this.text = text;
    this.runes = [...text];
  }
  text;
  i = 0;
  runes;
  fail(message) {
    throw builtinError(`input:${this.text}, pos:${this.i}, ${message}: the input provided is invalid`);
  }
  /** The next rune and whether it was escaped, or undefined at the end. */
  next() {
    const rune = this.runes[this.i];
    if (rune === void 0) return void 0;
    if (rune !== "\\") {
      this.i++;
      return { rune, escaped: false };
    }
    const escaped = this.runes[this.i + 1];
    if (escaped === void 0) this.fail("input ends with a \\ (escape) character");
    this.i += 2;
    return { rune: escaped, escaped: true };
  }
  /** Tokens, with `x+` written as `x` then `x*` so that every token is plain or starred. */
  tokens() {
    const out = [];
    for (let r = this.next(); r; r = this.next()) {
      const chars = this.charsOf(r);
      const flag = this.runes[this.i];
      if (flag === "*" || flag === "+") this.i++;
      if (flag !== "*") out.push({ chars, repeat: false });
      if (flag === "*" || flag === "+") out.push({ chars, repeat: true });
    }
    return out;
  }
  charsOf({ rune, escaped }) {
    if (escaped) return single(rune);
    if (rune === ".") return { any: true };
    if (rune === "[") return this.set();
    if (rune === "]") this.fail("set-close ']' with no preceding '['");
    if (rune === "*" || rune === "+") this.fail(`flag '${rune}' must be preceded by a non-flag`);
    return single(rune);
  }
  set() {
    const ranges = [];
    let previous;
    for (let r = this.next(); r; r = this.next()) {
      if (!r.escaped && r.rune === "]") return { any: false, ranges };
      if (!r.escaped && r.rune === "-") {
        if (previous === void 0) this.fail("range character '-' must be preceded by a Unicode character");
        const end = this.next();
        if (!end) this.fail("range character '-' must be followed by a Unicode character");
        if (!end.escaped && (end.rune === "]" || end.rune === "-")) this.fail("range character '-' cannot be followed by a special symbol");
        const hi2 = end.rune.codePointAt(0);
        if (hi2 < previous) this.fail(`range is out of order: '${end.rune}' comes before '${String.fromCodePoint(previous)}' in Unicode`);
        ranges.push([previous, hi2]);
        previous = void 0;
        continue;
      }
      const code = r.rune.codePointAt(0);
      ranges.push([code, code]);
      previous = code;
    }
    return this.fail("found [ without matching ]");
  }
};
function single(rune) {
  const code = rune.codePointAt(0);
  return { any: false, ranges: [[code, code]] };
}
function overlaps(a, b2) {
  if (a.any) return b2.any || b2.ranges.length > 0;
  if (b2.any) return a.ranges.length > 0;
  return a.ranges.some(([lo2, hi2]) => b2.ranges.some(([lo22, hi22]) => lo2 <= hi22 && lo22 <= hi2));
}
function intersects(a, b2) {
  const seen = /* @__PURE__ */ new Set();
  const queue = [[0, 0, false]];
  const push = (i, j2, consumed) => {
    const key = `${i},${j2},${consumed}`;
    if (!seen.has(key)) {
      seen.add(key);
      queue.push([i, j2, consumed]);
    }
  };
  while (queue.length > 0) {
    const [i, j2, consumed] = queue.shift();
    if (i === a.length && j2 === b2.length && consumed) return true;
    if (a[i]?.repeat) push(i + 1, j2, consumed);
    if (b2[j2]?.repeat) push(i, j2 + 1, consumed);
    const x = a[i];
    const y = b2[j2];
    if (x && y && overlaps(x.chars, y.chars)) push(x.repeat ? i : i + 1, y.repeat ? j2 : j2 + 1, true);
  }
  return false;
}
function globsMatch(args) {
  const left = new GlobReader(stringArg(args, 0)).tokens();
  const right = new GlobReader(stringArg(args, 1)).tokens();
  return intersects(left, right);
}
var globsMatchBuiltins = [fn("regex.globs_match", 2, globsMatch)];

// action/src/rego/builtins/graph.ts
function neighbours(graph, node) {
  const edges = graph.get(node);
  if (edges === void 0) return void 0;
  if (Array.isArray(edges)) return edges;
  return edges instanceof SetValue ? edges.sorted() : [];
}
function reachable(args) {
  const graph = objectArg(args, 0);
  const queue = [...arrayOrSetArg(args, 1)];
  const reached = /* @__PURE__ */ new Map();
  while (queue.length > 0) {
    const node = queue.shift();
    if (reached.has(keyOf(node))) continue;
    const next = neighbours(graph, node);
    if (next === void 0) continue;
    reached.set(keyOf(node), node);
    for (const n of next) if (!reached.has(keyOf(n))) queue.push(n);
  }
  return new SetValue(reached.values());
}
function reachablePaths(args) {
  const graph = objectArg(args, 0);
  const paths = [];
  const extend = (path, onPath) => {
    const next = neighbours(graph, path[path.length - 1]) ?? [];
    if (next.length === 0) paths.push(path);
    for (const n of next) {
      const k2 = keyOf(n);
      if (onPath.has(k2) || !graph.has(n)) paths.push(path);
      else extend([...path, n], new Set(onPath).add(k2));
    }
  };
  for (const start of arrayOrSetArg(args, 1)) {
    if (graph.has(start)) extend([start], /* @__PURE__ */ new Set([keyOf(start)]));
  }
  return new SetValue(paths);
}
var graphBuiltins = [
  fn("graph.reachable", 2, reachable),
  fn("graph.reachable_paths", 2, reachablePaths)
];

// action/src/rego/builtins/json.ts
function goEscapeString(s3) {
  return JSON.stringify(s3).replace(/[<>&\u2028\u2029]/g, (ch) => "\\u" + ch.charCodeAt(0).toString(16).padStart(4, "0"));
}
function keyText(k2) {
  return typeof k2 === "string" ? k2 : JSON.stringify(toJSON(k2));
}
function goJSON(v2, layout, depth = 0) {
  if (v2 === null || typeof v2 === "boolean") return String(v2);
  if (typeof v2 === "number") return JSON.stringify(v2);
  if (typeof v2 === "string") return goEscapeString(v2);
  const items = [];
  const sep = layout ? ": " : ":";
  if (Array.isArray(v2) || v2 instanceof SetValue) {
    for (const item of Array.isArray(v2) ? v2 : v2.sorted()) items.push(goJSON(item, layout, depth + 1));
    return wrap("[", items, "]", layout, depth);
  }
  const entries = [...v2].map(([k2, val]) => [keyText(k2), val]).sort(([a], [b2]) => Buffer.compare(Buffer.from(a), Buffer.from(b2)));
  for (const [k2, val] of entries) items.push(goEscapeString(k2) + sep + goJSON(val, layout, depth + 1));
  return wrap("{", items, "}", layout, depth);
}
function wrap(open, items, close, layout, depth) {
  if (items.length === 0) return open + close;
  if (!layout) return open + items.join(",") + close;
  const line = (d) => "\n" + layout.prefix + layout.indent.repeat(d);
  return open + items.map((item) => line(depth + 1) + item).join(",") + line(depth) + close;
}
function marshalWithOptions(args) {
  const options = objectArg(args, 1);
  let indent = "	";
  let prefix = "";
  let implicitPretty = false;
  let explicitPretty;
  for (const [key, value] of options) {
    if (key === "pretty") {
      if (typeof value !== "boolean") throw operandError(2, "key pretty failed cast to bool");
      explicitPretty = value;
    } else if (key === "indent" || key === "prefix") {
      if (typeof value !== "string") throw operandError(2, `key ${key} failed cast to string`);
      if (key === "indent") indent = value;
      else prefix = value;
      implicitPretty = true;
    } else {
      throw operandError(2, `object contained unknown key ${typeof key === "string" ? key : JSON.stringify(toJSON(key))}`);
    }
  }
  if (!(explicitPretty ?? implicitPretty)) return goJSON(args[0]);
  return prefix + goJSON(args[0], { indent, prefix });
}
function unmarshalJSON(text) {
  try {
    return fromJSON(JSON.parse(text));
  } catch (e) {
    throw builtinError(`invalid JSON: ${e.message}`);
  }
}
function isValidJSON([v2]) {
  if (typeof v2 !== "string") return false;
  try {
    JSON.parse(v2);
    return true;
  } catch {
    return false;
  }
}
var newNode = () => ({ leaf: false, children: /* @__PURE__ */ new Map() });
function pathSegments(path) {
  if (typeof path === "string") {
    if (path === "") return [];
    return path.replace(/^\/+/, "").split("/").map((s3) => s3.replace(/~1/g, "/").replace(/~0/g, "~"));
  }
  if (Array.isArray(path)) return path;
  throw operandError(2, `must be one of {set, array} containing string paths or array of path segments but got ${typeName(path)}`);
}
function pathTree(args) {
  const root = newNode();
  for (const path of arrayOrSetArg(args, 1, ["set", "array"])) {
    const segments = pathSegments(path);
    if (segments.length === 0) continue;
    let node = root;
    for (const segment of segments) {
      const k2 = keyOf(segment);
      let child2 = node.children.get(k2);
      if (!child2) node.children.set(k2, child2 = { key: segment, node: newNode() });
      node = child2.node;
    }
    node.leaf = true;
  }
  return root;
}
function indexChild(node, index) {
  return (node.children.get(keyOf(index)) ?? node.children.get(keyOf(String(index))))?.node;
}
function filterValue(v2, node) {
  if (node.leaf) return v2;
  if (v2 instanceof ObjectValue) {
    const kept = [];
    for (const { key, node: child2 } of node.children.values()) {
      const found = v2.get(key);
      if (found !== void 0) kept.push([key, filterValue(found, child2)]);
    }
    return new ObjectValue(kept);
  }
  if (Array.isArray(v2)) {
    const kept = [];
    v2.forEach((item, i) => {
      const child2 = indexChild(node, i);
      if (child2) kept.push(filterValue(item, child2));
    });
    return kept;
  }
  if (v2 instanceof SetValue) return new SetValue([...v2].filter((m2) => node.children.has(keyOf(m2))));
  return v2;
}
function removeValue(v2, node) {
  if (node.leaf) return void 0;
  if (v2 instanceof ObjectValue) {
    const kept = [];
    for (const [k2, val] of v2) {
      const child2 = node.children.get(keyOf(k2));
      const rest = child2 ? removeValue(val, child2.node) : val;
      if (rest !== void 0) kept.push([k2, rest]);
    }
    return new ObjectValue(kept);
  }
  if (Array.isArray(v2)) {
    const kept = [];
    v2.forEach((item, i) => {
      const child2 = indexChild(node, i);
      const rest = child2 ? removeValue(item, child2) : item;
      if (rest !== void 0) kept.push(rest);
    });
    return kept;
  }
  if (v2 instanceof SetValue) return new SetValue([...v2].filter((m2) => !node.children.get(keyOf(m2))?.node.leaf));
  return v2;
}
var jsonBuiltins = [
  fn("json.marshal", 1, ([v2]) => goJSON(v2)),
  fn("json.marshal_with_options", 2, marshalWithOptions),
  fn("json.unmarshal", 1, (args) => unmarshalJSON(stringArg(args, 0))),
  fn("json.is_valid", 1, isValidJSON),
  fn("json.filter", 2, (args) => filterValue(objectArg(args, 0), pathTree(args))),
  fn("json.remove", 2, (args) => removeValue(objectArg(args, 0), pathTree(args)) ?? new ObjectValue())
];

// action/src/rego/builtins/jsonpatch.ts
function pointer(path, field) {
  if (path === void 0) throw builtinError(`missing '${field}' attribute`);
  if (typeof path === "string") return path === "" ? [] : pathSegments(path);
  if (Array.isArray(path)) return path.map((segment) => typeof segment === "string" ? segment : String(toJSON(segment)));
  throw builtinError(`json patch ${field} must be a string or an array`);
}
function arrayIndex(segment, length, allowEnd) {
  if (allowEnd && segment === "-") return length;
  if (!/^(0|[1-9]\d*)$/.test(segment)) throw builtinError(`json patch: invalid array index ${JSON.stringify(segment)}`);
  const i = Number(segment);
  if (i > length || !allowEnd && i === length) throw builtinError(`json patch: array index ${i} out of range`);
  return i;
}
function getAt(doc, path) {
  let current = doc;
  for (const segment of path) {
    if (current instanceof ObjectValue && current.has(segment)) current = current.get(segment);
    else if (Array.isArray(current)) current = current[arrayIndex(segment, current.length, false)];
    else throw builtinError(`json patch: path /${path.join("/")} does not exist`);
  }
  return current;
}
function updateAt(doc, path, change) {
  if (path.length === 1) return change(doc, path[0]);
  const [head, ...rest] = path;
  if (doc instanceof ObjectValue && doc.has(head)) {
    return new ObjectValue([...doc].map(([k2, v2]) => [k2, k2 === head ? updateAt(v2, rest, change) : v2]));
  }
  if (Array.isArray(doc)) {
    const i = arrayIndex(head, doc.length, false);
    return doc.map((v2, j2) => j2 === i ? updateAt(v2, rest, change) : v2);
  }
  throw builtinError(`json patch: path segment ${JSON.stringify(head)} does not exist`);
}
function addAt(doc, path, value) {
  if (path.length === 0) return value;
  return updateAt(doc, path, (container, last) => {
    if (container instanceof ObjectValue) return new ObjectValue([...[...container].filter(([k2]) => k2 !== last), [last, value]]);
    if (Array.isArray(container)) {
      const i = arrayIndex(last, container.length, true);
      return [...container.slice(0, i), value, ...container.slice(i)];
    }
    throw builtinError(`json patch: cannot add to a ${typeName(container)}`);
  });
}
function removeAt(doc, path) {
  if (path.length === 0) throw builtinError("json patch: cannot remove the whole document");
  return updateAt(doc, path, (container, last) => {
    if (container instanceof ObjectValue && container.has(last)) return new ObjectValue([...container].filter(([k2]) => k2 !== last));
    if (Array.isArray(container)) {
      const i = arrayIndex(last, container.length, false);
      return container.filter((_2, j2) => j2 !== i);
    }
    throw builtinError(`json patch: path /${path.join("/")} does not exist`);
  });
}
function applyOperation(doc, operation) {
  if (!(operation instanceof ObjectValue)) throw builtinError("json patch: each operation must be an object");
  const op = operation.get("op");
  const path = pointer(operation.get("path"), "path");
  const value = () => {
    const v2 = operation.get("value");
    if (v2 === void 0) throw builtinError(`json patch: ${String(op)} needs a value`);
    return v2;
  };
  switch (op) {
    case "add":
      return addAt(doc, path, value());
    case "remove":
      return removeAt(doc, path);
    case "replace":
      getAt(doc, path);
      return addAt(path.length === 0 ? doc : removeAt(doc, path), path, value());
    case "move": {
      const from = pointer(operation.get("from"), "from");
      const moved = getAt(doc, from);
      return addAt(removeAt(doc, from), path, moved);
    }
    case "copy":
      return addAt(doc, path, getAt(doc, pointer(operation.get("from"), "from")));
    case "test":
      if (!equal(getAt(doc, path), value())) throw builtinError(`json patch: test failed at /${path.join("/")}`);
      return doc;
    default:
      throw builtinError(`json patch: unknown operation ${JSON.stringify(toJSON(op ?? null))}`);
  }
}
function patch(args) {
  const ops = args[1];
  if (!Array.isArray(ops)) throw operandTypeError(2, ops, "array");
  try {
    return ops.reduce(applyOperation, args[0]);
  } catch (e) {
    if (e instanceof BuiltinError) return void 0;
    throw e;
  }
}
var jsonPatchBuiltins = [fn("json.patch", 2, patch)];

// action/src/rego/builtins/jsonschema.ts
var import_ajv2 = __toESM(require_ajv(), 1);
var import_ajv_formats = __toESM(require_dist2(), 1);
function jsonOperand(v2) {
  if (typeof v2 === "string") {
    try {
      return JSON.parse(v2);
    } catch {
      throw builtinError("invalid JSON string");
    }
  }
  if (v2 instanceof ObjectValue || Array.isArray(v2)) return toJSON(v2);
  throw builtinError("wrong type, expected string or object");
}
function newAjv() {
  const ajv = new import_ajv2.Ajv({ allErrors: true, strict: false, verbose: true });
  import_ajv_formats.default.default(ajv);
  return ajv;
}
function withoutForeignDraft(schema) {
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return schema;
  const { $schema, ...rest } = schema;
  return typeof $schema === "string" && /json-schema\.org\/draft-0[3-6]\/schema/.test($schema) ? rest : schema;
}
function compileSchema(schema, ctx) {
  const compiled = cached(ctx.cache, "jsonschema:" + JSON.stringify(schema), () => {
    try {
      return newAjv().compile(withoutForeignDraft(schema));
    } catch (e) {
      return new Error(e.message);
    }
  });
  if (compiled instanceof Error) throw builtinError(`jsonschema: ${compiled.message}`);
  return compiled;
}
function verifySchema([schema], ctx) {
  try {
    compileSchema(jsonOperand(schema), ctx);
    return [true, null];
  } catch (e) {
    const message = e.message;
    return [false, message.startsWith("jsonschema: ") ? message : `jsonschema: ${message}`];
  }
}
var ERROR_TYPES = {
  type: "invalid_type",
  required: "required",
  enum: "enum",
  const: "const",
  minimum: "number_gte",
  maximum: "number_lte",
  exclusiveMinimum: "number_gt",
  exclusiveMaximum: "number_lt",
  multipleOf: "multiple_of",
  minLength: "string_gte",
  maxLength: "string_lte",
  pattern: "pattern",
  format: "format",
  minItems: "array_min_items",
  maxItems: "array_max_items",
  uniqueItems: "unique",
  contains: "contains",
  additionalItems: "array_no_additional_items",
  additionalProperties: "additional_property_not_allowed",
  minProperties: "array_min_properties",
  maxProperties: "array_max_properties",
  propertyNames: "invalid_property_name",
  dependencies: "missing_dependency",
  anyOf: "number_any_of",
  oneOf: "number_one_of",
  allOf: "number_all_of",
  not: "number_not"
};
function fieldName(instancePath) {
  if (instancePath === "") return "(root)";
  return instancePath.slice(1).split("/").map((s3) => s3.replace(/~1/g, "/").replace(/~0/g, "~")).join(".");
}
function description(e) {
  const params = e.params;
  switch (e.keyword) {
    case "required":
      return `${String(params.missingProperty)} is required`;
    case "additionalProperties":
      return `Additional property ${String(params.additionalProperty)} is not allowed`;
    case "type":
      return `Invalid type. Expected: ${String(params.type)}, given: ${jsonTypeOf(e.data)}`;
    default: {
      const text = e.message ?? e.keyword;
      return text.charAt(0).toUpperCase() + text.slice(1);
    }
  }
}
function jsonTypeOf(v2) {
  if (v2 === null) return "null";
  if (Array.isArray(v2)) return "array";
  if (typeof v2 === "number") return Number.isInteger(v2) ? "integer" : "number";
  return typeof v2;
}
function matchSchema(args, ctx) {
  const document = jsonOperand(args[0]);
  const validate = compileSchema(jsonOperand(args[1]), ctx);
  const valid = validate(document);
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== "if").map((e) => {
    const field = fieldName(e.instancePath);
    const desc = description(e);
    return { error: `${field}: ${desc}`, type: ERROR_TYPES[e.keyword] ?? e.keyword, field, desc };
  });
  return [valid, fromJSON(valid ? [] : errors)];
}
var jsonSchemaBuiltins = [
  fn("json.verify_schema", 1, verifySchema),
  fn("json.match_schema", 2, matchSchema)
];

// action/src/rego/builtins/misc.ts
import { randomInt, randomUUID } from "node:crypto";
function uuid(args, ctx) {
  const seed = stringArg(args, 0);
  return cached(ctx.cache, "uuid.rfc4122:" + keyOf(seed), () => randomUUID());
}
function uuidBytes(text) {
  const m2 = /^(?:urn:uuid:|\{(?=.{36}\}$))?([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})\}?$/i.exec(text);
  const hex = m2 ? m2.slice(1, 6).join("") : /^[0-9a-f]{32}$/i.test(text) ? text : void 0;
  if (hex === void 0 || text.startsWith("{") !== text.endsWith("}")) return void 0;
  return Buffer.from(hex, "hex");
}
var VARIANTS = (b2) => (b2 & 192) === 128 ? "RFC4122" : (b2 & 224) === 192 ? "Microsoft" : (b2 & 224) === 224 ? "Future" : "Reserved";
var DOMAINS = ["Person", "Group", "Org"];
var GREGORIAN_OFFSET = 122192928000000000n;
function macVariables(first) {
  if ((first & 3) === 3) return "local:multicast";
  if (first & 1) return "global:multicast";
  return first & 2 ? "local:unicast" : "global:unicast";
}
function parseUuid(args) {
  const bytes = uuidBytes(stringArg(args, 0));
  if (!bytes) return void 0;
  const version = bytes[6] >> 4;
  const fields = [
    ["version", version],
    ["variant", VARIANTS(bytes[8])]
  ];
  if (version === 1 || version === 2) {
    const timestamp = BigInt(bytes.readUInt32BE(0)) | BigInt(bytes.readUInt16BE(4)) << 32n | BigInt(bytes.readUInt16BE(6) & 4095) << 48n;
    fields.push(["time", Number((timestamp - GREGORIAN_OFFSET) * 100n)]);
    fields.push(["nodeid", `${macVariables(bytes[10])}:${bytes.subarray(10).toString("hex")}`]);
    fields.push(["clocksequence", (bytes[8] & 63) << 8 | bytes[9]]);
    if (version === 2) {
      fields.push(["id", bytes.readUInt32BE(0)]);
      fields.push(["domain", DOMAINS[bytes[9]] ?? `Domain${bytes[9]}`]);
    }
  }
  return new ObjectValue(fields);
}
function intn(args, ctx) {
  const seed = stringArg(args, 0);
  const n = Math.abs(integerArg(args, 1));
  if (n === 0) return 0;
  return cached(ctx.cache, `rand.intn:${keyOf(seed)}:${n}`, () => n > 2 ** 48 - 1 ? Math.floor(Math.random() * n) : randomInt(n));
}
function traceNote(args) {
  stringArg(args, 0);
  return true;
}
var miscBuiltins = [
  fn("uuid.rfc4122", 1, uuid, { nondeterministic: true }),
  fn("uuid.parse", 1, parseUuid),
  fn("rand.intn", 2, intn, { nondeterministic: true }),
  fn("opa.runtime", 0, () => new ObjectValue()),
  fn("trace", 1, traceNote)
];

// action/src/rego/builtins/net.ts
import { isIPv4, isIPv6 } from "node:net";
function ipv4(text) {
  return text.split(".").reduce((acc, part) => acc << 8n | BigInt(part), 0n);
}
function ipv6(text) {
  const embedded = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  let body = text;
  if (embedded) {
    const v4 = ipv4(embedded[1]);
    body = text.slice(0, -embedded[1].length) + `${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = body.split("::");
  const groups = (s3) => s3 === "" ? [] : s3.split(":").map((g2) => BigInt("0x" + g2));
  const left = groups(head);
  const right = tail === void 0 ? [] : groups(tail);
  const zeros = Array(8 - left.length - right.length).fill(0n);
  return [...left, ...zeros, ...right].reduce((acc, g2) => acc << 16n | g2, 0n);
}
function parseAddress(text) {
  if (isIPv4(text) && !/(^|\.)0\d/.test(text)) return { bits: 32, address: ipv4(text), prefix: 32 };
  if (isIPv6(text) && !text.includes("%")) return { bits: 128, address: ipv6(text), prefix: 128 };
  return void 0;
}
function parseCidr(text) {
  const m2 = /^([^/]+)\/(\d{1,3})$/.exec(text);
  if (!m2) return void 0;
  const host = parseAddress(m2[1]);
  const prefix = Number(m2[2]);
  if (!host || prefix > host.bits) return void 0;
  return { bits: host.bits, address: host.address & mask(host.bits, prefix), prefix };
}
function mask(bits, prefix) {
  const all = (1n << BigInt(bits)) - 1n;
  return all ^ (1n << BigInt(bits - prefix)) - 1n;
}
function cidrArg(args, i) {
  const text = stringArg(args, i);
  const net = parseCidr(text);
  if (!net) throw builtinError(`invalid CIDR address: ${text}`);
  return net;
}
function unmapped(address) {
  if (address.bits === 128 && address.address >> 32n === 0xffffn) return { bits: 32, address: address.address & 0xffffffffn, prefix: 32 };
  return address;
}
function cidrOrAddressArg(args, i) {
  const text = stringArg(args, i);
  const address = parseAddress(text);
  if (address) return unmapped(address);
  const net = parseCidr(text);
  if (!net) throw builtinError(`not a valid textual representation of an IP address or CIDR: ${text}`);
  return net;
}
function contains(outer, inner) {
  return outer.bits === inner.bits && inner.prefix >= outer.prefix && (inner.address & mask(outer.bits, outer.prefix)) === outer.address;
}
function intersects2(a, b2) {
  return contains(a, b2) || contains(b2, a);
}
function formatAddress(bits, address) {
  if (bits === 32) return [24n, 16n, 8n, 0n].map((shift) => String(address >> shift & 0xffn)).join(".");
  const groups = Array.from({ length: 8 }, (_2, i) => Number(address >> BigInt(112 - 16 * i) & 0xffffn));
  if (groups.slice(0, 5).every((g2) => g2 === 0) && groups[5] === 65535) {
    return "::ffff:" + formatAddress(32, address & 0xffffffffn);
  }
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    let j2 = i;
    while (j2 < 8 && groups[j2] === 0) j2++;
    if (j2 - i > bestLength) [bestStart, bestLength] = [i, j2 - i];
    i = j2 === i ? i + 1 : j2;
  }
  const hex = groups.map((g2) => g2.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}
var formatNetwork = (n) => `${formatAddress(n.bits, n.address)}/${n.prefix}`;
var MAX_EXPANSION = 65536;
function expand(args) {
  const net = cidrArg(args, 0);
  const size = 1n << BigInt(net.bits - net.prefix);
  if (size > BigInt(MAX_EXPANSION)) throw builtinError(`refusing to expand more than ${MAX_EXPANSION} addresses`);
  const out = [];
  for (let i = 0n; i < size; i++) out.push(formatAddress(net.bits, net.address + i));
  return new SetValue(out);
}
function mergeElement(v2) {
  if (typeof v2 !== "string") throw builtinError("element must be string");
  const address = parseAddress(v2);
  if (address?.bits === 128) throw builtinError("IPv6 invalid: needs prefix length");
  const network = address ? { ...address, prefix: address.address < 0x80000000n ? 8 : address.address < 0xc0000000n ? 16 : address.address < 0xe0000000n ? 24 : 32 } : parseCidr(v2);
  if (!network) throw builtinError(`invalid CIDR address: ${v2}`);
  const first = network.address & mask(network.bits, network.prefix);
  const last = first | (1n << BigInt(network.bits - network.prefix)) - 1n;
  return { bits: network.bits, first, last, text: address ? `${v2}/${network.prefix}` : formatNetwork(network) };
}
function rangeToCidrs(bits, first, last) {
  const out = [];
  let start = first;
  while (start <= last) {
    let size = bits;
    while (size > 0) {
      const block = 1n << BigInt(bits - size + 1);
      if (start % block !== 0n || start + block - 1n > last) break;
      size--;
    }
    out.push(formatNetwork({ bits, address: start, prefix: size }));
    start += 1n << BigInt(bits - size);
  }
  return out;
}
function mergeFamily(ranges) {
  const sorted = [...ranges].sort((a, b2) => a.last === b2.last ? Number(a.first - b2.first) : a.last < b2.last ? -1 : 1);
  const merged = [];
  for (const r of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && r.first - 1n <= previous.last) {
      merged[merged.length - 1] = { bits: r.bits, first: r.first < previous.first ? r.first : previous.first, last: r.last > previous.last ? r.last : previous.last };
    } else {
      merged.push(r);
    }
  }
  return merged.flatMap((r) => r.text !== void 0 ? [r.text] : rangeToCidrs(r.bits, r.first, r.last));
}
function merge([addresses]) {
  if (!Array.isArray(addresses) && !(addresses instanceof SetValue)) throw builtinError("operand must be an array");
  const ranges = [...addresses].map(mergeElement);
  return new SetValue([...mergeFamily(ranges.filter((r) => r.bits === 32)), ...mergeFamily(ranges.filter((r) => r.bits === 128))]);
}
function matchTerms(operand, position) {
  const cidrOf = (v2) => {
    if (typeof v2 === "string") return v2;
    if (Array.isArray(v2) && v2.length > 0 && typeof v2[0] === "string") return v2[0];
    throw builtinError(`operand ${position}: element must be string or non-empty array`);
  };
  if (typeof operand === "string") return [[operand, operand]];
  if (Array.isArray(operand)) return operand.map((v2, i) => [cidrOf(v2), i]);
  if (operand instanceof SetValue) return operand.sorted().map((v2) => [cidrOf(v2), v2]);
  if (operand instanceof ObjectValue) return operand.sortedEntries().map(([k2, v2]) => [cidrOf(v2), k2]);
  return [];
}
function containsMatches(args) {
  const pairs = [];
  for (const [outer, outerIndex] of matchTerms(args[0], 1)) {
    for (const [inner, innerIndex] of matchTerms(args[1], 2)) {
      if (contains(cidrArg([outer], 0), cidrOrAddressArg([inner], 0))) pairs.push([outerIndex, innerIndex]);
    }
  }
  return new SetValue(pairs);
}
var netBuiltins = [
  fn("net.cidr_contains", 2, (args) => contains(cidrArg(args, 0), cidrOrAddressArg(args, 1))),
  fn("net.cidr_expand", 1, expand),
  fn("net.cidr_merge", 1, merge),
  fn("net.cidr_contains_matches", 2, containsMatches),
  fn("net.cidr_intersects", 2, (args) => intersects2(cidrArg(args, 0), cidrArg(args, 1))),
  fn("net.cidr_is_valid", 1, ([v2]) => typeof v2 === "string" && parseCidr(v2) !== void 0)
];

// action/src/rego/builtins/numbers.ts
var DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
function roundHalfAwayFromZero(n) {
  return finite(Math.sign(n) * Math.round(Math.abs(n)));
}
var NOT_A_NUMBER = /* @__PURE__ */ new Set(["inf", "infinity", "nan"]);
function toNumber([v2]) {
  if (typeof v2 === "number") return v2;
  if (typeof v2 === "boolean") return v2 ? 1 : 0;
  if (v2 === null) return 0;
  if (typeof v2 !== "string") throw operandTypeError(1, v2, "null", "boolean", "number", "string");
  if (NOT_A_NUMBER.has(v2.replace(/^[+-]+/, "").toLowerCase())) throw operandTypeError(1, v2, "valid number string");
  if (!DECIMAL.test(v2)) throw builtinError(`strconv.ParseFloat: parsing ${JSON.stringify(v2)}: invalid syntax`);
  const n = Number(v2);
  if (!Number.isFinite(n)) throw builtinError(`strconv.ParseFloat: parsing ${JSON.stringify(v2)}: value out of range`);
  return n === 0 ? 0 : n;
}
function range(from, to2, step) {
  const out = [];
  if (from <= to2) for (let i = from; i <= to2; i += step) out.push(i);
  else for (let i = from; i >= to2; i -= step) out.push(i);
  return out;
}
var MAX_RANGE = 1e7;
function checkedRange(from, to2, step) {
  if (Math.abs(to2 - from) / step > MAX_RANGE) throw builtinError(`range of more than ${MAX_RANGE} numbers is not allowed`);
  return range(from, to2, step);
}
function rangeStep(args) {
  const from = integerArg(args, 0);
  const to2 = integerArg(args, 1);
  const step = integerArg(args, 2);
  if (step <= 0) throw builtinError("step must be a positive integer");
  return checkedRange(from, to2, step);
}
var FORMAT_BASES = /* @__PURE__ */ new Set([2, 8, 10, 16]);
function formatInt(args) {
  const n = numberArg(args, 0);
  const base = numberArg(args, 1);
  if (!FORMAT_BASES.has(base)) throw operandError(2, "must be one of {2, 8, 10, 16}");
  return BigInt(Math.trunc(n)).toString(base);
}
function bigIntArg(args, i) {
  return BigInt(integerArg(args, i));
}
function bitwise(name, op) {
  return fn(name, 2, (args) => Number(op(bigIntArg(args, 0), bigIntArg(args, 1))));
}
var MAX_SHIFT = 1100n;
function shiftArg(args) {
  const s3 = bigIntArg(args, 1);
  if (s3 < 0n) throw operandError(2, "must be an unsigned integer number but got a negative integer");
  return s3;
}
function shiftLeft(args) {
  const x = bigIntArg(args, 0);
  const s3 = shiftArg(args);
  if (x !== 0n && s3 > MAX_SHIFT) throw builtinError("arithmetic result is out of the range of 64-bit floating-point numbers");
  return finite(Number(x << s3));
}
function shiftRight(args) {
  const x = bigIntArg(args, 0);
  const s3 = shiftArg(args);
  if (s3 > MAX_SHIFT) return x < 0n ? -1 : 0;
  return Number(x >> s3);
}
var numberBuiltins = [
  fn("abs", 1, (args) => Math.abs(numberArg(args, 0))),
  fn("round", 1, (args) => roundHalfAwayFromZero(numberArg(args, 0))),
  fn("ceil", 1, (args) => finite(Math.ceil(numberArg(args, 0)))),
  fn("floor", 1, (args) => finite(Math.floor(numberArg(args, 0)))),
  fn("numbers.range", 2, (args) => checkedRange(integerArg(args, 0), integerArg(args, 1), 1)),
  fn("numbers.range_step", 3, rangeStep),
  fn("to_number", 1, toNumber),
  fn("format_int", 2, formatInt),
  bitwise("bits.and", (a, b2) => a & b2),
  bitwise("bits.or", (a, b2) => a | b2),
  bitwise("bits.xor", (a, b2) => a ^ b2),
  fn("bits.negate", 1, (args) => Number(~bigIntArg(args, 0))),
  fn("bits.lsh", 2, shiftLeft),
  fn("bits.rsh", 2, shiftRight)
];

// action/src/rego/builtins/objects.ts
function child(v2, key) {
  if (v2 instanceof ObjectValue) return v2.get(key);
  if (Array.isArray(v2)) return typeof key === "number" && Number.isInteger(key) && key >= 0 ? v2[key] : void 0;
  if (v2 instanceof SetValue) return v2.has(key) ? key : void 0;
  return void 0;
}
function objectGet(args) {
  const object = objectArg(args, 0);
  const key = args[1];
  const fallback = args[2];
  const path = Array.isArray(key) ? key : [key];
  let current = object;
  for (const step of path) {
    current = child(current, step);
    if (current === void 0) return fallback;
  }
  return current;
}
function unionObjects(a, b2) {
  const result = [];
  for (const [k2, v2] of a) {
    const other = b2.get(k2);
    if (other === void 0) result.push([k2, v2]);
    else if (v2 instanceof ObjectValue && other instanceof ObjectValue) result.push([k2, unionObjects(v2, other)]);
    else result.push([k2, other]);
  }
  for (const [k2, v2] of b2) if (!a.has(k2)) result.push([k2, v2]);
  return new ObjectValue(result);
}
function unionN(args) {
  let out = new ObjectValue();
  for (const item of arrayArg(args, 0)) {
    if (!(item instanceof ObjectValue)) throw operandError(1, `must be array of objects but got array containing ${typeName(item)}`);
    out = unionObjects(out, item);
  }
  return out;
}
function keysArg(args) {
  const v2 = args[1];
  if (Array.isArray(v2)) return new SetValue(v2);
  if (v2 instanceof SetValue) return v2;
  if (v2 instanceof ObjectValue) return new SetValue(v2.keys());
  throw operandTypeError(2, v2, "object", "set", "array");
}
function selectKeys(args, keep) {
  const object = objectArg(args, 0);
  const keys = keysArg(args);
  return new ObjectValue([...object].filter(([k2]) => keep(keys.has(k2))));
}
function isSubArray(sup, sub) {
  if (sub.length === 0) return true;
  for (let start = 0; start + sub.length <= sup.length; start++) {
    if (sub.every((v2, i) => equal(v2, sup[start + i]))) return true;
  }
  return false;
}
function isSubset(sup, sub) {
  if (sup instanceof ObjectValue && sub instanceof ObjectValue) {
    return [...sub].every(([k2, v2]) => {
      const other = sup.get(k2);
      return other !== void 0 && (equal(other, v2) || sameKind(other, v2) && isSubset(other, v2));
    });
  }
  if (sup instanceof SetValue && sub instanceof SetValue) return [...sub].every((v2) => sup.has(v2));
  if (Array.isArray(sup) && Array.isArray(sub)) return isSubArray(sup, sub);
  return false;
}
function sameKind(a, b2) {
  return typeName(a) === typeName(b2) && (a instanceof ObjectValue || a instanceof SetValue || Array.isArray(a));
}
function subset(args) {
  const [sup, sub] = args;
  if (sameKind(sup, sub)) return isSubset(sup, sub);
  if (Array.isArray(sup) && sub instanceof SetValue) return [...sub].every((v2) => sup.some((s3) => equal(s3, v2)));
  throw new BuiltinError("eval_type_error", "both arguments object.subset must be of the same type or array and set");
}
var objectBuiltins = [
  fn("object.get", 3, objectGet),
  fn("object.keys", 1, (args) => new SetValue(objectArg(args, 0).keys())),
  fn("object.union", 2, (args) => unionObjects(objectArg(args, 0), objectArg(args, 1))),
  fn("object.union_n", 1, unionN),
  fn("object.remove", 2, (args) => selectKeys(args, (present) => !present)),
  fn("object.filter", 2, (args) => selectKeys(args, (present) => present)),
  fn("object.subset", 2, subset)
];

// action/src/rego/builtins/purl.ts
var PurlError = class extends Error {
};
var TYPE = /^[A-Za-z.\-+][0-9A-Za-z.\-+]*$/;
var QUALIFIER_KEY = /^[A-Za-z.\-_][0-9A-Za-z.\-_]*$/;
function unescape(text, plusIsSpace, what) {
  if (/%(?![0-9A-Fa-f]{2})/.test(text)) throw new PurlError(`error unescaping ${what} ${JSON.stringify(text)}`);
  const spaced = plusIsSpace ? text.replace(/\+/g, " ") : text;
  return spaced.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => Buffer.from(run.replace(/%/g, ""), "hex").toString("utf8"));
}
function opaquePath(rest) {
  if (!rest.startsWith("/")) return rest;
  return rest.split("/").filter((s3) => s3 !== "" && s3 !== ".").join("/");
}
function parseQualifiers(rawQuery) {
  const out = [];
  for (const part of rawQuery.split("&")) {
    if (part.includes(";")) throw new PurlError("invalid qualifiers: invalid semicolon separator in query");
    if (part === "") continue;
    const eq = part.indexOf("=");
    const key = unescape(eq < 0 ? part : part.slice(0, eq), true, "qualifier key");
    if (!QUALIFIER_KEY.test(key)) throw new PurlError(`invalid qualifiers: invalid qualifier key: '${key}'`);
    const value = unescape(eq < 0 ? "" : part.slice(eq + 1), true, "qualifier value");
    if (value !== "") out.push([key.toLowerCase(), value]);
  }
  out.sort(([a], [b2]) => a < b2 ? -1 : a > b2 ? 1 : 0);
  for (let i = 1; i < out.length; i++) {
    if (out[i][0] === out[i - 1][0]) throw new PurlError(`invalid qualifiers: duplicate qualifier key: "${out[i][0]}"`);
  }
  return out;
}
var LOWER_NAMESPACE = /* @__PURE__ */ new Set(["alpm", "apk", "bitbucket", "composer", "deb", "github", "golang", "rpm", "qpkg"]);
var LOWER_NAME = /* @__PURE__ */ new Set(["alpm", "apk", "bitbucket", "bitnami", "composer", "deb", "github", "golang"]);
function adjustName(type, name, qualifiers) {
  if (LOWER_NAME.has(type)) return name.toLowerCase();
  if (type === "pypi") return name.replace(/_/g, "-").toLowerCase();
  if (type === "mlflow" && qualifiers.get("repository_url")?.includes("databricks")) return name.toLowerCase();
  return name;
}
function checkTypeRules(p2, qualifiers) {
  const fail = (message) => {
    throw new PurlError(message);
  };
  if (p2.type === "conan") {
    if (p2.namespace !== "" && !qualifiers.has("channel")) fail("channel qualifier does not exist");
    if (p2.namespace === "" && qualifiers.has("channel")) fail("namespace is required if channel is non empty");
  } else if (p2.type === "cpan") {
    if (p2.namespace !== "" && p2.namespace !== p2.namespace.toUpperCase()) fail("a cpan distribution namespace must be all uppercase");
    if (p2.namespace !== "" && p2.name.includes("::")) fail("a cpan distribution name must not contain '::'");
    if (p2.namespace === "" && p2.name.includes("-")) fail("a cpan module name may not contain dashes");
  } else if (p2.type === "swift") {
    if (p2.namespace === "") fail("namespace is required");
    if (p2.version === "") fail("version is required");
  } else if (p2.type === "cran" && p2.version === "") {
    fail("version is required");
  }
}
function parsePurl(text) {
  const hash = text.indexOf("#");
  const beforeFragment = hash < 0 ? text : text.slice(0, hash);
  const rawSubpath = hash < 0 ? "" : unescape(text.slice(hash + 1), false, "subpath");
  const question = beforeFragment.indexOf("?");
  const rawQuery = question < 0 ? "" : beforeFragment.slice(question + 1);
  const withoutQuery = question < 0 ? beforeFragment : beforeFragment.slice(0, question);
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(withoutQuery);
  if (!scheme || scheme[1].toLowerCase() !== "pkg") throw new PurlError(`purl scheme is not "pkg": ${JSON.stringify(scheme?.[1]?.toLowerCase() ?? "")}`);
  const path = opaquePath(withoutQuery.slice(scheme[0].length));
  const slash = path.indexOf("/");
  if (slash < 0) throw new PurlError("purl is missing type or name");
  const type = path.slice(0, slash).toLowerCase();
  const qualifierList = parseQualifiers(rawQuery);
  let rest = path.slice(slash + 1);
  let namespace = "";
  const lastSlash = rest.lastIndexOf("/");
  if (lastSlash >= 0) {
    namespace = unescape(rest.slice(0, lastSlash), false, "namespace");
    rest = rest.slice(lastSlash + 1);
  }
  let version = "";
  const at2 = rest.lastIndexOf("@");
  if (at2 >= 0) {
    version = unescape(rest.slice(at2 + 1), false, "version");
    rest = rest.slice(0, at2);
  }
  const name = unescape(rest, false, "name");
  if (name === "") throw new PurlError("purl is missing name");
  if (!TYPE.test(type)) throw new PurlError(`invalid type "${type}"`);
  if (rawSubpath.split("/").some((s3, i) => i !== 0 && (s3 === "." || s3 === ".."))) {
    throw new PurlError(`invalid Package URL subpath: ${JSON.stringify(rawSubpath)}`);
  }
  const qualifiers = new Map(qualifierList);
  const trimmedNamespace = namespace.replace(/^\/+|\/+$/g, "");
  const purl = {
    type,
    namespace: LOWER_NAMESPACE.has(type) ? trimmedNamespace.toLowerCase() : trimmedNamespace,
    name: adjustName(type, name, qualifiers),
    version: type === "huggingface" ? version.toLowerCase() : version,
    qualifiers: qualifierList,
    subpath: rawSubpath.replace(/^\/+|\/+$/g, "")
  };
  checkTypeRules(purl, qualifiers);
  return purl;
}
function toObject(p2) {
  const entries = [
    ["type", p2.type],
    ["name", p2.name]
  ];
  if (p2.namespace !== "") entries.push(["namespace", p2.namespace]);
  if (p2.version !== "") entries.push(["version", p2.version]);
  if (p2.subpath !== "") entries.push(["subpath", p2.subpath]);
  if (p2.qualifiers.length > 0) entries.push(["qualifiers", new ObjectValue(p2.qualifiers)]);
  return new ObjectValue(entries);
}
function parse(args) {
  const text = stringArg(args, 0);
  try {
    return toObject(parsePurl(text));
  } catch (e) {
    if (e instanceof PurlError) throw builtinError(`invalid PURL ${JSON.stringify(text)}: ${e.message}`);
    throw e;
  }
}
function isValid([v2]) {
  if (typeof v2 !== "string") return false;
  try {
    parsePurl(v2);
    return true;
  } catch (e) {
    if (e instanceof PurlError) return false;
    throw e;
  }
}
var purlBuiltins = [fn("purl.parse", 1, parse), fn("purl.is_valid", 1, isValid)];

// action/src/rego/builtins/re2.ts
var RegexSyntaxError = class extends Error {
};
var POSIX_CLASSES = {
  alnum: "0-9A-Za-z",
  alpha: "A-Za-z",
  ascii: "\\x00-\\x7f",
  blank: "\\t ",
  cntrl: "\\x00-\\x1f\\x7f",
  digit: "0-9",
  graph: "!-~",
  lower: "a-z",
  print: " -~",
  punct: "!-\\/:-@\\[-`{-~",
  space: "\\t\\n\\v\\f\\r ",
  upper: "A-Z",
  word: "0-9A-Za-z_",
  xdigit: "0-9A-Fa-f"
};
var SPACE = "\\t\\n\\f\\r ";
var JS_SYNTAX = /* @__PURE__ */ new Set([..."^$\\.*+?()[]{}|/"]);
var GENERAL_CATEGORIES = new Set(
  "L Lu Ll Lt Lm Lo M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po S Sm Sc Sk So Z Zs Zl Zp C Cc Cf Cs Co Cn".split(" ")
);
var literal = (ch) => JS_SYNTAX.has(ch) || ch === "-" ? "\\" + ch : ch;
function hexEscape(code) {
  return `\\u{${code.toString(16)}}`;
}
function translateRe2(pattern) {
  let flags = "u";
  let rest = pattern;
  for (let m2 = /^\(\?([imsU]+)\)/.exec(rest); m2; m2 = /^\(\?([imsU]+)\)/.exec(rest)) {
    for (const f2 of m2[1]) {
      if (f2 === "U") throw new RegexSyntaxError("ungreedy flag (?U) is not supported by this engine");
      if (!flags.includes(f2)) flags += f2;
    }
    rest = rest.slice(m2[0].length);
  }
  return { source: new Translator(rest, flags.includes("s")).run(), flags };
}
var Translator = class {
  constructor(src, dotAll) {
    this.src = src;
    this.dotAll = dotAll;
  }
  src;
  dotAll;
  i = 0;
  out = "";
  inClass = false;
  run() {
    while (this.i < this.src.length) this.step();
    if (this.inClass) throw new RegexSyntaxError(`missing closing ]: \`${this.src}\``);
    return this.out;
  }
  step() {
    const ch = this.src[this.i];
    if (ch === "\\") return this.escape();
    if (this.inClass) return this.classChar(ch);
    if (ch === "[") return this.openClass();
    if (ch === "(") return this.group();
    if (ch === ".") {
      this.out += this.dotAll ? "[\\s\\S]" : "[^\\n]";
      this.i++;
      return;
    }
    if (ch === "{" || ch === "}") return this.brace();
    if (ch === "]") {
      this.out += "\\]";
      this.i++;
      return;
    }
    this.out += ch;
    this.i++;
  }
  /** `{n}`, `{n,}`, `{n,m}` repeat (at most 1000, as RE2); any other brace is a literal in RE2 but an error under JS's `u` flag. */
  brace() {
    const repeat = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
    if (repeat) {
      if (Number(repeat[1]) > 1e3 || Number(repeat[3] || 0) > 1e3) throw new RegexSyntaxError(`invalid repeat count: \`${repeat[0]}\``);
      this.out += repeat[0];
      this.i += repeat[0].length;
      return;
    }
    this.out += "\\" + this.src[this.i];
    this.i++;
  }
  openClass() {
    this.inClass = true;
    this.out += "[";
    this.i++;
    if (this.src[this.i] === "^") {
      this.out += "^";
      this.i++;
    }
    if (this.src[this.i] === "]") {
      this.out += "\\]";
      this.i++;
    }
  }
  classChar(ch) {
    if (ch === "]") {
      this.inClass = false;
      this.out += "]";
      this.i++;
      return;
    }
    const posix = /^\[:(\^?)([a-z]+):\]/.exec(this.src.slice(this.i));
    if (posix) {
      const range3 = POSIX_CLASSES[posix[2]];
      if (!range3) throw new RegexSyntaxError(`invalid character class range: \`${posix[0]}\``);
      if (posix[1]) throw new RegexSyntaxError(`negated POSIX class ${posix[0]} is not supported by this engine`);
      this.out += range3;
      this.i += posix[0].length;
      return;
    }
    this.out += ch === "[" ? "\\[" : ch;
    this.i++;
  }
  group() {
    const ahead = this.src.slice(this.i, this.i + 4);
    if (/^\(\?(=|!|<=|<!)/.test(ahead)) throw new RegexSyntaxError(`invalid or unsupported Perl syntax: \`${ahead.slice(0, 3)}\``);
    const named = /^\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(this.src.slice(this.i));
    if (named) {
      this.out += `(?<${named[1]}>`;
      this.i += named[0].length;
      return;
    }
    if (ahead.startsWith("(?:")) {
      this.out += "(?:";
      this.i += 3;
      return;
    }
    if (ahead.startsWith("(?")) throw new RegexSyntaxError(`inline flags inside a pattern are not supported by this engine: \`${ahead}\``);
    this.out += "(";
    this.i++;
  }
  escape() {
    const next = this.src[this.i + 1];
    if (next === void 0) throw new RegexSyntaxError("trailing backslash at end of expression: ``");
    this.i += 2;
    switch (next) {
      case "z":
        if (this.inClass) throw new RegexSyntaxError("invalid escape sequence: `\\z`");
        this.out += "(?![\\s\\S])";
        return;
      case "A":
        if (this.inClass) throw new RegexSyntaxError("invalid escape sequence: `\\A`");
        this.out += "(?<![\\s\\S])";
        return;
      case "s":
        this.out += this.inClass ? SPACE : `[${SPACE}]`;
        return;
      case "S":
        if (this.inClass) throw new RegexSyntaxError("\\S inside a character class is not supported by this engine");
        this.out += `[^${SPACE}]`;
        return;
      case "Q":
        return this.quoted();
      case "x":
        return this.hex();
      case "p":
      case "P":
        return this.unicodeClass(next);
      case "C":
        throw new RegexSyntaxError("invalid escape sequence: `\\C`");
    }
    if ("dDwWbBtnrfv".includes(next)) {
      if (this.inClass && (next === "b" || next === "B")) throw new RegexSyntaxError(`invalid escape sequence: \`\\${next}\``);
      this.out += "\\" + next;
      return;
    }
    if (next === "a") {
      this.out += "\\x07";
      return;
    }
    if (next === "0" || /[0-7]/.test(next)) return this.octal(next);
    if (/[!-/:-@[-`{-~]/.test(next)) {
      this.out += JS_SYNTAX.has(next) || next === "-" && this.inClass ? "\\" + next : next;
      return;
    }
    throw new RegexSyntaxError(`invalid escape sequence: \`\\${next}\``);
  }
  /** RE2: \0 and \1…\7 followed by another octal digit start an octal escape (three digits at most); a lone \1…\7 would be a back-reference, which is an error. */
  octal(first) {
    if (first !== "0" && !/^[0-7]/.test(this.src.slice(this.i))) throw new RegexSyntaxError(`invalid escape sequence: \`\\${first}\``);
    const digits = /^[0-7]{0,2}/.exec(this.src.slice(this.i))[0];
    this.i += digits.length;
    this.out += hexEscape(parseInt(first + digits, 8));
  }
  hex() {
    const braced = /^\{([0-9A-Fa-f]+)\}/.exec(this.src.slice(this.i));
    const plain = /^[0-9A-Fa-f]{2}/.exec(this.src.slice(this.i));
    const m2 = braced ?? plain;
    if (!m2) throw new RegexSyntaxError("invalid escape sequence: `\\x`");
    const code = parseInt(braced ? braced[1] : plain[0], 16);
    if (code > 1114111) throw new RegexSyntaxError(`invalid escape sequence: \`\\x${m2[0]}\``);
    this.i += m2[0].length;
    this.out += hexEscape(code);
  }
  unicodeClass(kind) {
    const m2 = /^(?:\{(\^?)([A-Za-z_]+)\}|([A-Za-z]))/.exec(this.src.slice(this.i));
    if (!m2) throw new RegexSyntaxError(`invalid character class range: \`\\${kind}\``);
    this.i += m2[0].length;
    const negate = kind === "P" !== (m2[1] === "^");
    const name = m2[2] ?? m2[3];
    const property = GENERAL_CATEGORIES.has(name) ? name : name === "Any" ? "Any" : `Script=${name}`;
    this.out += `\\${negate ? "P" : "p"}{${property}}`;
  }
  quoted() {
    const end = this.src.indexOf("\\E", this.i);
    const text = end < 0 ? this.src.slice(this.i) : this.src.slice(this.i, end);
    this.i = end < 0 ? this.src.length : end + 2;
    this.out += [...text].map(literal).join("");
  }
};

// action/src/rego/builtins/regex.ts
function compileRegex(pattern, ctx) {
  const compiled = cached(ctx.cache, "regex:" + pattern, () => {
    try {
      const { source, flags } = translateRe2(pattern);
      return new RegExp(source, flags + "g");
    } catch (e) {
      return e instanceof RegexSyntaxError ? e : new RegexSyntaxError(e.message);
    }
  });
  if (compiled instanceof Error) throw builtinError(`error parsing regexp: ${compiled.message}`);
  return compiled;
}
function findAll(re2, text, n) {
  const matches2 = [];
  let pos = 0;
  let prevEnd = -1;
  while ((n < 0 || matches2.length < n) && pos <= text.length) {
    re2.lastIndex = pos;
    const m2 = re2.exec(text);
    if (!m2) break;
    const end = m2.index + m2[0].length;
    let accept = true;
    if (end === m2.index) {
      if (m2.index === prevEnd) accept = false;
      pos = m2.index + (m2.index < text.length ? String.fromCodePoint(text.codePointAt(m2.index)).length : 1);
    } else {
      pos = end;
    }
    prevEnd = end;
    if (accept) matches2.push(m2);
  }
  return matches2;
}
function matchArgs(args, ctx) {
  return [compileRegex(stringArg(args, 0), ctx), stringArg(args, 1)];
}
function matches(args, ctx) {
  const [re2, text] = matchArgs(args, ctx);
  re2.lastIndex = 0;
  return re2.test(text);
}
function isValid2([pattern], ctx) {
  if (typeof pattern !== "string") return false;
  try {
    compileRegex(pattern, ctx);
    return true;
  } catch {
    return false;
  }
}
function split(args, ctx) {
  const [re2, text] = matchArgs(args, ctx);
  if (args[0] !== "" && text === "") return [""];
  const parts = [];
  let begin = 0;
  let end = 0;
  for (const m2 of findAll(re2, text, -1)) {
    end = m2.index;
    if (m2.index + m2[0].length !== 0) parts.push(text.slice(begin, end));
    begin = m2.index + m2[0].length;
  }
  if (end !== text.length) parts.push(text.slice(begin));
  return parts;
}
function findN(args, ctx) {
  const [re2, text] = matchArgs(args, ctx);
  return findAll(re2, text, integerArg(args, 2)).map((m2) => m2[0]);
}
function findAllSubmatch(args, ctx) {
  const [re2, text] = matchArgs(args, ctx);
  return findAll(re2, text, integerArg(args, 2)).map((m2) => [...m2].map((g2) => g2 ?? ""));
}
function expand2(template, m2) {
  return template.replace(/\$(?:\$|\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/g, (whole, braced, bare) => {
    if (whole === "$$") return "$";
    const name = braced ?? bare;
    if (/^\d+$/.test(name)) return m2[Number(name)] ?? "";
    return m2.groups?.[name] ?? "";
  });
}
function replace(args, ctx) {
  const text = stringArg(args, 0);
  const re2 = compileRegex(stringArg(args, 1), ctx);
  const template = stringArg(args, 2);
  let out = "";
  let last = 0;
  for (const m2 of findAll(re2, text, -1)) {
    out += text.slice(last, m2.index) + expand2(template, m2);
    last = m2.index + m2[0].length;
  }
  return out + text.slice(last);
}
function delimitedSpans(template, open, close) {
  const spans = [];
  let level = 0;
  let start = 0;
  for (let i = 0; i < template.length; i++) {
    if (template[i] === open && ++level === 1) start = i;
    else if (template[i] === close && --level === 0) spans.push([start, i + 1]);
    if (level < 0) break;
  }
  if (level !== 0) throw builtinError(`unbalanced braces in ${JSON.stringify(template)}`);
  return spans;
}
var quoteMeta2 = (text) => text.replace(/[\\.+*?()|[\]{}^$]/g, "\\$&");
function templateMatch(args, ctx) {
  const template = stringArg(args, 0);
  const text = stringArg(args, 1);
  const open = stringArg(args, 2);
  const close = stringArg(args, 3);
  if (open.length !== 1) throw builtinError(`start delimiter has to be exactly one character long but is ${open.length} long`);
  if (close.length !== 1) throw builtinError(`end delimiter has to be exactly one character long but is ${close.length} long`);
  let pattern = "^";
  let end = 0;
  for (const [from, to2] of delimitedSpans(template, open, close)) {
    const inner = template.slice(from + 1, to2 - 1);
    compileRegex(`^${inner}$`, ctx);
    pattern += `${quoteMeta2(template.slice(end, from))}(${inner})`;
    end = to2;
  }
  const re2 = compileRegex(`${pattern}${quoteMeta2(template.slice(end))}$`, ctx);
  re2.lastIndex = 0;
  return re2.test(text);
}
var regexBuiltins = [
  fn("regex.match", 2, matches),
  fn("regex.is_valid", 1, isValid2),
  fn("regex.split", 2, split),
  fn("regex.find_n", 3, findN),
  fn("regex.find_all_string_submatch_n", 3, findAllSubmatch),
  fn("regex.replace", 3, replace),
  fn("regex.template_match", 4, templateMatch)
];

// action/src/rego/builtins/semver.ts
var NUMERIC = "0|[1-9]\\d*";
var PRE_ID = `(?:${NUMERIC}|\\d*[a-zA-Z-][0-9a-zA-Z-]*)`;
var SEMVER = new RegExp(
  `^(${NUMERIC})\\.(${NUMERIC})\\.(${NUMERIC})(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$`
);
function parse2(text) {
  const m2 = SEMVER.exec(text);
  if (!m2) return void 0;
  return { core: [BigInt(m2[1]), BigInt(m2[2]), BigInt(m2[3])], prerelease: m2[4] ? m2[4].split(".") : [] };
}
function versionArg(args, i) {
  const text = stringArg(args, i);
  const v2 = parse2(text);
  if (!v2) throw builtinError(`operand ${i + 1}: string ${JSON.stringify(text)} is not a valid SemVer`);
  return v2;
}
var sign = (n) => n > 0 ? 1 : n < 0 ? -1 : 0;
function comparePrerelease(a, b2) {
  if (a.length === 0 || b2.length === 0) return sign(b2.length) - sign(a.length);
  for (let i = 0; i < Math.min(a.length, b2.length); i++) {
    const x = a[i];
    const y = b2[i];
    const xNum = /^\d+$/.test(x);
    const yNum = /^\d+$/.test(y);
    if (xNum && yNum) {
      const c = sign(BigInt(x) - BigInt(y));
      if (c !== 0) return c;
    } else if (xNum !== yNum) {
      return xNum ? -1 : 1;
    } else if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  return sign(a.length - b2.length);
}
function compareVersions(args) {
  const a = versionArg(args, 0);
  const b2 = versionArg(args, 1);
  for (let i = 0; i < 3; i++) {
    const c = sign(a.core[i] - b2.core[i]);
    if (c !== 0) return c;
  }
  return comparePrerelease(a.prerelease, b2.prerelease);
}
var semverBuiltins = [
  fn("semver.compare", 2, compareVersions),
  fn("semver.is_valid", 1, ([v2]) => typeof v2 === "string" && parse2(v2) !== void 0)
];

// action/src/rego/builtins/sets.ts
function setOfSetsArg(args) {
  const members = [...setArg(args, 0)];
  for (const m2 of members) {
    if (!(m2 instanceof SetValue)) throw operandError(1, `must be set of sets but got set containing ${typeName(m2)}`);
  }
  return members;
}
var setBuiltins = [
  fn("intersection", 1, (args) => setIntersection(setOfSetsArg(args))),
  fn("union", 1, (args) => setUnion(setOfSetsArg(args)))
];

// action/src/rego/builtins/format.ts
function regoString(v2) {
  if (v2 === null) return "null";
  if (typeof v2 === "string") return JSON.stringify(v2);
  if (typeof v2 === "number") return String(v2);
  if (typeof v2 === "boolean") return String(v2);
  if (Array.isArray(v2)) return "[" + v2.map(regoString).join(", ") + "]";
  if (v2 instanceof SetValue) return v2.size === 0 ? "set()" : "{" + v2.sorted().map(regoString).join(", ") + "}";
  return "{" + v2.sortedEntries().map(([k2, val]) => `${regoString(k2)}: ${regoString(val)}`).join(", ") + "}";
}
var INT64_MAX = 2n ** 63n - 1n;
var INT64_MIN = -(2n ** 63n);
function toGoArg(v2) {
  if (typeof v2 === "string") return { kind: "string", value: v2 };
  if (typeof v2 === "number") {
    if (Number.isInteger(v2) && Math.abs(v2) < 1e21) {
      const value = BigInt(v2);
      return { kind: "int", value, big: value > INT64_MAX || value < INT64_MIN };
    }
    return { kind: "float", value: v2 };
  }
  return { kind: "string", value: regoString(v2) };
}
var MAX_WIDTH = 1e6;
var SPEC = /%([-+ 0#]*)(\d+)?(?:\.(\d*))?([\s\S])/y;
function goSprintf(format2, values) {
  const args = values.map(toGoArg);
  let out = "";
  let next = 0;
  let i = 0;
  while (i < format2.length) {
    const pct = format2.indexOf("%", i);
    if (pct < 0) {
      out += format2.slice(i);
      break;
    }
    out += format2.slice(i, pct);
    SPEC.lastIndex = pct;
    const m2 = SPEC.exec(format2);
    if (!m2) {
      out += "%!(NOVERB)";
      break;
    }
    i = SPEC.lastIndex;
    const flags = m2[1] ?? "";
    const spec = {
      minus: flags.includes("-"),
      plus: flags.includes("+"),
      space: flags.includes(" "),
      zero: flags.includes("0"),
      sharp: flags.includes("#"),
      width: m2[2] === void 0 ? void 0 : Number(m2[2]),
      precision: m2[3] === void 0 ? void 0 : Number(m2[3] || "0"),
      verb: m2[4]
    };
    if (spec.verb === "%") {
      out += "%";
      continue;
    }
    if ((spec.width ?? 0) > MAX_WIDTH || (spec.precision ?? 0) > MAX_WIDTH) {
      out += (spec.width ?? 0) > MAX_WIDTH ? "%!(BADWIDTH)" : "%!(BADPREC)";
      next++;
      continue;
    }
    const arg = args[next++];
    out += arg === void 0 ? `%!${spec.verb}(MISSING)` : formatOne(spec, arg);
  }
  if (next < args.length) out += "%!(EXTRA " + args.slice(next).map((a) => `${goTypeName(a)}=${plainText(a)}`).join(", ") + ")";
  return out;
}
function goTypeName(a) {
  if (a.kind === "int") return a.big ? "*big.Int" : "int";
  return a.kind === "float" ? "float64" : "string";
}
function plainText(a) {
  if (a.kind === "float") return formatFloatG(a.value, void 0);
  return a.kind === "int" ? a.value.toString() : a.value;
}
function badVerb(spec, a) {
  return `%!${spec.verb}(${goTypeName(a)}=${plainText(a)})`;
}
function formatOne(spec, a) {
  switch (a.kind) {
    case "int":
      return formatInt2(spec, a);
    case "float":
      return formatFloat(spec, a);
    case "string":
      return formatString(spec, a);
  }
}
function pad(spec, body, zeroPaddable) {
  const width = spec.width ?? 0;
  const length = [...body].length;
  if (length >= width) return body;
  const fill = width - length;
  if (spec.minus) return body + " ".repeat(fill);
  if (spec.zero && zeroPaddable) {
    const sign2 = /^[+\- ]/.test(body) ? body[0] : "";
    return sign2 + "0".repeat(fill) + body.slice(sign2.length);
  }
  return " ".repeat(fill) + body;
}
function signed(spec, negative, digits) {
  if (negative) return "-" + digits;
  if (spec.plus) return "+" + digits;
  return spec.space ? " " + digits : digits;
}
var INT_BASES = {
  d: { base: 10, prefix: "" },
  v: { base: 10, prefix: "" },
  b: { base: 2, prefix: "0b" },
  o: { base: 8, prefix: "0" },
  O: { base: 8, prefix: "0o" },
  x: { base: 16, prefix: "0x" },
  X: { base: 16, prefix: "0X" }
};
function runeOf(n) {
  const valid = n >= 0n && n <= 0x10ffffn && !(n >= 0xd800n && n <= 0xdfffn);
  return valid ? String.fromCodePoint(Number(n)) : "�";
}
function formatInt2(spec, a) {
  const abs = a.value < 0n ? -a.value : a.value;
  if (spec.verb === "s" && a.big) return pad(spec, a.value.toString(), false);
  if (spec.verb === "c" && !a.big) return pad(spec, runeOf(a.value), false);
  if (spec.verb === "q" && !a.big) return pad(spec, goQuote(runeOf(a.value), "'"), false);
  const base = INT_BASES[spec.verb];
  if (!base) return badVerb(spec, { kind: "int", ...a });
  let digits = abs.toString(base.base);
  if (spec.verb === "X") digits = digits.toUpperCase();
  if (spec.precision !== void 0) digits = digits.padStart(spec.precision, "0");
  if (spec.verb === "O" || spec.sharp && base.prefix && spec.verb !== "d" && spec.verb !== "v") digits = base.prefix + digits;
  return pad(spec, signed(spec, a.value < 0n, digits), spec.precision === void 0);
}
function formatFloat(spec, a) {
  const n = a.value;
  const abs = Math.abs(n);
  let digits;
  switch (spec.verb) {
    case "v":
    case "g":
      digits = formatFloatG(abs, spec.precision);
      break;
    case "G":
      digits = formatFloatG(abs, spec.precision).toUpperCase();
      break;
    case "e":
      digits = formatFloatE(abs, spec.precision ?? 6);
      break;
    case "E":
      digits = formatFloatE(abs, spec.precision ?? 6).toUpperCase();
      break;
    case "f":
    case "F":
      digits = formatFloatF(abs, spec.precision ?? 6);
      break;
    default:
      return badVerb(spec, { kind: "float", value: n });
  }
  return pad(spec, signed(spec, n < 0 || Object.is(n, -0), digits), true);
}
function formatFloatE(abs, precision) {
  const { digits, exponent } = significantDigits(abs, precision + 1);
  const mantissa = precision > 0 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${mantissa}e${exponentText(exponent)}`;
}
function exponentText(exponent) {
  return (exponent < 0 ? "-" : "+") + String(Math.abs(exponent)).padStart(2, "0");
}
function significantDigits(abs, count2) {
  if (abs === 0) return { digits: "0".repeat(count2 ?? 1), exponent: 0 };
  if (count2 === void 0) {
    const [mantissa, exp] = abs.toExponential().split("e");
    return { digits: mantissa.replace(".", ""), exponent: Number(exp) };
  }
  const exact = exactDecimal(abs);
  const text = exact.digits.toString();
  const exponent = text.length - 1 - exact.scale;
  if (text.length <= count2) return { digits: text.padEnd(count2, "0"), exponent };
  const kept = BigInt(text.slice(0, count2));
  const rest = text.slice(count2);
  const half = "5".padEnd(rest.length, "0");
  const rounded = rest > half || rest === half && kept % 2n === 1n ? kept + 1n : kept;
  const roundedText = rounded.toString();
  return roundedText.length > count2 ? { digits: roundedText.slice(0, count2), exponent: exponent + 1 } : { digits: roundedText, exponent };
}
function exactDecimal(abs) {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, abs);
  const bits = view.getBigUint64(0);
  const biased = Number(bits >> 52n & 0x7ffn);
  const fraction = bits & (1n << 52n) - 1n;
  const mantissa = biased === 0 ? fraction : fraction | 1n << 52n;
  const exponent = biased === 0 ? -1074 : biased - 1075;
  if (exponent >= 0) return { digits: mantissa << BigInt(exponent), scale: 0 };
  return { digits: mantissa * 5n ** BigInt(-exponent), scale: -exponent };
}
function formatFloatF(abs, precision) {
  const { digits, scale: scale2 } = exactDecimal(abs);
  let scaled;
  if (precision >= scale2) {
    scaled = digits * 10n ** BigInt(precision - scale2);
  } else {
    const divisor = 10n ** BigInt(scale2 - precision);
    const quotient = digits / divisor;
    const twiceRemainder = digits % divisor * 2n;
    const roundUp = twiceRemainder > divisor || twiceRemainder === divisor && quotient % 2n === 1n;
    scaled = roundUp ? quotient + 1n : quotient;
  }
  const text = scaled.toString().padStart(precision + 1, "0");
  return precision === 0 ? text : `${text.slice(0, -precision)}.${text.slice(-precision)}`;
}
function formatFloatG(abs, precision) {
  if (abs === 0) return "0";
  const significant = precision === 0 ? 1 : precision;
  const { digits, exponent } = significantDigits(abs, significant);
  const trimmed = digits.replace(/0+$/, "") || "0";
  if (exponent < -4 || exponent >= (significant ?? 6)) {
    const mantissa = trimmed.length > 1 ? `${trimmed[0]}.${trimmed.slice(1)}` : trimmed;
    return `${mantissa}e${exponentText(exponent)}`;
  }
  if (exponent < 0) return `0.${"0".repeat(-exponent - 1)}${trimmed}`;
  const whole = trimmed.slice(0, exponent + 1).padEnd(exponent + 1, "0");
  const fraction = trimmed.slice(exponent + 1);
  return fraction ? `${whole}.${fraction}` : whole;
}
function formatString(spec, a) {
  let text = a.value;
  switch (spec.verb) {
    case "s":
    case "v":
      if (spec.precision !== void 0) text = [...text].slice(0, spec.precision).join("");
      return pad(spec, text, false);
    case "q":
      return pad(spec, goQuote(text, '"'), false);
    case "x":
    case "X": {
      const hex = Buffer.from(text, "utf8").toString("hex");
      return pad(spec, spec.verb === "X" ? hex.toUpperCase() : hex, false);
    }
    default:
      return badVerb(spec, { kind: "string", value: text });
  }
}
var GO_ESCAPES = {
  "\x07": "\\a",
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "	": "\\t",
  "\v": "\\v",
  "\\": "\\\\"
};
function goQuote(text, quote) {
  let out = quote;
  for (const ch of text) {
    const code = ch.codePointAt(0);
    if (ch === quote) out += "\\" + ch;
    else if (GO_ESCAPES[ch]) out += GO_ESCAPES[ch];
    else if (code < 32 || code === 127) out += "\\x" + code.toString(16).padStart(2, "0");
    else if (!isPrintable(ch)) out += code > 65535 ? "\\U" + code.toString(16).padStart(8, "0") : "\\u" + code.toString(16).padStart(4, "0");
    else out += ch;
  }
  return out + quote;
}
var NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
function isPrintable(ch) {
  return ch === " " || !NON_PRINTABLE.test(ch);
}

// action/src/rego/builtins/strings.ts
var runes = (s3) => [...s3];
function runeIndexOf(haystack, needle, from) {
  outer: for (let i = from; i + needle.length <= haystack.length; i++) {
    for (let k2 = 0; k2 < needle.length; k2++) if (haystack[i + k2] !== needle[k2]) continue outer;
    return i;
  }
  return -1;
}
function needleArg(args) {
  const needle = runes(stringArg(args, 1));
  if (needle.length === 0) throw builtinError("empty search character");
  return needle;
}
function indexOfAll(args) {
  const haystack = runes(stringArg(args, 0));
  const needle = needleArg(args);
  const found = [];
  for (let i = runeIndexOf(haystack, needle, 0); i >= 0; i = runeIndexOf(haystack, needle, i + 1)) found.push(i);
  return found;
}
function concat(args) {
  const delimiter = stringArg(args, 0);
  const parts = arrayOrSetArg(args, 1, ["set", "array"]);
  const kind = typeName(args[1]);
  for (const p2 of parts) {
    if (typeof p2 !== "string") throw operandError(2, `must be ${kind} of strings but got ${kind} containing ${typeName(p2)}`);
  }
  return parts.join(delimiter);
}
function goSplit(text, separator) {
  return separator === "" ? runes(text) : text.split(separator);
}
function splitN(args) {
  const parts = goSplit(stringArg(args, 0), stringArg(args, 1));
  const n = integerArg(args, 2);
  if (n >= 0) return parts.slice(0, n);
  return parts.slice(Math.max(0, parts.length + n));
}
function replaceAll(args) {
  const text = stringArg(args, 0);
  const old = stringArg(args, 1);
  const replacement = stringArg(args, 2);
  if (old === "") return replacement + runes(text).join(replacement) + (text === "" ? "" : replacement);
  return text.split(old).join(replacement);
}
function replaceN(args) {
  const patterns = objectArg(args, 0);
  const text = stringArg(args, 1);
  const pairs = stringPairs(patterns);
  let out = "";
  let i = 0;
  while (i <= text.length) {
    const hit = pairs.find(([old]) => old !== "" && text.startsWith(old, i));
    if (hit) {
      out += hit[1];
      i += hit[0].length;
      continue;
    }
    const empty = pairs.find(([old]) => old === "");
    if (empty) out += empty[1];
    if (i === text.length) break;
    const ch = String.fromCodePoint(text.codePointAt(i));
    out += ch;
    i += ch.length;
  }
  return out;
}
function stringPairs(patterns) {
  return patterns.sortedEntries().map(([k2, v2]) => {
    if (typeof k2 !== "string") throw operandError(1, "non-string key found in pattern object");
    if (typeof v2 !== "string") throw operandError(1, "non-string value found in pattern object");
    return [k2, v2];
  });
}
function substring(args) {
  const text = runes(stringArg(args, 0));
  const start = integerArg(args, 1);
  const length = integerArg(args, 2);
  if (start < 0) throw builtinError("negative offset");
  if (start >= text.length) return "";
  return text.slice(start, length < 0 ? void 0 : start + length).join("");
}
var GO_SPACE = "	\n\v\f\r              \u2028\u2029  　";
function trimLeftSet(text, cutset) {
  const cut = new Set(runes(cutset));
  const chars = runes(text);
  let start = 0;
  while (start < chars.length && cut.has(chars[start])) start++;
  return chars.slice(start).join("");
}
function trimRightSet(text, cutset) {
  const cut = new Set(runes(cutset));
  const chars = runes(text);
  let end = chars.length;
  while (end > 0 && cut.has(chars[end - 1])) end--;
  return chars.slice(0, end).join("");
}
function mapCase(text, map) {
  return runes(text).map((ch) => {
    const mapped = map(ch);
    return runes(mapped).length === 1 ? mapped : ch;
  }).join("");
}
function countOccurrences(args) {
  const text = stringArg(args, 0);
  const sub = stringArg(args, 1);
  if (sub === "") return runes(text).length + 1;
  return text.split(sub).length - 1;
}
function anyMatch(args, test) {
  const candidates = stringsArg(args, 0);
  const affixes = stringsArg(args, 1);
  return candidates.some((s3) => affixes.some((a) => test(s3, a)));
}
function sprintf(args) {
  const format2 = stringArg(args, 0);
  return goSprintf(format2, arrayArg(args, 1));
}
var str12 = (name, f2) => fn(name, 1, (args) => f2(stringArg(args, 0)));
var str2 = (name, f2) => fn(name, 2, (args) => f2(stringArg(args, 0), stringArg(args, 1)));
var stringBuiltins = [
  fn("concat", 2, concat),
  str2("contains", (s3, sub) => s3.includes(sub)),
  str2("startswith", (s3, prefix) => s3.startsWith(prefix)),
  str2("endswith", (s3, suffix) => s3.endsWith(suffix)),
  fn("indexof", 2, (args) => runeIndexOf(runes(stringArg(args, 0)), needleArg(args), 0)),
  fn("indexof_n", 2, indexOfAll),
  str12("lower", (s3) => mapCase(s3, (c) => c.toLowerCase())),
  str12("upper", (s3) => mapCase(s3, (c) => c.toUpperCase())),
  fn("replace", 3, replaceAll),
  str2("split", goSplit),
  fn("strings.split_n", 3, splitN),
  fn("sprintf", 2, sprintf),
  fn("substring", 3, substring),
  str2("trim", (s3, cut) => trimRightSet(trimLeftSet(s3, cut), cut)),
  str2("trim_left", trimLeftSet),
  str2("trim_right", trimRightSet),
  str2("trim_prefix", (s3, prefix) => s3.startsWith(prefix) ? s3.slice(prefix.length) : s3),
  str2("trim_suffix", (s3, suffix) => suffix !== "" && s3.endsWith(suffix) ? s3.slice(0, s3.length - suffix.length) : s3),
  str12("trim_space", (s3) => trimRightSet(trimLeftSet(s3, GO_SPACE), GO_SPACE)),
  fn("strings.replace_n", 2, replaceN),
  str12("strings.reverse", (s3) => runes(s3).reverse().join("")),
  fn("strings.count", 2, countOccurrences),
  fn("strings.any_prefix_match", 2, (args) => anyMatch(args, (s3, p2) => s3.startsWith(p2))),
  fn("strings.any_suffix_match", 2, (args) => anyMatch(args, (s3, p2) => s3.endsWith(p2)))
];

// action/src/rego/builtins/timezone.ts
var NS_PER_SECOND = 1000000000n;
var INT64_MIN2 = -(2n ** 63n);
var INT64_MAX2 = 2n ** 63n - 1n;
function daysFromCivil(year, month, day) {
  const m0 = month - 1;
  const y = year + Math.floor(m0 / 12);
  const m2 = (m0 % 12 + 12) % 12 + 1;
  const yy = m2 <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m2 + (m2 > 2 ? -3 : 9)) + 2) / 5);
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468 + (day - 1);
}
function civilFromDays(days) {
  const z2 = days + 719468;
  const era = Math.floor(z2 / 146097);
  const doe = z2 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
var floorDiv = (a, b2) => a >= 0n ? a / b2 : -((-a + b2 - 1n) / b2);
function civilAt(ns2, offsetSeconds) {
  const local = ns2 + BigInt(offsetSeconds) * NS_PER_SECOND;
  const seconds = floorDiv(local, NS_PER_SECOND);
  const nanosecond = Number(local - seconds * NS_PER_SECOND);
  const days = Number(floorDiv(seconds, 86400n));
  const secondOfDay = Number(seconds - BigInt(days) * 86400n);
  const { year, month, day } = civilFromDays(days);
  return {
    year,
    month,
    day,
    hour: Math.floor(secondOfDay / 3600),
    minute: Math.floor(secondOfDay % 3600 / 60),
    second: secondOfDay % 60,
    nanosecond,
    weekday: ((days + 4) % 7 + 7) % 7,
    yearDay: days - daysFromCivil(year, 1, 1) + 1
  };
}
function instantOf(c, offsetSeconds) {
  const days = BigInt(daysFromCivil(c.year, c.month, c.day));
  const seconds = days * 86400n + BigInt(c.hour * 3600 + c.minute * 60 + c.second - offsetSeconds);
  return seconds * NS_PER_SECOND + BigInt(c.nanosecond);
}
function checkRange(ns2) {
  if (ns2 < INT64_MIN2 || ns2 > INT64_MAX2) throw builtinError("time outside of valid range");
  return ns2;
}
var UTC = { name: "UTC", offsetAt: () => 0, abbreviationAt: () => "UTC" };
var zones = /* @__PURE__ */ new Map();
function intlZone(name) {
  let wall;
  let short;
  try {
    const options = { timeZone: name === "Local" ? void 0 : name };
    wall = new Intl.DateTimeFormat("en-US", { ...options, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric", era: "short" });
    short = new Intl.DateTimeFormat("en-US", { ...options, timeZoneName: "short" });
  } catch {
    throw builtinError(`unknown time zone ${name}`);
  }
  const msOf = (ns2) => Number(floorDiv(ns2, 1000000n));
  return {
    name,
    offsetAt(ns2) {
      const ms2 = msOf(ns2);
      if (Math.abs(ms2) > 864e13) return 0;
      const parts = Object.fromEntries(wall.formatToParts(ms2).map((p2) => [p2.type, p2.value]));
      const year = parts.era === "BC" ? 1 - Number(parts.year) : Number(parts.year);
      const asUtc = daysFromCivil(year, Number(parts.month), Number(parts.day)) * 86400 + Number(parts.hour) * 3600 + Number(parts.minute) * 60 + Number(parts.second);
      return asUtc - Math.floor(ms2 / 1e3);
    },
    abbreviationAt(ns2) {
      const ms2 = msOf(ns2);
      if (Math.abs(ms2) > 864e13) return "UTC";
      return short.formatToParts(ms2).find((p2) => p2.type === "timeZoneName")?.value ?? "UTC";
    }
  };
}
function loadZone(name) {
  if (name === "" || name === "UTC") return UTC;
  let zone = zones.get(name);
  if (!zone) zones.set(name, zone = intlZone(name));
  return zone;
}
var utcZone = UTC;

// action/src/rego/builtins/golayout.ts
var PREFIXED = [
  ["January", "LongMonth"],
  ["Jan", "Month"],
  ["Monday", "LongWeekDay"],
  ["Mon", "WeekDay"],
  ["MST", "TZ"],
  ["002", "ZeroYearDay"],
  ["01", "ZeroMonth"],
  ["02", "ZeroDay"],
  ["03", "ZeroHour12"],
  ["04", "ZeroMinute"],
  ["05", "ZeroSecond"],
  ["06", "Year"],
  ["15", "Hour"],
  ["1", "NumMonth"],
  ["2006", "LongYear"],
  ["2", "Day"],
  ["__2", "UnderYearDay"],
  ["_2", "UnderDay"],
  ["3", "Hour12"],
  ["4", "Minute"],
  ["5", "Second"],
  ["PM", "PM"],
  ["pm", "pm"],
  ["-07:00:00", "NumColonSecondsTZ"],
  ["-070000", "NumSecondsTz"],
  ["-07:00", "NumColonTZ"],
  ["-0700", "NumTZ"],
  ["-07", "NumShortTZ"],
  ["Z07:00:00", "ISO8601ColonSecondsTZ"],
  ["Z070000", "ISO8601SecondsTZ"],
  ["Z07:00", "ISO8601ColonTZ"],
  ["Z0700", "ISO8601TZ"],
  ["Z07", "ISO8601ShortTZ"]
];
var NAMED_LAYOUTS = {
  ANSIC: "Mon Jan _2 15:04:05 2006",
  UnixDate: "Mon Jan _2 15:04:05 MST 2006",
  RubyDate: "Mon Jan 02 15:04:05 -0700 2006",
  RFC822: "02 Jan 06 15:04 MST",
  RFC822Z: "02 Jan 06 15:04 -0700",
  RFC850: "Monday, 02-Jan-06 15:04:05 MST",
  RFC1123: "Mon, 02 Jan 2006 15:04:05 MST",
  RFC1123Z: "Mon, 02 Jan 2006 15:04:05 -0700",
  RFC3339: "2006-01-02T15:04:05Z07:00",
  RFC3339Nano: "2006-01-02T15:04:05.999999999Z07:00"
};
var isDigit = (s3, i) => i < s3.length && s3[i] >= "0" && s3[i] <= "9";
function tokenize(layout) {
  const chunks = [];
  let literal2 = "";
  let i = 0;
  outer: while (i < layout.length) {
    const c = layout[i];
    if ((c === "." || c === ",") && (layout[i + 1] === "0" || layout[i + 1] === "9")) {
      const digit = layout[i + 1];
      let j2 = i + 1;
      while (layout[j2] === digit) j2++;
      if (!isDigit(layout, j2)) {
        if (literal2) chunks.push({ literal: literal2 }), literal2 = "";
        chunks.push({ std: digit === "0" ? "FracSecond0" : "FracSecond9", text: layout.slice(i, j2), digits: j2 - i - 1 });
        i = j2;
        continue;
      }
    }
    for (const [text, std] of PREFIXED) {
      if (!layout.startsWith(text, i)) continue;
      if ((std === "Month" || std === "WeekDay") && /[a-z]/.test(layout[i + 3] ?? "")) continue;
      if (literal2) chunks.push({ literal: literal2 }), literal2 = "";
      chunks.push({ std, text });
      i += text.length;
      continue outer;
    }
    literal2 += c;
    i++;
  }
  if (literal2) chunks.push({ literal: literal2 });
  return chunks;
}
var LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
var LONG_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
var WEEKDAY_NAMES = LONG_DAYS;
var pad2 = (n, width, fill = "0") => {
  const s3 = String(Math.abs(n)).padStart(width, fill);
  return n < 0 ? "-" + s3 : s3;
};
function formatOffset(std, offset) {
  const iso = std.startsWith("ISO");
  if (iso && offset === 0) return "Z";
  const sign2 = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const hh = pad2(Math.floor(abs / 3600), 2);
  const mm = pad2(Math.floor(abs % 3600 / 60), 2);
  const ss2 = pad2(abs % 60, 2);
  if (std.endsWith("ShortTZ")) return sign2 + hh;
  if (std.includes("ColonSeconds")) return `${sign2}${hh}:${mm}:${ss2}`;
  if (std.includes("Colon")) return `${sign2}${hh}:${mm}`;
  if (std.includes("Seconds")) return sign2 + hh + mm + ss2;
  return sign2 + hh + mm;
}
function formatFraction(std, digits, nanosecond, separator) {
  const full = pad2(nanosecond, 9).slice(0, digits);
  if (std === "FracSecond0") return separator + full;
  const trimmed = full.replace(/0+$/, "");
  return trimmed === "" ? "" : separator + trimmed;
}
function formatChunk(chunk, t, offset, abbreviation) {
  if ("literal" in chunk) return chunk.literal;
  const hour12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
  switch (chunk.std) {
    case "LongMonth":
      return LONG_MONTHS[t.month - 1];
    case "Month":
      return LONG_MONTHS[t.month - 1].slice(0, 3);
    case "NumMonth":
      return String(t.month);
    case "ZeroMonth":
      return pad2(t.month, 2);
    case "LongWeekDay":
      return LONG_DAYS[t.weekday];
    case "WeekDay":
      return LONG_DAYS[t.weekday].slice(0, 3);
    case "Day":
      return String(t.day);
    case "UnderDay":
      return pad2(t.day, 2, " ");
    case "ZeroDay":
      return pad2(t.day, 2);
    case "UnderYearDay":
      return pad2(t.yearDay, 3, " ");
    case "ZeroYearDay":
      return pad2(t.yearDay, 3);
    case "Hour":
      return pad2(t.hour, 2);
    case "Hour12":
      return String(hour12);
    case "ZeroHour12":
      return pad2(hour12, 2);
    case "Minute":
      return String(t.minute);
    case "ZeroMinute":
      return pad2(t.minute, 2);
    case "Second":
      return String(t.second);
    case "ZeroSecond":
      return pad2(t.second, 2);
    case "LongYear":
      return pad2(t.year, 4);
    case "Year":
      return pad2((t.year % 100 + 100) % 100, 2);
    case "PM":
      return t.hour >= 12 ? "PM" : "AM";
    case "pm":
      return t.hour >= 12 ? "pm" : "am";
    case "TZ":
      return abbreviation || formatOffset("NumTZ", offset);
    case "FracSecond0":
    case "FracSecond9":
      return formatFraction(chunk.std, chunk.digits, t.nanosecond, chunk.text[0]);
    default:
      return formatOffset(chunk.std, offset);
  }
}
function formatTime(ns2, zone, layout) {
  const offset = zone.offsetAt(ns2);
  const civil = civilAt(ns2, offset);
  const abbreviation = zone.abbreviationAt(ns2);
  return tokenize(layout).map((c) => formatChunk(c, civil, offset, abbreviation)).join("");
}
var ParseError = class extends Error {
};
function daysIn(year, month) {
  const leap = year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}
function parseTime(layout, value) {
  const p2 = { year: 0, month: 1, day: 1, yearDay: 0, hour: 0, minute: 0, second: 0, nanosecond: 0, offset: 0 };
  const chunks = tokenize(layout);
  let rest = value;
  const fail = (what) => {
    throw builtinError(`parsing time ${JSON.stringify(value)} as ${JSON.stringify(layout)}: cannot parse ${JSON.stringify(rest)} as ${JSON.stringify(what)}`);
  };
  for (let idx = 0; idx < chunks.length; idx++) {
    const chunk = chunks[idx];
    if ("literal" in chunk) {
      if (!rest.startsWith(chunk.literal)) fail(chunk.literal);
      rest = rest.slice(chunk.literal.length);
      continue;
    }
    try {
      rest = parseChunk(chunk, rest, p2, fail);
    } catch (e) {
      if (e instanceof ParseError) throw builtinError(`parsing time ${JSON.stringify(value)}: ${e.message}`);
      throw e;
    }
    const next = chunks[idx + 1];
    const nextIsFraction = next !== void 0 && "std" in next && next.std.startsWith("FracSecond");
    if ((chunk.std === "Second" || chunk.std === "ZeroSecond") && !nextIsFraction && /^[.,]\d/.test(rest)) {
      const m2 = /^[.,](\d+)/.exec(rest);
      p2.nanosecond = Number(m2[1].slice(0, 9).padEnd(9, "0"));
      rest = rest.slice(m2[0].length);
    }
  }
  if (rest !== "") throw builtinError(`parsing time ${JSON.stringify(value)}: extra text: ${JSON.stringify(rest)}`);
  if (p2.pm !== void 0) {
    if (p2.hour > 12) throw builtinError(`parsing time ${JSON.stringify(value)}: hour out of range`);
    if (p2.pm && p2.hour < 12) p2.hour += 12;
    if (!p2.pm && p2.hour === 12) p2.hour = 0;
  }
  if (p2.yearDay > 0) {
    let month = 1;
    let remaining = p2.yearDay;
    while (month <= 12 && remaining > daysIn(p2.year, month)) remaining -= daysIn(p2.year, month++);
    if (month > 12) throw builtinError(`parsing time ${JSON.stringify(value)}: day-of-year out of range`);
    p2.month = month;
    p2.day = remaining;
  }
  if (p2.day > daysIn(p2.year, p2.month)) throw builtinError(`parsing time ${JSON.stringify(value)}: day out of range`);
  return instantOf(p2, p2.offset);
}
function range2(n, min, max, what) {
  if (n < min || n > max) throw new ParseError(`${what} out of range`);
  return n;
}
function parseName(rest, names, length, fail, what) {
  for (let i = 0; i < names.length; i++) {
    const name = length ? names[i].slice(0, length) : names[i];
    if (rest.slice(0, name.length).toLowerCase() === name.toLowerCase()) return [i, rest.slice(name.length)];
  }
  return fail(what);
}
function parseOffset(std, rest, fail, text) {
  if (std.startsWith("ISO") && rest.startsWith("Z")) return [0, rest.slice(1)];
  const colon = std.includes("Colon");
  const withSeconds = std.includes("Seconds");
  const short = std.endsWith("ShortTZ");
  const pattern = short ? /^([+-])(\d\d)/ : withSeconds ? colon ? /^([+-])(\d\d):(\d\d):(\d\d)/ : /^([+-])(\d\d)(\d\d)(\d\d)/ : colon ? /^([+-])(\d\d):(\d\d)/ : /^([+-])(\d\d)(\d\d)/;
  const m2 = pattern.exec(rest);
  if (!m2) return fail(text);
  const seconds = Number(m2[2]) * 3600 + Number(m2[3] ?? 0) * 60 + Number(m2[4] ?? 0);
  return [m2[1] === "-" ? -seconds : seconds, rest.slice(m2[0].length)];
}
function parseChunk(chunk, input, p2, fail) {
  let rest = input;
  const read = (min, max) => {
    const m2 = new RegExp(`^\\d{${min},${max}}`).exec(rest);
    if (!m2) return fail(chunk.text);
    rest = rest.slice(m2[0].length);
    return Number(m2[0]);
  };
  switch (chunk.std) {
    case "LongYear":
      p2.year = read(4, 4);
      break;
    case "Year": {
      const y = read(2, 2);
      p2.year = y >= 69 ? 1900 + y : 2e3 + y;
      break;
    }
    case "LongMonth":
      [p2.month, rest] = parseName(rest, LONG_MONTHS, void 0, fail, chunk.text);
      p2.month++;
      break;
    case "Month":
      [p2.month, rest] = parseName(rest, LONG_MONTHS, 3, fail, chunk.text);
      p2.month++;
      break;
    case "NumMonth":
      p2.month = range2(read(1, 2), 1, 12, "month");
      break;
    case "ZeroMonth":
      p2.month = range2(read(2, 2), 1, 12, "month");
      break;
    case "LongWeekDay":
      rest = parseName(rest, LONG_DAYS, void 0, fail, chunk.text)[1];
      break;
    case "WeekDay":
      rest = parseName(rest, LONG_DAYS, 3, fail, chunk.text)[1];
      break;
    case "UnderDay":
      if (rest.startsWith(" ")) rest = rest.slice(1);
      p2.day = range2(read(1, 2), 1, 31, "day");
      break;
    case "Day":
      p2.day = range2(read(1, 2), 1, 31, "day");
      break;
    case "ZeroDay":
      p2.day = range2(read(2, 2), 1, 31, "day");
      break;
    case "UnderYearDay":
      rest = rest.replace(/^ {1,2}/, "");
      p2.yearDay = range2(read(1, 3), 1, 366, "day-of-year");
      break;
    case "ZeroYearDay":
      p2.yearDay = range2(read(3, 3), 1, 366, "day-of-year");
      break;
    case "Hour":
      p2.hour = range2(read(1, 2), 0, 23, "hour");
      break;
    case "Hour12":
      p2.hour = range2(read(1, 2), 0, 12, "hour");
      break;
    case "ZeroHour12":
      p2.hour = range2(read(2, 2), 0, 12, "hour");
      break;
    case "Minute":
      p2.minute = range2(read(1, 2), 0, 59, "minute");
      break;
    case "ZeroMinute":
      p2.minute = range2(read(2, 2), 0, 59, "minute");
      break;
    case "Second":
      p2.second = range2(read(1, 2), 0, 59, "second");
      break;
    case "ZeroSecond":
      p2.second = range2(read(2, 2), 0, 59, "second");
      break;
    case "PM":
    case "pm": {
      const marker = rest.slice(0, 2);
      const [am, pm] = chunk.std === "PM" ? ["AM", "PM"] : ["am", "pm"];
      if (marker !== am && marker !== pm) fail(chunk.text);
      p2.pm = marker === pm;
      rest = rest.slice(2);
      break;
    }
    case "TZ": {
      const m2 = /^(UTC|GMT[+-]\d{1,2}|[A-Z]{3,5})/.exec(rest);
      if (!m2) fail(chunk.text);
      const gmt = /^GMT([+-]\d{1,2})$/.exec(m2[0]);
      p2.offset = gmt ? Number(gmt[1]) * 3600 : 0;
      rest = rest.slice(m2[0].length);
      break;
    }
    case "FracSecond0": {
      const m2 = new RegExp(`^[.,](\\d{${chunk.digits}})`).exec(rest);
      if (!m2) fail(chunk.text);
      p2.nanosecond = Number(m2[1].slice(0, 9).padEnd(9, "0"));
      rest = rest.slice(m2[0].length);
      break;
    }
    case "FracSecond9": {
      const m2 = /^[.,](\d+)/.exec(rest);
      if (m2) {
        p2.nanosecond = Number(m2[1].slice(0, 9).padEnd(9, "0"));
        rest = rest.slice(m2[0].length);
      }
      break;
    }
    default:
      [p2.offset, rest] = parseOffset(chunk.std, rest, fail, chunk.text);
  }
  return rest;
}

// action/src/rego/builtins/time.ts
var RFC3339 = NAMED_LAYOUTS.RFC3339;
var RFC3339_NANO = NAMED_LAYOUTS.RFC3339Nano;
function toNs(n) {
  if (!Number.isInteger(n)) throw builtinError("timestamp too big");
  const ns2 = BigInt(n);
  if (ns2 > INT64_MAX2 || ns2 < INT64_MIN2) throw builtinError("timestamp too big");
  return ns2;
}
var TIME_OPERAND = "either number (ns) or [number (ns), string (tz)]";
function timeArg(args, i) {
  const v2 = args[i];
  if (typeof v2 === "number") return { ns: toNs(v2), zone: utcZone };
  if (!Array.isArray(v2) || v2.length === 0) throw operandTypeError(1, v2, TIME_OPERAND);
  const [ns2, tz, layout] = v2;
  if (typeof ns2 !== "number") throw operandTypeError(1, ns2, "number");
  if (tz !== void 0 && typeof tz !== "string") throw operandTypeError(1, tz, "string");
  if (layout !== void 0 && typeof layout !== "string") throw operandTypeError(1, layout, "string");
  return { ns: toNs(ns2), zone: loadZone(tz ?? ""), layout };
}
var layoutOf = (layout) => NAMED_LAYOUTS[layout] ?? layout;
function localFields(t) {
  return civilAt(t.ns, t.zone.offsetAt(t.ns));
}
var DURATION_UNITS = {
  ns: 1n,
  us: 1000n,
  "µs": 1000n,
  "μs": 1000n,
  ms: 1000000n,
  s: 1000000000n,
  m: 60000000000n,
  h: 3600000000000n
};
function parseDuration(text) {
  const invalid = () => builtinError(`time: invalid duration ${JSON.stringify(text)}`);
  let rest = text;
  let negative = false;
  if (rest.startsWith("-") || rest.startsWith("+")) {
    negative = rest[0] === "-";
    rest = rest.slice(1);
  }
  if (rest === "0") return 0;
  if (rest === "") throw invalid();
  let total = 0n;
  while (rest !== "") {
    const m2 = /^(\d*)(?:\.(\d*))?([^\d.]*)/.exec(rest);
    const [component, integer = "", fraction = "", unit = ""] = [m2[0], m2[1], m2[2], m2[3]];
    if (integer === "" && fraction === "") throw invalid();
    if (unit === "") throw builtinError(`time: missing unit in duration ${JSON.stringify(text)}`);
    const scale2 = DURATION_UNITS[unit];
    if (scale2 === void 0) throw builtinError(`time: unknown unit ${JSON.stringify(unit)} in duration ${JSON.stringify(text)}`);
    total += BigInt(integer || "0") * scale2 + BigInt(fraction || "0") * scale2 / 10n ** BigInt(fraction.length);
    rest = rest.slice(component.length);
  }
  if (total > INT64_MAX2 + (negative ? 1n : 0n)) throw invalid();
  return Number(negative ? -total : total);
}
function addDate(args) {
  const t = timeArg(args, 0);
  const [years, months, days] = [integerArg(args, 1), integerArg(args, 2), integerArg(args, 3)];
  const wall = civilAt(t.ns, t.zone.offsetAt(t.ns));
  const movedWall = { ...wall, year: wall.year + years, month: wall.month + months, day: wall.day + days };
  const guess = instantOf(movedWall, t.zone.offsetAt(t.ns));
  return Number(checkRange(instantOf(movedWall, t.zone.offsetAt(guess))));
}
var DAYS_IN_MONTH_PROBE = 32;
function diff(args) {
  const a = timeArg(args, 0);
  const b2 = timeArg(args, 1);
  const offsetOf = (ns2) => a.zone.offsetAt(ns2);
  const [start, end] = a.ns <= b2.ns ? [a.ns, b2.ns] : [b2.ns, a.ns];
  const s3 = civilAt(start, offsetOf(start));
  const e = civilAt(end, offsetOf(end));
  let year = e.year - s3.year;
  let month = e.month - s3.month;
  let day = e.day - s3.day;
  let hour = e.hour - s3.hour;
  let minute = e.minute - s3.minute;
  let second = e.second - s3.second;
  if (second < 0) second += 60, minute--;
  if (minute < 0) minute += 60, hour--;
  if (hour < 0) hour += 24, day--;
  if (day < 0) {
    const probe = civilAt(instantOf({ year: s3.year, month: s3.month, day: DAYS_IN_MONTH_PROBE, hour: 0, minute: 0, second: 0, nanosecond: 0 }, 0), 0);
    day += DAYS_IN_MONTH_PROBE - probe.day;
    month--;
  }
  if (month < 0) month += 12, year--;
  return [year, month, day, hour, minute, second];
}
function format(args) {
  const t = timeArg(args, 0);
  return formatTime(t.ns, t.zone, layoutOf(t.layout ?? RFC3339_NANO));
}
var timeBuiltins = [
  fn("time.now_ns", 0, (_args, ctx) => Number(ctx.nowNs), { nondeterministic: true }),
  fn("time.parse_rfc3339_ns", 1, (args) => Number(checkRange(parseTime(RFC3339, stringArg(args, 0))))),
  fn("time.parse_ns", 2, (args) => Number(checkRange(parseTime(layoutOf(stringArg(args, 0)), stringArg(args, 1))))),
  fn("time.parse_duration_ns", 1, (args) => parseDuration(stringArg(args, 0))),
  fn("time.date", 1, (args) => {
    const t = localFields(timeArg(args, 0));
    return [t.year, t.month, t.day];
  }),
  fn("time.clock", 1, (args) => {
    const t = localFields(timeArg(args, 0));
    return [t.hour, t.minute, t.second];
  }),
  fn("time.weekday", 1, (args) => WEEKDAY_NAMES[localFields(timeArg(args, 0)).weekday]),
  fn("time.add_date", 4, addDate),
  fn("time.diff", 2, diff),
  fn("time.format", 1, format)
];

// action/src/rego/builtins/typechecks.ts
var isType = (type) => fn(`is_${type}`, 1, ([v2]) => typeName(v2) === type);
var typeBuiltins = [
  isType("number"),
  isType("string"),
  isType("boolean"),
  isType("array"),
  isType("set"),
  isType("object"),
  isType("null"),
  fn("type_name", 1, ([v2]) => typeName(v2))
];

// action/src/rego/builtins/units.ts
var PREFIXES = ["k", "m", "g", "t", "p", "e"];
var decimalFactor = (p2) => 1000n ** BigInt(PREFIXES.indexOf(p2) + 1);
var binaryFactor = (p2) => 1024n ** BigInt(PREFIXES.indexOf(p2) + 1);
var isPrefix = (s3) => PREFIXES.includes(s3);
var AMOUNT = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?(.*)$/;
function splitAmount(raw, what) {
  const text = raw.replace(/"/g, "");
  if (text.includes(" ")) throw builtinError("spaces not allowed in resource strings");
  const m2 = AMOUNT.exec(text);
  const [, sign2, whole = "", fraction = "", exponent = "0", unit = ""] = m2;
  if (whole === "" && fraction === "") throw builtinError(`no ${what} provided`);
  if (Math.abs(Number(exponent)) > 400) throw builtinError(`could not parse ${what} to a number`);
  return [{ negative: sign2 === "-", digits: BigInt(whole + fraction), exponent: Number(exponent) - fraction.length }, unit];
}
function scale(d, numerator, denominator) {
  let top = d.digits * numerator;
  let bottom = denominator;
  if (d.exponent >= 0) top *= 10n ** BigInt(d.exponent);
  else bottom *= 10n ** BigInt(-d.exponent);
  const value = Number(top) / Number(bottom);
  return finite(d.negative ? -value : value);
}
function scaleTruncated(d, numerator) {
  let top = d.digits * numerator;
  if (d.exponent >= 0) top *= 10n ** BigInt(d.exponent);
  else top /= 10n ** BigInt(-d.exponent);
  return finite(Number(d.negative ? -top : top));
}
function parseUnits(args) {
  const [amount, unit] = splitAmount(stringArg(args, 0), "amount");
  if (unit === "") return scale(amount, 1n, 1n);
  if (unit === "m") return scale(amount, 1n, 1000n);
  const prefix = unit[0].toLowerCase();
  const rest = unit.slice(1).toLowerCase();
  if (isPrefix(prefix) && rest === "") return scale(amount, decimalFactor(prefix), 1n);
  if (isPrefix(prefix) && rest === "i") return scale(amount, binaryFactor(prefix), 1n);
  throw builtinError(`unit ${unit[0]}${rest} not recognized`);
}
function parseBytes(args) {
  const [amount, rawUnit] = splitAmount(stringArg(args, 0).toLowerCase(), "byte amount");
  const unit = rawUnit.replace(/b$/, "");
  if (unit === "") return scaleTruncated(amount, 1n);
  const prefix = unit[0];
  if (isPrefix(prefix) && unit.length === 1) return scaleTruncated(amount, decimalFactor(prefix));
  if (isPrefix(prefix) && unit === prefix + "i") return scaleTruncated(amount, binaryFactor(prefix));
  throw builtinError(`byte unit ${rawUnit} not recognized`);
}
var unitBuiltins = [fn("units.parse", 1, parseUnits), fn("units.parse_bytes", 1, parseBytes)];

// action/src/rego/builtins/walk.ts
function visit(value, path, out) {
  out.push([path, value]);
  if (Array.isArray(value)) value.forEach((v2, i) => visit(v2, [...path, i], out));
  else if (value instanceof ObjectValue) for (const [k2, v2] of value.sortedEntries()) visit(v2, [...path, k2], out);
  else if (value instanceof SetValue) for (const m2 of value.sorted()) visit(m2, [...path, m2], out);
}
function walk([root]) {
  const out = [];
  visit(root, [], out);
  return out;
}
var walkBuiltins = [fn("walk", 1, walk, { relation: true })];

// action/src/rego/builtins/yaml.ts
var import_yaml2 = __toESM(require_dist(), 1);
var YAML_OPTIONS = {
  version: "1.1",
  customTags: (tags) => tags.filter((t) => t.tag !== "tag:yaml.org,2002:timestamp")
};
function yamlDocuments(text) {
  const docs = import_yaml2.default.parseAllDocuments(text, YAML_OPTIONS);
  const list = Array.isArray(docs) ? docs : [docs];
  for (const doc of list) {
    if (doc.errors.length > 0) throw builtinError(`yaml: ${doc.errors[0].message.split("\n")[0]}`);
  }
  return list;
}
function unmarshalYAML(text) {
  const [first] = yamlDocuments(text);
  try {
    return fromJSON(first ? first.toJS({ maxAliasCount: 100 }) ?? null : null);
  } catch (e) {
    throw builtinError(`yaml: ${e.message.split("\n")[0]}`);
  }
}
function isValidYAML([v2]) {
  if (typeof v2 !== "string") return false;
  try {
    for (const doc of yamlDocuments(v2)) fromJSON(doc.toJS({ maxAliasCount: 100 }) ?? null);
    return true;
  } catch {
    return false;
  }
}
function marshalYAML([v2]) {
  return import_yaml2.default.stringify(toJSON(v2), { version: "1.1", indentSeq: false, sortMapEntries: true });
}
var yamlBuiltins = [
  fn("yaml.marshal", 1, marshalYAML),
  fn("yaml.unmarshal", 1, (args) => unmarshalYAML(stringArg(args, 0))),
  fn("yaml.is_valid", 1, isValidYAML)
];

// action/src/rego/builtins/index.ts
var FAMILIES = [
  operatorBuiltins,
  numberBuiltins,
  aggregateBuiltins,
  arrayBuiltins,
  objectBuiltins,
  setBuiltins,
  typeBuiltins,
  stringBuiltins,
  regexBuiltins,
  globsMatchBuiltins,
  globBuiltins,
  encodingBuiltins,
  jsonBuiltins,
  jsonPatchBuiltins,
  jsonSchemaBuiltins,
  yamlBuiltins,
  unitBuiltins,
  walkBuiltins,
  semverBuiltins,
  timeBuiltins,
  graphBuiltins,
  netBuiltins,
  cryptoBuiltins,
  miscBuiltins,
  purlBuiltins
];
function createBuiltinRegistry() {
  const registry = /* @__PURE__ */ new Map();
  for (const family of FAMILIES) {
    for (const def of family) {
      if (registry.has(def.name)) throw new Error(`built-in ${def.name} is registered twice`);
      registry.set(def.name, def);
    }
  }
  return registry;
}
var NO_NETWORK = "network access is not allowed in the gate: a verdict must depend only on the input document, data and policies";
var NOT_IMPLEMENTED = "not implemented by this engine yet (see docs/builtins.md)";
var REMOVED = (replacement) => `removed from Rego v1 in OPA 1.0; use ${replacement}`;
var UNSUPPORTED_BUILTINS = {
  "http.send": NO_NETWORK,
  "net.lookup_ip_addr": NO_NETWORK,
  "providers.aws.sign_req": "request signing for AWS calls is not available: the gate makes no network calls",
  "io.jwt.": "JWT decoding and verification are not available in the gate; verify tokens before they reach the input document",
  "crypto.x509.": "certificate parsing and verification are not available in the gate",
  "crypto.parse_private_keys": "private key parsing is not available in the gate",
  "rego.parse_module": "policies cannot parse Rego at evaluation time in the gate",
  "rego.metadata.chain": "rule metadata at evaluation time is not available in this engine; read annotations with the compiler instead",
  "rego.metadata.rule": "rule metadata at evaluation time is not available in this engine; read annotations with the compiler instead",
  "strings.render_template": "Go text/template rendering is not available in this engine",
  "graphql.": NOT_IMPLEMENTED,
  re_match: REMOVED("regex.match"),
  set_diff: REMOVED("the - operator on sets"),
  "net.cidr_overlap": REMOVED("net.cidr_contains"),
  cast_array: REMOVED("a comprehension or the value itself"),
  cast_set: REMOVED("a set comprehension"),
  cast_string: REMOVED("is_string or sprintf"),
  cast_boolean: REMOVED("is_boolean"),
  cast_null: REMOVED("is_null"),
  cast_object: REMOVED("is_object")
};
function unsupportedReason(name) {
  if (Object.hasOwn(UNSUPPORTED_BUILTINS, name)) return UNSUPPORTED_BUILTINS[name];
  for (const [key, reason] of Object.entries(UNSUPPORTED_BUILTINS)) {
    if (key.endsWith(".") && name.startsWith(key)) return reason;
  }
  return void 0;
}

// node_modules/@open-policy-agent/opa-wasm/src/index.mjs
var import_opa = __toESM(require_opa(), 1);
var loadPolicy = import_opa.default.loadPolicy;

// action/src/wasm/host-builtins.ts
var OPA_WASM_SDK_BUILTINS = ["json.is_valid", "regex.split", "sprintf", "yaml.is_valid", "yaml.marshal", "yaml.unmarshal"];
var HostBuiltinError = class extends Error {
  constructor(builtin, message, options) {
    super(message, options);
    this.builtin = builtin;
  }
  builtin;
  name = "HostBuiltinError";
};
function servable(name, registry) {
  const def = registry.get(name);
  return def !== void 0 && def.relation !== true;
}
function missingBuiltins(required, registry) {
  return required.filter((name) => !OPA_WASM_SDK_BUILTINS.includes(name) && !servable(name, registry)).sort();
}
function hostBuiltins(required, registry, context) {
  const functions = {};
  for (const name of required) {
    const def = registry.get(name);
    if (!def || !servable(name, registry) || OPA_WASM_SDK_BUILTINS.includes(name)) continue;
    functions[name] = (...args) => {
      if (args.length !== def.arity) throw new HostBuiltinError(name, `called with ${args.length} operands, expects ${def.arity}`);
      let result;
      try {
        result = def.fn(args.map(fromJSON), context());
      } catch (err) {
        throw new HostBuiltinError(name, err.message ?? String(err), { cause: err });
      }
      return result === void 0 ? void 0 : toJSON(result);
    };
  }
  return functions;
}

// action/src/wasm/worker-runner.ts
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
var WORKER_HEAP_MB = 256;
function workerScript() {
  const here = import.meta.url;
  if (here.endsWith(".ts")) {
    const tsx = pathToFileURL(createRequire(here).resolve("tsx/esm/api")).href;
    const worker = new URL("./worker.ts", here).href;
    const code = `import(${JSON.stringify(tsx)}).then((m) => { (m.register ?? m.default.register)(); return import(${JSON.stringify(worker)}); })`;
    return { script: code, evalCode: true };
  }
  return { script: new URL("./wasm-worker.js", here), evalCode: false };
}
function replyError(reply) {
  const { code, message, hint, location } = reply.error;
  return new GateError(code, message, hint, location);
}
function evaluateInWorker(request, timeoutMs) {
  const where = `${request.info.source}: evaluating ${request.entrypoint}`;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    return Promise.reject(new GateError("usage", `${where}: the time budget must be a positive number of milliseconds, got ${timeoutMs}`, "Set the evaluation timeout to a positive value, e.g. 20000."));
  }
  const { script, evalCode } = workerScript();
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { eval: evalCode, workerData: request, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    let settled = false;
    const settle2 = (outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => {
      settle2(() => reject(new GateError("policy_eval_failed", `${where}: exceeded the time budget of ${timeoutMs} ms and was stopped`, "Look for unbounded iteration over large inputs in the policy, or raise the time budget.", { file: request.info.source })));
    }, timeoutMs);
    worker.on("message", (reply) => settle2(() => reply.ok ? resolve(reply.result) : reject(replyError(reply))));
    worker.on("error", (err) => {
      settle2(() => reject(new GateError("policy_eval_failed", `${where}: the evaluation worker failed: ${err.message}`, "If the wasm-worker.js file is missing from the build, rebuild the action; otherwise report this as a bug.", { file: request.info.source }, { cause: err })));
    });
    worker.on("exit", (code) => {
      settle2(() => reject(new GateError("policy_eval_failed", `${where}: the evaluation worker exited (code ${code}) without a result`, "The policy may have exhausted the worker heap; reduce the input or data size.", { file: request.info.source })));
    });
  });
}

// action/src/wasm/webassembly.ts
var webAssembly = globalThis.WebAssembly;

// action/src/wasm/engine.ts
var PAGE_BYTES = 64 * 1024;
var DEFAULT_MEMORY_LIMITS = { initialPages: 5, maximumPages: 8192 };
function loadError(info, message, hint, cause) {
  return new GateError("policy_load_failed", `${info.source}: ${message}`, hint, { file: info.source }, { cause });
}
function thrownMessage(err) {
  if (typeof err === "string") return err;
  if (err instanceof Error) return err.message;
  if (typeof err === "object" && err !== null && typeof err.message === "string") return err.message;
  return String(err);
}
function readCString(memory, addr) {
  const bytes = new Uint8Array(memory.buffer);
  let end = addr;
  while (end < bytes.length && bytes[end] !== 0) end++;
  return new TextDecoder().decode(bytes.subarray(addr, end));
}
function requiredBuiltins(policy, info) {
  const instance = policy.wasmInstance.exports;
  try {
    const map = JSON.parse(readCString(policy.mem, instance.opa_json_dump(instance.builtins())));
    if (typeof map !== "object" || map === null || Array.isArray(map)) throw new Error("builtins() is not an object of name → id");
    return Object.keys(map);
  } catch (err) {
    throw loadError(info, `cannot read the built-ins policy.wasm needs: ${thrownMessage(err)}`, "The module must implement OPA's wasm ABI 1.x: build it with `opa build -t wasm`.", err);
  }
}
async function instantiate(wasm, memory, functions, info) {
  let module;
  try {
    module = await webAssembly.compile(wasm);
  } catch (err) {
    throw loadError(info, `policy.wasm is not a valid WebAssembly module: ${thrownMessage(err)}`, "Rebuild it with `opa build -t wasm -e paved/decision policies/`.", err);
  }
  try {
    return await loadPolicy(module, { initial: memory.initialPages, maximum: memory.maximumPages }, functions);
  } catch (err) {
    throw loadError(info, `policy.wasm does not load as an OPA policy: ${thrownMessage(err)}`, "The module must implement OPA's wasm ABI 1.x: build it with `opa build -t wasm`.", err);
  }
}
async function createWasmEngine(wasm, options) {
  const { info, registry } = options;
  const memory = options.memory ?? DEFAULT_MEMORY_LIMITS;
  if (memory.initialPages > memory.maximumPages) throw loadError(info, "the initial memory exceeds the memory limit", "Raise the memory limit.");
  let context = newContext();
  const functions = /* @__PURE__ */ Object.create(null);
  const policy = await instantiate(wasm, memory, functions, info);
  const required = requiredBuiltins(policy, info);
  const missing = missingBuiltins(required, registry);
  if (missing.length > 0) {
    throw loadError(info, `policy.wasm needs built-in(s) Paved cannot provide: ${missing.join(", ")}`, "Remove the calls from the policy, or evaluate the .rego sources with the interpreter to see which built-ins it supports.");
  }
  Object.assign(functions, hostBuiltins(required, registry, () => context));
  const entrypoints = Object.keys(policy.entrypoints).sort();
  try {
    policy.setData(options.data ?? {});
  } catch (err) {
    throw loadError(info, `the bundle data does not fit in the module: ${thrownMessage(err)}`, `Reduce the data or raise the memory limit (now ${memory.maximumPages} pages of 64 KiB).`, err);
  }
  return {
    info,
    entrypoints: () => [...entrypoints],
    async evaluate(entrypoint, input, evaluateOptions) {
      if (!entrypoints.includes(entrypoint)) {
        throw new GateError(
          "policy_eval_failed",
          `${info.source}: entrypoint ${JSON.stringify(entrypoint)} is not in policy.wasm; it has: ${entrypoints.join(", ") || "(none)"}`,
          "Build the module with this entrypoint (`opa build -t wasm -e paved/decision ...`) or pick one of the listed entrypoints.",
          { file: info.source }
        );
      }
      if (evaluateOptions?.timeoutMs !== void 0) {
        return evaluateInWorker({ wasm, data: options.data ?? {}, info, memory, entrypoint, input }, evaluateOptions.timeoutMs);
      }
      context = newContext();
      return runEvaluation(policy, entrypoint, input, info, memory);
    }
  };
}
function newContext() {
  return { nowNs: BigInt(Date.now()) * 1000000n, cache: /* @__PURE__ */ new Map() };
}
function inputBytes(input) {
  if (input === void 0) return void 0;
  return new TextEncoder().encode(JSON.stringify(input)).buffer;
}
function runEvaluation(policy, entrypoint, input, info, memory) {
  let resultSet;
  try {
    resultSet = policy.evaluate(inputBytes(input), entrypoint);
  } catch (err) {
    throw evaluationError(err, entrypoint, info, memory);
  }
  return toEvaluationResult(resultSet, entrypoint, info);
}
function evaluationError(err, entrypoint, info, memory) {
  const where = `${info.source}: evaluating ${entrypoint}`;
  const fail = (message, hint) => new GateError("policy_eval_failed", `${where}: ${message}`, hint, { file: info.source }, { cause: err });
  if (err instanceof HostBuiltinError) {
    return fail(`built-in ${err.builtin} failed: ${err.message}`, `Check the operands the policy passes to ${err.builtin}.`);
  }
  if (err instanceof RangeError && /memory/i.test(err.message)) {
    return fail(`the module exceeded its memory limit of ${memory.maximumPages} pages (${memory.maximumPages * PAGE_BYTES / (1024 * 1024)} MiB)`, "Reduce the input or data size, or raise the memory limit.");
  }
  if (typeof err === "string" && /out of memory|malloc/i.test(err)) {
    return fail(`the module ran out of memory within its limit of ${memory.maximumPages} pages: ${err}`, "Reduce the input or data size, or raise the memory limit.");
  }
  if (typeof err === "string") {
    return fail(`the policy aborted: ${err}`, "This is an error in the compiled policy (e.g. conflicting rule values); evaluate the .rego sources with `paved eval` to locate it.");
  }
  if (err instanceof webAssembly.RuntimeError) {
    return fail(`the module trapped: ${err.message}`, "Rebuild the module with a supported `opa build -t wasm`; a trap is a bug in the compiled policy or the compiler.");
  }
  return fail(thrownMessage(err), "Evaluate the .rego sources with `paved eval` to compare.");
}
function toEvaluationResult(resultSet, entrypoint, info) {
  if (!Array.isArray(resultSet)) {
    throw new GateError("policy_eval_failed", `${info.source}: ${entrypoint} returned ${JSON.stringify(resultSet)?.slice(0, 200)}, not a result set`, "The module does not follow OPA's wasm ABI; rebuild it with `opa build -t wasm`.");
  }
  if (resultSet.length === 0) return { defined: false };
  const [first] = resultSet;
  if (resultSet.length > 1 || typeof first !== "object" || first === null || !("result" in first)) {
    throw new GateError("policy_eval_failed", `${info.source}: ${entrypoint} returned an unexpected result set (${resultSet.length} entries)`, 'An entrypoint must produce at most one {"result": ...}; rebuild it with `opa build -t wasm`.');
  }
  return { defined: true, value: first.result };
}

// action/src/engine/files.ts
var import_yaml4 = __toESM(require_dist(), 1);
import { createHash as createHash2 } from "node:crypto";
import { readFile as readFile2, readdir as readdir2, stat } from "node:fs/promises";
import { basename as basename2, join as join2 } from "node:path";

// node_modules/tar/dist/esm/index.min.js
import Qr from "events";
import I from "fs";
import { EventEmitter as Di } from "node:events";
import Cs from "node:stream";
import { StringDecoder as Hr } from "node:string_decoder";
import cr from "node:path";
import Kt from "node:fs";
import { dirname as Fn, parse as kn } from "path";
import { EventEmitter as Dn } from "events";
import zi from "assert";
import { Buffer as Ot } from "buffer";
import * as Ps from "zlib";
import en from "zlib";
import { posix as Zt } from "node:path";
import { basename as _n } from "node:path";
import mi from "fs";
import X from "fs";
import js from "path";
import { win32 as Pn } from "node:path";
import ar from "path";
import Br from "node:fs";
import co from "node:assert";
import { randomBytes as Mr } from "node:crypto";
import u from "node:fs";
import R from "node:path";
import pr from "fs";
import wi from "node:fs";
import we from "node:path";
import k from "node:fs";
import ro from "node:fs/promises";
import Si from "node:path";
import { join as xr } from "node:path";
import v from "node:fs";
import Pr from "node:path";
var zr = Object.defineProperty;
var Ur = (s3, t) => {
  for (var e in t) zr(s3, e, { get: t[e], enumerable: true });
};
var Ds = typeof process == "object" && process ? process : { stdout: null, stderr: null };
var Wr = (s3) => !!s3 && typeof s3 == "object" && (s3 instanceof A || s3 instanceof Cs || Gr(s3) || Zr(s3));
var Gr = (s3) => !!s3 && typeof s3 == "object" && s3 instanceof Di && typeof s3.pipe == "function" && s3.pipe !== Cs.Writable.prototype.pipe;
var Zr = (s3) => !!s3 && typeof s3 == "object" && s3 instanceof Di && typeof s3.write == "function" && typeof s3.end == "function";
var Q = /* @__PURE__ */ Symbol("EOF");
var J = /* @__PURE__ */ Symbol("maybeEmitEnd");
var nt = /* @__PURE__ */ Symbol("emittedEnd");
var De = /* @__PURE__ */ Symbol("emittingEnd");
var qt = /* @__PURE__ */ Symbol("emittedError");
var Ne = /* @__PURE__ */ Symbol("closed");
var Ns = /* @__PURE__ */ Symbol("read");
var Ae = /* @__PURE__ */ Symbol("flush");
var As = /* @__PURE__ */ Symbol("flushChunk");
var z = /* @__PURE__ */ Symbol("encoding");
var Mt = /* @__PURE__ */ Symbol("decoder");
var g = /* @__PURE__ */ Symbol("flowing");
var Qt = /* @__PURE__ */ Symbol("paused");
var Bt = /* @__PURE__ */ Symbol("resume");
var b = /* @__PURE__ */ Symbol("buffer");
var N = /* @__PURE__ */ Symbol("pipes");
var _ = /* @__PURE__ */ Symbol("bufferLength");
var bi = /* @__PURE__ */ Symbol("bufferPush");
var Ie = /* @__PURE__ */ Symbol("bufferShift");
var L = /* @__PURE__ */ Symbol("objectMode");
var S = /* @__PURE__ */ Symbol("destroyed");
var _i = /* @__PURE__ */ Symbol("error");
var Oi = /* @__PURE__ */ Symbol("emitData");
var Is = /* @__PURE__ */ Symbol("emitEnd");
var Ti = /* @__PURE__ */ Symbol("emitEnd2");
var Z = /* @__PURE__ */ Symbol("async");
var xi = /* @__PURE__ */ Symbol("abort");
var Ce = /* @__PURE__ */ Symbol("aborted");
var Jt = /* @__PURE__ */ Symbol("signal");
var Rt = /* @__PURE__ */ Symbol("dataListeners");
var C = /* @__PURE__ */ Symbol("discarded");
var jt = (s3) => Promise.resolve().then(s3);
var Yr = (s3) => s3();
var Kr = (s3) => s3 === "end" || s3 === "finish" || s3 === "prefinish";
var Vr = (s3) => s3 instanceof ArrayBuffer || !!s3 && typeof s3 == "object" && s3.constructor && s3.constructor.name === "ArrayBuffer" && s3.byteLength >= 0;
var $r = (s3) => !Buffer.isBuffer(s3) && ArrayBuffer.isView(s3);
var Fe = class {
  src;
  dest;
  opts;
  ondrain;
  constructor(t, e, i) {
    this.src = t, this.dest = e, this.opts = i, this.ondrain = () => t[Bt](), this.dest.on("drain", this.ondrain);
  }
  unpipe() {
    this.dest.removeListener("drain", this.ondrain);
  }
  proxyErrors(t) {
  }
  end() {
    this.unpipe(), this.opts.end && this.dest.end();
  }
};
var Li = class extends Fe {
  unpipe() {
    this.src.removeListener("error", this.proxyErrors), super.unpipe();
  }
  constructor(t, e, i) {
    super(t, e, i), this.proxyErrors = (r) => this.dest.emit("error", r), t.on("error", this.proxyErrors);
  }
};
var Xr = (s3) => !!s3.objectMode;
var qr = (s3) => !s3.objectMode && !!s3.encoding && s3.encoding !== "buffer";
var A = class extends Di {
  [g] = false;
  [Qt] = false;
  [N] = [];
  [b] = [];
  [L];
  [z];
  [Z];
  [Mt];
  [Q] = false;
  [nt] = false;
  [De] = false;
  [Ne] = false;
  [qt] = null;
  [_] = 0;
  [S] = false;
  [Jt];
  [Ce] = false;
  [Rt] = 0;
  [C] = false;
  writable = true;
  readable = true;
  constructor(...t) {
    let e = t[0] || {};
    if (super(), e.objectMode && typeof e.encoding == "string") throw new TypeError("Encoding and objectMode may not be used together");
    Xr(e) ? (this[L] = true, this[z] = null) : qr(e) ? (this[z] = e.encoding, this[L] = false) : (this[L] = false, this[z] = null), this[Z] = !!e.async, this[Mt] = this[z] ? new Hr(this[z]) : null, e && e.debugExposeBuffer === true && Object.defineProperty(this, "buffer", { get: () => this[b] }), e && e.debugExposePipes === true && Object.defineProperty(this, "pipes", { get: () => this[N] });
    let { signal: i } = e;
    i && (this[Jt] = i, i.aborted ? this[xi]() : i.addEventListener("abort", () => this[xi]()));
  }
  get bufferLength() {
    return this[_];
  }
  get encoding() {
    return this[z];
  }
  set encoding(t) {
    throw new Error("Encoding must be set at instantiation time");
  }
  setEncoding(t) {
    throw new Error("Encoding must be set at instantiation time");
  }
  get objectMode() {
    return this[L];
  }
  set objectMode(t) {
    throw new Error("objectMode must be set at instantiation time");
  }
  get async() {
    return this[Z];
  }
  set async(t) {
    this[Z] = this[Z] || !!t;
  }
  [xi]() {
    this[Ce] = true, this.emit("abort", this[Jt]?.reason), this.destroy(this[Jt]?.reason);
  }
  get aborted() {
    return this[Ce];
  }
  set aborted(t) {
  }
  write(t, e, i) {
    if (this[Ce]) return false;
    if (this[Q]) throw new Error("write after end");
    if (this[S]) return this.emit("error", Object.assign(new Error("Cannot call write after a stream was destroyed"), { code: "ERR_STREAM_DESTROYED" })), true;
    typeof e == "function" && (i = e, e = "utf8"), e || (e = "utf8");
    let r = this[Z] ? jt : Yr;
    if (!this[L] && !Buffer.isBuffer(t)) {
      if ($r(t)) t = Buffer.from(t.buffer, t.byteOffset, t.byteLength);
      else if (Vr(t)) t = Buffer.from(t);
      else if (typeof t != "string") throw new Error("Non-contiguous data written to non-objectMode stream");
    }
    return this[L] ? (this[g] && this[_] !== 0 && this[Ae](true), this[g] ? this.emit("data", t) : this[bi](t), this[_] !== 0 && this.emit("readable"), i && r(i), this[g]) : t.length ? (typeof t == "string" && !(e === this[z] && !this[Mt]?.lastNeed) && (t = Buffer.from(t, e)), Buffer.isBuffer(t) && this[z] && (t = this[Mt].write(t)), this[g] && this[_] !== 0 && this[Ae](true), this[g] ? this.emit("data", t) : this[bi](t), this[_] !== 0 && this.emit("readable"), i && r(i), this[g]) : (this[_] !== 0 && this.emit("readable"), i && r(i), this[g]);
  }
  read(t) {
    if (this[S]) return null;
    if (this[C] = false, this[_] === 0 || t === 0 || t && t > this[_]) return this[J](), null;
    this[L] && (t = null), this[b].length > 1 && !this[L] && (this[b] = [this[z] ? this[b].join("") : Buffer.concat(this[b], this[_])]);
    let e = this[Ns](t || null, this[b][0]);
    return this[J](), e;
  }
  [Ns](t, e) {
    if (this[L]) this[Ie]();
    else {
      let i = e;
      t === i.length || t === null ? this[Ie]() : typeof i == "string" ? (this[b][0] = i.slice(t), e = i.slice(0, t), this[_] -= t) : (this[b][0] = i.subarray(t), e = i.subarray(0, t), this[_] -= t);
    }
    return this.emit("data", e), !this[b].length && !this[Q] && this.emit("drain"), e;
  }
  end(t, e, i) {
    return typeof t == "function" && (i = t, t = void 0), typeof e == "function" && (i = e, e = "utf8"), t !== void 0 && this.write(t, e), i && this.once("end", i), this[Q] = true, this.writable = false, (this[g] || !this[Qt]) && this[J](), this;
  }
  [Bt]() {
    this[S] || (!this[Rt] && !this[N].length && (this[C] = true), this[Qt] = false, this[g] = true, this.emit("resume"), this[b].length ? this[Ae]() : this[Q] ? this[J]() : this.emit("drain"));
  }
  resume() {
    return this[Bt]();
  }
  pause() {
    this[g] = false, this[Qt] = true, this[C] = false;
  }
  get destroyed() {
    return this[S];
  }
  get flowing() {
    return this[g];
  }
  get paused() {
    return this[Qt];
  }
  [bi](t) {
    this[L] ? this[_] += 1 : this[_] += t.length, this[b].push(t);
  }
  [Ie]() {
    return this[L] ? this[_] -= 1 : this[_] -= this[b][0].length, this[b].shift();
  }
  [Ae](t = false) {
    do
      ;
    while (this[As](this[Ie]()) && this[b].length);
    !t && !this[b].length && !this[Q] && this.emit("drain");
  }
  [As](t) {
    return this.emit("data", t), this[g];
  }
  pipe(t, e) {
    if (this[S]) return t;
    this[C] = false;
    let i = this[nt];
    return e = e || {}, t === Ds.stdout || t === Ds.stderr ? e.end = false : e.end = e.end !== false, e.proxyErrors = !!e.proxyErrors, i ? e.end && t.end() : (this[N].push(e.proxyErrors ? new Li(this, t, e) : new Fe(this, t, e)), this[Z] ? jt(() => this[Bt]()) : this[Bt]()), t;
  }
  unpipe(t) {
    let e = this[N].find((i) => i.dest === t);
    e && (this[N].length === 1 ? (this[g] && this[Rt] === 0 && (this[g] = false), this[N] = []) : this[N].splice(this[N].indexOf(e), 1), e.unpipe());
  }
  addListener(t, e) {
    return this.on(t, e);
  }
  on(t, e) {
    let i = super.on(t, e);
    if (t === "data") this[C] = false, this[Rt]++, !this[N].length && !this[g] && this[Bt]();
    else if (t === "readable" && this[_] !== 0) super.emit("readable");
    else if (Kr(t) && this[nt]) super.emit(t), this.removeAllListeners(t);
    else if (t === "error" && this[qt]) {
      let r = e;
      this[Z] ? jt(() => r.call(this, this[qt])) : r.call(this, this[qt]);
    }
    return i;
  }
  removeListener(t, e) {
    return this.off(t, e);
  }
  off(t, e) {
    let i = super.off(t, e);
    return t === "data" && (this[Rt] = this.listeners("data").length, this[Rt] === 0 && !this[C] && !this[N].length && (this[g] = false)), i;
  }
  removeAllListeners(t) {
    let e = super.removeAllListeners(t);
    return (t === "data" || t === void 0) && (this[Rt] = 0, !this[C] && !this[N].length && (this[g] = false)), e;
  }
  get emittedEnd() {
    return this[nt];
  }
  [J]() {
    !this[De] && !this[nt] && !this[S] && this[b].length === 0 && this[Q] && (this[De] = true, this.emit("end"), this.emit("prefinish"), this.emit("finish"), this[Ne] && this.emit("close"), this[De] = false);
  }
  emit(t, ...e) {
    let i = e[0];
    if (t !== "error" && t !== "close" && t !== S && this[S]) return false;
    if (t === "data") return !this[L] && !i ? false : this[Z] ? (jt(() => this[Oi](i)), true) : this[Oi](i);
    if (t === "end") return this[Is]();
    if (t === "close") {
      if (this[Ne] = true, !this[nt] && !this[S]) return false;
      let n = super.emit("close");
      return this.removeAllListeners("close"), n;
    } else if (t === "error") {
      this[qt] = i, super.emit(_i, i);
      let n = !this[Jt] || this.listeners("error").length ? super.emit("error", i) : false;
      return this[J](), n;
    } else if (t === "resume") {
      let n = super.emit("resume");
      return this[J](), n;
    } else if (t === "finish" || t === "prefinish") {
      let n = super.emit(t);
      return this.removeAllListeners(t), n;
    }
    let r = super.emit(t, ...e);
    return this[J](), r;
  }
  [Oi](t) {
    for (let i of this[N]) i.dest.write(t) === false && this.pause();
    let e = this[C] ? false : super.emit("data", t);
    return this[J](), e;
  }
  [Is]() {
    return this[nt] ? false : (this[nt] = true, this.readable = false, this[Z] ? (jt(() => this[Ti]()), true) : this[Ti]());
  }
  [Ti]() {
    if (this[Mt]) {
      let e = this[Mt].end();
      if (e) {
        for (let i of this[N]) i.dest.write(e);
        this[C] || super.emit("data", e);
      }
    }
    for (let e of this[N]) e.end();
    let t = super.emit("end");
    return this.removeAllListeners("end"), t;
  }
  async collect() {
    let t = Object.assign([], { dataLength: 0 });
    this[L] || (t.dataLength = 0);
    let e = this.promise();
    return this.on("data", (i) => {
      t.push(i), this[L] || (t.dataLength += i.length);
    }), await e, t;
  }
  async concat() {
    if (this[L]) throw new Error("cannot concat in objectMode");
    let t = await this.collect();
    return this[z] ? t.join("") : Buffer.concat(t, t.dataLength);
  }
  async promise() {
    return new Promise((t, e) => {
      this.on(S, () => e(new Error("stream destroyed"))), this.on("error", (i) => e(i)), this.on("end", () => t());
    });
  }
  [Symbol.asyncIterator]() {
    this[C] = false;
    let t = false, e = async () => (this.pause(), t = true, { value: void 0, done: true });
    return { next: () => {
      if (t) return e();
      let r = this.read();
      if (r !== null) return Promise.resolve({ done: false, value: r });
      if (this[Q]) return e();
      let n, o, h = (d) => {
        this.off("data", a), this.off("end", l), this.off(S, c), e(), o(d);
      }, a = (d) => {
        this.off("error", h), this.off("end", l), this.off(S, c), this.pause(), n({ value: d, done: !!this[Q] });
      }, l = () => {
        this.off("error", h), this.off("data", a), this.off(S, c), e(), n({ done: true, value: void 0 });
      }, c = () => h(new Error("stream destroyed"));
      return new Promise((d, y) => {
        o = y, n = d, this.once(S, c), this.once("error", h), this.once("end", l), this.once("data", a);
      });
    }, throw: e, return: e, [Symbol.asyncIterator]() {
      return this;
    }, [Symbol.asyncDispose]: async () => {
    } };
  }
  [Symbol.iterator]() {
    this[C] = false;
    let t = false, e = () => (this.pause(), this.off(_i, e), this.off(S, e), this.off("end", e), t = true, { done: true, value: void 0 }), i = () => {
      if (t) return e();
      let r = this.read();
      return r === null ? e() : { done: false, value: r };
    };
    return this.once("end", e), this.once(_i, e), this.once(S, e), { next: i, throw: e, return: e, [Symbol.iterator]() {
      return this;
    }, [Symbol.dispose]: () => {
    } };
  }
  destroy(t) {
    if (this[S]) return t ? this.emit("error", t) : this.emit(S), this;
    this[S] = true, this[C] = true, this[b].length = 0, this[_] = 0;
    let e = this;
    return typeof e.close == "function" && !this[Ne] && e.close(), t ? this.emit("error", t) : this.emit(S), this;
  }
  static get isStream() {
    return Wr;
  }
};
var Jr = I.writev;
var ht = /* @__PURE__ */ Symbol("_autoClose");
var H = /* @__PURE__ */ Symbol("_close");
var te = /* @__PURE__ */ Symbol("_ended");
var m = /* @__PURE__ */ Symbol("_fd");
var Ni = /* @__PURE__ */ Symbol("_finished");
var tt = /* @__PURE__ */ Symbol("_flags");
var Ai = /* @__PURE__ */ Symbol("_flush");
var ki = /* @__PURE__ */ Symbol("_handleChunk");
var vi = /* @__PURE__ */ Symbol("_makeBuf");
var ie = /* @__PURE__ */ Symbol("_mode");
var ke = /* @__PURE__ */ Symbol("_needDrain");
var Ut = /* @__PURE__ */ Symbol("_onerror");
var Ht = /* @__PURE__ */ Symbol("_onopen");
var Ii = /* @__PURE__ */ Symbol("_onread");
var Pt = /* @__PURE__ */ Symbol("_onwrite");
var at = /* @__PURE__ */ Symbol("_open");
var U = /* @__PURE__ */ Symbol("_path");
var ot = /* @__PURE__ */ Symbol("_pos");
var Y = /* @__PURE__ */ Symbol("_queue");
var zt = /* @__PURE__ */ Symbol("_read");
var Ci = /* @__PURE__ */ Symbol("_readSize");
var j = /* @__PURE__ */ Symbol("_reading");
var ee = /* @__PURE__ */ Symbol("_remain");
var Fi = /* @__PURE__ */ Symbol("_size");
var ve = /* @__PURE__ */ Symbol("_write");
var gt = /* @__PURE__ */ Symbol("_writing");
var Me = /* @__PURE__ */ Symbol("_defaultFlag");
var bt = /* @__PURE__ */ Symbol("_errored");
var _t = class extends A {
  [bt] = false;
  [m];
  [U];
  [Ci];
  [j] = false;
  [Fi];
  [ee];
  [ht];
  constructor(t, e) {
    if (e = e || {}, super(e), this.readable = true, this.writable = false, typeof t != "string") throw new TypeError("path must be a string");
    this[bt] = false, this[m] = typeof e.fd == "number" ? e.fd : void 0, this[U] = t, this[Ci] = e.readSize || 16 * 1024 * 1024, this[j] = false, this[Fi] = typeof e.size == "number" ? e.size : 1 / 0, this[ee] = this[Fi], this[ht] = typeof e.autoClose == "boolean" ? e.autoClose : true, typeof this[m] == "number" ? this[zt]() : this[at]();
  }
  get fd() {
    return this[m];
  }
  get path() {
    return this[U];
  }
  write() {
    throw new TypeError("this is a readable stream");
  }
  end() {
    throw new TypeError("this is a readable stream");
  }
  [at]() {
    I.open(this[U], "r", (t, e) => this[Ht](t, e));
  }
  [Ht](t, e) {
    t ? this[Ut](t) : (this[m] = e, this.emit("open", e), this[zt]());
  }
  [vi]() {
    return Buffer.allocUnsafe(Math.min(this[Ci], this[ee]));
  }
  [zt]() {
    if (!this[j]) {
      this[j] = true;
      let t = this[vi]();
      if (t.length === 0) return process.nextTick(() => this[Ii](null, 0, t));
      I.read(this[m], t, 0, t.length, null, (e, i, r) => this[Ii](e, i, r));
    }
  }
  [Ii](t, e, i) {
    this[j] = false, t ? this[Ut](t) : this[ki](e, i) && this[zt]();
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t = this[m];
      this[m] = void 0, I.close(t, (e) => e ? this.emit("error", e) : this.emit("close"));
    }
  }
  [Ut](t) {
    this[j] = true, this[H](), this.emit("error", t);
  }
  [ki](t, e) {
    let i = false;
    return this[ee] -= t, t > 0 && (i = super.write(t < e.length ? e.subarray(0, t) : e)), (t === 0 || this[ee] <= 0) && (i = false, this[H](), super.end()), i;
  }
  emit(t, ...e) {
    switch (t) {
      case "prefinish":
      case "finish":
        return false;
      case "drain":
        return typeof this[m] == "number" && this[zt](), false;
      case "error":
        return this[bt] ? false : (this[bt] = true, super.emit(t, ...e));
      default:
        return super.emit(t, ...e);
    }
  }
};
var Be = class extends _t {
  [at]() {
    let t = true;
    try {
      this[Ht](null, I.openSync(this[U], "r")), t = false;
    } finally {
      t && this[H]();
    }
  }
  [zt]() {
    let t = true;
    try {
      if (!this[j]) {
        this[j] = true;
        do {
          let e = this[vi](), i = e.length === 0 ? 0 : I.readSync(this[m], e, 0, e.length, null);
          if (!this[ki](i, e)) break;
        } while (true);
        this[j] = false;
      }
      t = false;
    } finally {
      t && this[H]();
    }
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t = this[m];
      this[m] = void 0, I.closeSync(t), this.emit("close");
    }
  }
};
var et = class extends Qr {
  readable = false;
  writable = true;
  [bt] = false;
  [gt] = false;
  [te] = false;
  [Y] = [];
  [ke] = false;
  [U];
  [ie];
  [ht];
  [m];
  [Me];
  [tt];
  [Ni] = false;
  [ot];
  constructor(t, e) {
    e = e || {}, super(e), this[U] = t, this[m] = typeof e.fd == "number" ? e.fd : void 0, this[ie] = e.mode === void 0 ? 438 : e.mode, this[ot] = typeof e.start == "number" ? e.start : void 0, this[ht] = typeof e.autoClose == "boolean" ? e.autoClose : true;
    let i = this[ot] !== void 0 ? "r+" : "w";
    this[Me] = e.flags === void 0, this[tt] = e.flags === void 0 ? i : e.flags, this[m] === void 0 && this[at]();
  }
  emit(t, ...e) {
    if (t === "error") {
      if (this[bt]) return false;
      this[bt] = true;
    }
    return super.emit(t, ...e);
  }
  get fd() {
    return this[m];
  }
  get path() {
    return this[U];
  }
  [Ut](t) {
    this[H](), this[gt] = true, this.emit("error", t);
  }
  [at]() {
    I.open(this[U], this[tt], this[ie], (t, e) => this[Ht](t, e));
  }
  [Ht](t, e) {
    this[Me] && this[tt] === "r+" && t && t.code === "ENOENT" ? (this[tt] = "w", this[at]()) : t ? this[Ut](t) : (this[m] = e, this.emit("open", e), this[gt] || this[Ai]());
  }
  end(t, e) {
    return t && this.write(t, e), this[te] = true, !this[gt] && !this[Y].length && typeof this[m] == "number" && this[Pt](null, 0), this;
  }
  write(t, e) {
    return typeof t == "string" && (t = Buffer.from(t, e)), this[te] ? (this.emit("error", new Error("write() after end()")), false) : this[m] === void 0 || this[gt] || this[Y].length ? (this[Y].push(t), this[ke] = true, false) : (this[gt] = true, this[ve](t), true);
  }
  [ve](t) {
    I.write(this[m], t, 0, t.length, this[ot], (e, i) => this[Pt](e, i));
  }
  [Pt](t, e) {
    t ? this[Ut](t) : (this[ot] !== void 0 && typeof e == "number" && (this[ot] += e), this[Y].length ? this[Ai]() : (this[gt] = false, this[te] && !this[Ni] ? (this[Ni] = true, this[H](), this.emit("finish")) : this[ke] && (this[ke] = false, this.emit("drain"))));
  }
  [Ai]() {
    if (this[Y].length === 0) this[te] && this[Pt](null, 0);
    else if (this[Y].length === 1) this[ve](this[Y].pop());
    else {
      let t = this[Y];
      this[Y] = [], Jr(this[m], t, this[ot], (e, i) => this[Pt](e, i));
    }
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t = this[m];
      this[m] = void 0, I.close(t, (e) => e ? this.emit("error", e) : this.emit("close"));
    }
  }
};
var Wt = class extends et {
  [at]() {
    let t;
    if (this[Me] && this[tt] === "r+") try {
      t = I.openSync(this[U], this[tt], this[ie]);
    } catch (e) {
      if (e?.code === "ENOENT") return this[tt] = "w", this[at]();
      throw e;
    }
    else t = I.openSync(this[U], this[tt], this[ie]);
    this[Ht](null, t);
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t = this[m];
      this[m] = void 0, I.closeSync(t), this.emit("close");
    }
  }
  [ve](t) {
    let e = true;
    try {
      this[Pt](null, I.writeSync(this[m], t, 0, t.length, this[ot])), e = false;
    } finally {
      if (e) try {
        this[H]();
      } catch {
      }
    }
  }
};
var jr = /* @__PURE__ */ new Map([["C", "cwd"], ["f", "file"], ["z", "gzip"], ["P", "preservePaths"], ["U", "unlink"], ["strip-components", "strip"], ["stripComponents", "strip"], ["keep-newer", "newer"], ["keepNewer", "newer"], ["keep-newer-files", "newer"], ["keepNewerFiles", "newer"], ["k", "keep"], ["keep-existing", "keep"], ["keepExisting", "keep"], ["m", "noMtime"], ["no-mtime", "noMtime"], ["p", "preserveOwner"], ["L", "follow"], ["h", "follow"], ["onentry", "onReadEntry"]]);
var Fs = (s3) => !!s3.sync && !!s3.file;
var ks = (s3) => !s3.sync && !!s3.file;
var vs = (s3) => !!s3.sync && !s3.file;
var Ms = (s3) => !s3.sync && !s3.file;
var Bs = (s3) => !!s3.file;
var tn = (s3) => {
  let t = jr.get(s3);
  return t || s3;
};
var se = (s3 = {}) => {
  if (!s3) return {};
  let t = {};
  for (let [e, i] of Object.entries(s3)) {
    let r = tn(e);
    t[r] = i;
  }
  return t.chmod === void 0 && t.noChmod === false && (t.chmod = true), delete t.noChmod, t;
};
var K = (s3, t, e, i, r) => Object.assign((n = [], o, h) => {
  Array.isArray(n) && (o = n, n = {}), typeof o == "function" && (h = o, o = void 0), o = o ? Array.from(o) : [];
  let a = se(n);
  if (r?.(a, o), Fs(a)) {
    if (typeof h == "function") throw new TypeError("callback not supported for sync tar functions");
    return s3(a, o);
  } else if (ks(a)) {
    let l = t(a, o);
    return h ? l.then(() => h(), h) : l;
  } else if (vs(a)) {
    if (typeof h == "function") throw new TypeError("callback not supported for sync tar functions");
    return e(a, o);
  } else if (Ms(a)) {
    if (typeof h == "function") throw new TypeError("callback only supported with file option");
    return i(a, o);
  }
  throw new Error("impossible options??");
}, { syncFile: s3, asyncFile: t, syncNoFile: e, asyncNoFile: i, validate: r });
var sn = en.constants || { ZLIB_VERNUM: 4736 };
var M = Object.freeze(Object.assign(/* @__PURE__ */ Object.create(null), { Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5, Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6, Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1, Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7, BROTLI_DECODE: 8, BROTLI_ENCODE: 9, Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15, Z_MIN_CHUNK: 64, Z_MAX_CHUNK: 1 / 0, Z_DEFAULT_CHUNK: 16384, Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8, Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1, BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2, BROTLI_OPERATION_EMIT_METADATA: 3, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11, BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24, BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22, BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24, BROTLI_PARAM_MODE: 0, BROTLI_PARAM_QUALITY: 1, BROTLI_PARAM_LGWIN: 2, BROTLI_PARAM_LGBLOCK: 3, BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5, BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8, BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1, BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0, BROTLI_DECODER_PARAM_LARGE_WINDOW: 1, BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1, BROTLI_DECODER_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1, BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6, BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7, BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10, BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12, BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13, BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14, BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16, BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20, BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22, BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27, BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30, BROTLI_DECODER_ERROR_UNREACHABLE: -31 }, sn));
var rn = Ot.concat;
var zs = Object.getOwnPropertyDescriptor(Ot, "concat");
var nn = (s3) => s3;
var Bi = zs?.writable === true || zs?.set !== void 0 ? (s3) => {
  Ot.concat = s3 ? nn : rn;
} : (s3) => {
};
var Tt = /* @__PURE__ */ Symbol("_superWrite");
var Gt = class extends Error {
  code;
  errno;
  constructor(t, e) {
    super("zlib: " + t.message, { cause: t }), this.code = t.code, this.errno = t.errno, this.code || (this.code = "ZLIB_ERROR"), this.message = "zlib: " + t.message, Error.captureStackTrace(this, e ?? this.constructor);
  }
  get name() {
    return "ZlibError";
  }
};
var Pi = /* @__PURE__ */ Symbol("flushFlag");
var re = class extends A {
  #t = false;
  #i = false;
  #s;
  #n;
  #r;
  #e;
  #o;
  get sawError() {
    return this.#t;
  }
  get handle() {
    return this.#e;
  }
  get flushFlag() {
    return this.#s;
  }
  constructor(t, e) {
    if (!t || typeof t != "object") throw new TypeError("invalid options for ZlibBase constructor");
    if (super(t), this.#s = t.flush ?? 0, this.#n = t.finishFlush ?? 0, this.#r = t.fullFlushFlag ?? 0, typeof Ps[e] != "function") throw new TypeError("Compression method not supported: " + e);
    try {
      this.#e = new Ps[e](t);
    } catch (i) {
      throw new Gt(i, this.constructor);
    }
    this.#o = (i) => {
      this.#t || (this.#t = true, this.close(), this.emit("error", i));
    }, this.#e?.on("error", (i) => this.#o(new Gt(i))), this.once("end", () => this.close);
  }
  close() {
    this.#e && (this.#e.close(), this.#e = void 0, this.emit("close"));
  }
  reset() {
    if (!this.#t) return zi(this.#e, "zlib binding closed"), this.#e.reset?.();
  }
  flush(t) {
    this.ended || (typeof t != "number" && (t = this.#r), this.write(Object.assign(Ot.alloc(0), { [Pi]: t })));
  }
  end(t, e, i) {
    return typeof t == "function" && (i = t, e = void 0, t = void 0), typeof e == "function" && (i = e, e = void 0), t && (e ? this.write(t, e) : this.write(t)), this.flush(this.#n), this.#i = true, super.end(i);
  }
  get ended() {
    return this.#i;
  }
  [Tt](t) {
    return super.write(t);
  }
  write(t, e, i) {
    if (typeof e == "function" && (i = e, e = "utf8"), typeof t == "string" && (t = Ot.from(t, e)), this.#t) return;
    zi(this.#e, "zlib binding closed");
    let r = this.#e._handle, n = r.close;
    r.close = () => {
    };
    let o = this.#e.close;
    this.#e.close = () => {
    }, Bi(true);
    let h;
    try {
      let l = typeof t[Pi] == "number" ? t[Pi] : this.#s;
      h = this.#e._processChunk(t, l), Bi(false);
    } catch (l) {
      Bi(false), this.#o(new Gt(l, this.write));
    } finally {
      this.#e && (this.#e._handle = r, r.close = n, this.#e.close = o, this.#e.removeAllListeners("error"));
    }
    this.#e && this.#e.on("error", (l) => this.#o(new Gt(l, this.write)));
    let a;
    if (h) if (Array.isArray(h) && h.length > 0) {
      let l = h[0];
      a = this[Tt](Ot.from(l));
      for (let c = 1; c < h.length; c++) a = this[Tt](h[c]);
    } else a = this[Tt](Ot.from(h));
    return i && i(), a;
  }
};
var Pe = class extends re {
  #t;
  #i;
  constructor(t, e) {
    t = t || {}, t.flush = t.flush || M.Z_NO_FLUSH, t.finishFlush = t.finishFlush || M.Z_FINISH, t.fullFlushFlag = M.Z_FULL_FLUSH, super(t, e), this.#t = t.level, this.#i = t.strategy;
  }
  params(t, e) {
    if (!this.sawError) {
      if (!this.handle) throw new Error("cannot switch params when binding is closed");
      if (!this.handle.params) throw new Error("not supported in this implementation");
      if (this.#t !== t || this.#i !== e) {
        this.flush(M.Z_SYNC_FLUSH), zi(this.handle, "zlib binding closed");
        let i = this.handle.flush;
        this.handle.flush = (r, n) => {
          typeof r == "function" && (n = r, r = this.flushFlag), this.flush(r), n?.();
        };
        try {
          this.handle.params(t, e);
        } finally {
          this.handle.flush = i;
        }
        this.handle && (this.#t = t, this.#i = e);
      }
    }
  }
};
var ze = class extends Pe {
  #t;
  constructor(t) {
    super(t, "Gzip"), this.#t = t && !!t.portable;
  }
  [Tt](t) {
    return this.#t ? (this.#t = false, t[9] = 255, super[Tt](t)) : super[Tt](t);
  }
};
var Ue = class extends Pe {
  constructor(t) {
    super(t, "Unzip");
  }
};
var He = class extends re {
  constructor(t, e) {
    t = t || {}, t.flush = t.flush || M.BROTLI_OPERATION_PROCESS, t.finishFlush = t.finishFlush || M.BROTLI_OPERATION_FINISH, t.fullFlushFlag = M.BROTLI_OPERATION_FLUSH, super(t, e);
  }
};
var We = class extends He {
  constructor(t) {
    super(t, "BrotliCompress");
  }
};
var Ge = class extends He {
  constructor(t) {
    super(t, "BrotliDecompress");
  }
};
var Ze = class extends re {
  constructor(t, e) {
    t = t || {}, t.flush = t.flush || M.ZSTD_e_continue, t.finishFlush = t.finishFlush || M.ZSTD_e_end, t.fullFlushFlag = M.ZSTD_e_flush, super(t, e);
  }
};
var Ye = class extends Ze {
  constructor(t) {
    super(t, "ZstdCompress");
  }
};
var Ke = class extends Ze {
  constructor(t) {
    super(t, "ZstdDecompress");
  }
};
var Us = (s3, t) => {
  if (Number.isSafeInteger(s3)) s3 < 0 ? an(s3, t) : hn(s3, t);
  else throw Error("cannot encode number outside of javascript safe integer range");
  return t;
};
var hn = (s3, t) => {
  t[0] = 128;
  for (var e = t.length; e > 1; e--) t[e - 1] = s3 & 255, s3 = Math.floor(s3 / 256);
};
var an = (s3, t) => {
  t[0] = 255;
  var e = false;
  s3 = s3 * -1;
  for (var i = t.length; i > 1; i--) {
    var r = s3 & 255;
    s3 = Math.floor(s3 / 256), e ? t[i - 1] = Ws(r) : r === 0 ? t[i - 1] = 0 : (e = true, t[i - 1] = Gs(r));
  }
};
var Hs = (s3) => {
  let t = s3[0], e = t === 128 ? cn(s3.subarray(1, s3.length)) : t === 255 ? ln(s3) : null;
  if (e === null) throw Error("invalid base256 encoding");
  if (!Number.isSafeInteger(e)) throw Error("parsed number outside of javascript safe integer range");
  return e;
};
var ln = (s3) => {
  for (var t = s3.length, e = 0, i = false, r = t - 1; r > -1; r--) {
    var n = Number(s3[r]), o;
    i ? o = Ws(n) : n === 0 ? o = n : (i = true, o = Gs(n)), o !== 0 && (e -= o * Math.pow(256, t - r - 1));
  }
  return e;
};
var cn = (s3) => {
  for (var t = s3.length, e = 0, i = t - 1; i > -1; i--) {
    var r = Number(s3[i]);
    r !== 0 && (e += r * Math.pow(256, t - i - 1));
  }
  return e;
};
var Ws = (s3) => (255 ^ s3) & 255;
var Gs = (s3) => (255 ^ s3) + 1 & 255;
var Hi = {};
Ur(Hi, { code: () => Ve, isCode: () => ne, isName: () => dn, name: () => oe, normalFsTypes: () => Ui });
var ne = (s3) => oe.has(s3);
var dn = (s3) => Ve.has(s3);
var Ui = /* @__PURE__ */ new Set(["0", "", "1", "2", "3", "4", "5", "6", "7", "D"]);
var oe = /* @__PURE__ */ new Map([["0", "File"], ["", "OldFile"], ["1", "Link"], ["2", "SymbolicLink"], ["3", "CharacterDevice"], ["4", "BlockDevice"], ["5", "Directory"], ["6", "FIFO"], ["7", "ContiguousFile"], ["g", "GlobalExtendedHeader"], ["x", "ExtendedHeader"], ["A", "SolarisACL"], ["D", "GNUDumpDir"], ["I", "Inode"], ["K", "NextFileHasLongLinkpath"], ["L", "NextFileHasLongPath"], ["M", "ContinuationFile"], ["N", "OldGnuLongPath"], ["S", "SparseFile"], ["V", "TapeVolumeHeader"], ["X", "OldExtendedHeader"]]);
var Ve = new Map(Array.from(oe).map((s3) => [s3[1], s3[0]]));
var un = (s3) => s3 === void 0 || s3 < 0 ? void 0 : s3;
var F = class {
  cksumValid = false;
  needPax = false;
  nullBlock = false;
  block;
  path;
  mode;
  uid;
  gid;
  size;
  cksum;
  #t = "Unsupported";
  linkpath;
  uname;
  gname;
  devmaj = 0;
  devmin = 0;
  atime;
  ctime;
  mtime;
  charset;
  comment;
  constructor(t, e = 0, i, r) {
    Buffer.isBuffer(t) ? this.decode(t, e || 0, i, r) : t && this.#i(t);
  }
  decode(t, e, i, r) {
    if (e || (e = 0), !t || !(t.length >= e + 512)) throw new Error("need 512 bytes for header");
    let n = xt(t, e + 156, 1), o = Ui.has(n), h = o ? i : void 0, a = o ? r : void 0;
    if (this.path = h?.path ?? xt(t, e, 100), this.mode = h?.mode ?? a?.mode ?? lt(t, e + 100, 8), this.uid = h?.uid ?? a?.uid ?? lt(t, e + 108, 8), this.gid = h?.gid ?? a?.gid ?? lt(t, e + 116, 8), this.size = un(h?.size ?? a?.size ?? lt(t, e + 124, 12)), this.mtime = h?.mtime ?? a?.mtime ?? Wi(t, e + 136, 12), this.cksum = lt(t, e + 148, 12), a && this.#i(a, true), h && this.#i(h), ne(n) && (this.#t = n || "0"), this.#t === "0" && this.path.slice(-1) === "/" && (this.#t = "5"), this.#t === "5" && (this.size = 0), this.linkpath = xt(t, e + 157, 100), t.subarray(e + 257, e + 265).toString() === "ustar\x0000") if (this.uname = h?.uname ?? a?.uname ?? xt(t, e + 265, 32), this.gname = h?.gname ?? a?.gname ?? xt(t, e + 297, 32), this.devmaj = h?.devmaj ?? a?.devmaj ?? lt(t, e + 329, 8) ?? 0, this.devmin = h?.devmin ?? a?.devmin ?? lt(t, e + 337, 8) ?? 0, t[e + 475] !== 0) {
      let c = xt(t, e + 345, 155);
      this.path = c + "/" + this.path;
    } else {
      let c = xt(t, e + 345, 130);
      c && (this.path = c + "/" + this.path), this.atime = i?.atime ?? r?.atime ?? Wi(t, e + 476, 12), this.ctime = i?.ctime ?? r?.ctime ?? Wi(t, e + 488, 12);
    }
    let l = 256;
    for (let c = e; c < e + 148; c++) l += t[c];
    for (let c = e + 156; c < e + 512; c++) l += t[c];
    this.cksumValid = l === this.cksum, this.cksum === void 0 && l === 256 && (this.nullBlock = true);
  }
  #i(t, e = false) {
    Object.assign(this, Object.fromEntries(Object.entries(t).filter(([i, r]) => !(r == null || i === "size" && Number(r) < 0 || i === "path" && e || i === "linkpath" && e || i === "global"))));
  }
  encode(t, e = 0) {
    if (t || (t = this.block = Buffer.alloc(512)), this.#t === "Unsupported" && (this.#t = "0"), !(t.length >= e + 512)) throw new Error("need 512 bytes for header");
    let i = this.ctime || this.atime ? 130 : 155, r = mn(this.path || "", i), n = r[0], o = r[1];
    this.needPax = !!r[2], this.needPax = Lt(t, e, 100, n) || this.needPax, this.needPax = ct(t, e + 100, 8, this.mode) || this.needPax, this.needPax = ct(t, e + 108, 8, this.uid) || this.needPax, this.needPax = ct(t, e + 116, 8, this.gid) || this.needPax, this.needPax = ct(t, e + 124, 12, this.size) || this.needPax, this.needPax = Gi(t, e + 136, 12, this.mtime) || this.needPax, t[e + 156] = Number(this.#t.codePointAt(0)), this.needPax = Lt(t, e + 157, 100, this.linkpath) || this.needPax, t.write("ustar\x0000", e + 257, 8), this.needPax = Lt(t, e + 265, 32, this.uname) || this.needPax, this.needPax = Lt(t, e + 297, 32, this.gname) || this.needPax, this.needPax = ct(t, e + 329, 8, this.devmaj) || this.needPax, this.needPax = ct(t, e + 337, 8, this.devmin) || this.needPax, this.needPax = Lt(t, e + 345, i, o) || this.needPax, t[e + 475] !== 0 ? this.needPax = Lt(t, e + 345, 155, o) || this.needPax : (this.needPax = Lt(t, e + 345, 130, o) || this.needPax, this.needPax = Gi(t, e + 476, 12, this.atime) || this.needPax, this.needPax = Gi(t, e + 488, 12, this.ctime) || this.needPax);
    let h = 256;
    for (let a = e; a < e + 148; a++) h += t[a];
    for (let a = e + 156; a < e + 512; a++) h += t[a];
    return this.cksum = h, ct(t, e + 148, 8, this.cksum), this.cksumValid = true, this.needPax;
  }
  get type() {
    return this.#t === "Unsupported" ? this.#t : oe.get(this.#t);
  }
  get typeKey() {
    return this.#t;
  }
  set type(t) {
    let e = String(Ve.get(t));
    if (ne(e) || e === "Unsupported") this.#t = e;
    else if (ne(t)) this.#t = t;
    else throw new TypeError("invalid entry type: " + t);
  }
};
var mn = (s3, t) => {
  let i = s3, r = "", n, o = Zt.parse(s3).root || ".";
  if (Buffer.byteLength(i) < 100) n = [i, r, false];
  else {
    r = Zt.dirname(i), i = Zt.basename(i);
    do
      Buffer.byteLength(i) <= 100 && Buffer.byteLength(r) <= t ? n = [i, r, false] : Buffer.byteLength(i) > 100 && Buffer.byteLength(r) <= t ? n = [i.slice(0, 99), r, true] : (i = Zt.join(Zt.basename(r), i), r = Zt.dirname(r));
    while (r !== o && n === void 0);
    n || (n = [s3.slice(0, 99), "", true]);
  }
  return n;
};
var xt = (s3, t, e) => s3.subarray(t, t + e).toString("utf8").replace(/\0.*/, "");
var Wi = (s3, t, e) => pn(lt(s3, t, e));
var pn = (s3) => s3 === void 0 ? void 0 : new Date(s3 * 1e3);
var lt = (s3, t, e) => Number(s3[t]) & 128 ? Hs(s3.subarray(t, t + e)) : wn(s3, t, e);
var En = (s3) => isNaN(s3) ? void 0 : s3;
var wn = (s3, t, e) => En(parseInt(s3.subarray(t, t + e).toString("utf8").replace(/\0.*$/, "").trim(), 8));
var Sn = { 12: 8589934591, 8: 2097151 };
var ct = (s3, t, e, i) => i === void 0 ? false : i > Sn[e] || i < 0 ? (Us(i, s3.subarray(t, t + e)), true) : (yn(s3, t, e, i), false);
var yn = (s3, t, e, i) => s3.write(Rn(i, e), t, e, "ascii");
var Rn = (s3, t) => gn(Math.floor(s3).toString(8), t);
var gn = (s3, t) => (s3.length === t - 1 ? s3 : new Array(t - s3.length - 1).join("0") + s3 + " ") + "\0";
var Gi = (s3, t, e, i) => i === void 0 ? false : ct(s3, t, e, i.getTime() / 1e3);
var bn = new Array(156).join("\0");
var Lt = (s3, t, e, i) => i === void 0 ? false : (s3.write(i + bn, t, e, "utf8"), i.length !== Buffer.byteLength(i) || i.length > e);
var ft = class s {
  atime;
  mtime;
  ctime;
  charset;
  comment;
  gid;
  uid;
  gname;
  uname;
  linkpath;
  dev;
  ino;
  nlink;
  path;
  size;
  mode;
  global;
  constructor(t, e = false) {
    this.atime = t.atime, this.charset = t.charset, this.comment = t.comment, this.ctime = t.ctime, this.dev = t.dev, this.gid = t.gid, this.global = e, this.gname = t.gname, this.ino = t.ino, this.linkpath = t.linkpath, this.mtime = t.mtime, this.nlink = t.nlink, this.path = t.path, this.size = t.size, this.uid = t.uid, this.uname = t.uname;
  }
  encode() {
    let t = this.encodeBody();
    if (t === "") return Buffer.allocUnsafe(0);
    let e = Buffer.byteLength(t), i = 512 * Math.ceil(1 + e / 512), r = Buffer.allocUnsafe(i);
    for (let n = 0; n < 512; n++) r[n] = 0;
    new F({ path: ("PaxHeader/" + _n(this.path ?? "")).slice(0, 99), mode: this.mode || 420, uid: this.uid, gid: this.gid, size: e, mtime: this.mtime, type: this.global ? "GlobalExtendedHeader" : "ExtendedHeader", linkpath: "", uname: this.uname || "", gname: this.gname || "", devmaj: 0, devmin: 0, atime: this.atime, ctime: this.ctime }).encode(r), r.write(t, 512, e, "utf8");
    for (let n = e + 512; n < r.length; n++) r[n] = 0;
    return r;
  }
  encodeBody() {
    return this.encodeField("path") + this.encodeField("ctime") + this.encodeField("atime") + this.encodeField("dev") + this.encodeField("ino") + this.encodeField("nlink") + this.encodeField("charset") + this.encodeField("comment") + this.encodeField("gid") + this.encodeField("gname") + this.encodeField("linkpath") + this.encodeField("mtime") + this.encodeField("size") + this.encodeField("uid") + this.encodeField("uname");
  }
  encodeField(t) {
    if (this[t] === void 0) return "";
    let e = this[t], i = e instanceof Date ? e.getTime() / 1e3 : e, r = " " + (t === "dev" || t === "ino" || t === "nlink" ? "SCHILY." : "") + t + "=" + i + `
`, n = Buffer.byteLength(r), o = Math.floor(Math.log(n) / Math.log(10)) + 1;
    return n + o >= Math.pow(10, o) && (o += 1), o + n + r;
  }
  static parse(t, e, i = false) {
    return new s(On(Tn(t), e), i);
  }
};
var On = (s3, t) => t ? Object.assign({}, t, s3) : s3;
var Tn = (s3) => s3.replace(/\n$/, "").split(`
`).reduce(xn, /* @__PURE__ */ Object.create(null));
var xn = (s3, t) => {
  let e = parseInt(t, 10);
  if (e !== Buffer.byteLength(t) + 1) return s3;
  t = t.slice((e + " ").length);
  let i = t.split("="), r = i.shift();
  if (!r) return s3;
  let n = r.replace(/^SCHILY\.(dev|ino|nlink)/, "$1"), o = i.join("=").replace(/\0.*/, "");
  switch (n) {
    case "path":
    case "linkpath":
    case "type":
    case "charset":
    case "comment":
    case "gname":
    case "uname":
      s3[n] = o;
      break;
    case "ctime":
    case "atime":
    case "mtime":
      s3[n] = new Date(Number(o) * 1e3);
      break;
    case "size":
      let h = +o;
      h >= 0 && (s3[n] = h);
      break;
    case "gid":
    case "uid":
    case "dev":
    case "ino":
    case "nlink":
    case "mode":
      s3[n] = +o;
      break;
  }
  return s3;
};
var Ln = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform;
var f = Ln !== "win32" ? (s3) => String(s3) : (s3) => String(s3).replaceAll(/\\/g, "/");
var $e = class extends A {
  extended;
  globalExtended;
  header;
  startBlockSize;
  blockRemain;
  remain;
  type;
  meta = false;
  ignore = false;
  path;
  mode;
  uid;
  gid;
  uname;
  gname;
  size = 0;
  mtime;
  atime;
  ctime;
  linkpath;
  dev;
  ino;
  nlink;
  invalid = false;
  absolute;
  unsupported = false;
  constructor(t, e, i) {
    switch (super({}), this.pause(), this.extended = e, this.globalExtended = i, this.header = t, this.remain = t.size ?? 0, this.startBlockSize = 512 * Math.ceil(this.remain / 512), this.blockRemain = this.startBlockSize, this.type = t.type, this.type) {
      case "File":
      case "OldFile":
      case "Link":
      case "SymbolicLink":
      case "CharacterDevice":
      case "BlockDevice":
      case "Directory":
      case "FIFO":
      case "ContiguousFile":
      case "GNUDumpDir":
        break;
      case "NextFileHasLongLinkpath":
      case "NextFileHasLongPath":
      case "OldGnuLongPath":
      case "GlobalExtendedHeader":
      case "ExtendedHeader":
      case "OldExtendedHeader":
        this.meta = true;
        break;
      default:
        this.ignore = true;
    }
    if (!t.path) throw new Error("no path provided for tar.ReadEntry");
    this.path = f(t.path), this.mode = t.mode, this.mode && (this.mode = this.mode & 4095), this.uid = t.uid, this.gid = t.gid, this.uname = t.uname, this.gname = t.gname, this.size = this.remain, this.mtime = t.mtime, this.atime = t.atime, this.ctime = t.ctime, this.linkpath = t.linkpath ? f(t.linkpath) : void 0, this.uname = t.uname, this.gname = t.gname, e && this.#t(e), i && this.#t(i, true);
  }
  write(t) {
    let e = t.length;
    if (e > this.blockRemain) throw new Error("writing more to entry than is appropriate");
    let i = this.remain, r = this.blockRemain;
    return this.remain = Math.max(0, i - e), this.blockRemain = Math.max(0, r - e), this.ignore ? true : i >= e ? super.write(t) : super.write(t.subarray(0, i));
  }
  #t(t, e = false) {
    t.path && (t.path = f(t.path)), t.linkpath && (t.linkpath = f(t.linkpath)), Object.assign(this, Object.fromEntries(Object.entries(t).filter(([i, r]) => !(r == null || i === "path" && e))));
  }
};
var Dt = (s3, t, e, i = {}) => {
  s3.file && (i.file = s3.file), s3.cwd && (i.cwd = s3.cwd), i.code = e instanceof Error && e.code || t, i.tarCode = t, !s3.strict && i.recoverable !== false ? (e instanceof Error && (i = Object.assign(e, i), e = e.message), s3.emit("warn", t, e, i)) : e instanceof Error ? s3.emit("error", Object.assign(e, i)) : s3.emit("error", Object.assign(new Error(`${t}: ${e}`), i));
};
var Nn = 1024 * 1024;
var Xi = Buffer.from([31, 139]);
var qi = Buffer.from([40, 181, 47, 253]);
var An = Math.max(Xi.length, qi.length);
var B = /* @__PURE__ */ Symbol("state");
var Nt = /* @__PURE__ */ Symbol("writeEntry");
var it = /* @__PURE__ */ Symbol("readEntry");
var Zi = /* @__PURE__ */ Symbol("nextEntry");
var Zs = /* @__PURE__ */ Symbol("processEntry");
var V = /* @__PURE__ */ Symbol("extendedHeader");
var he = /* @__PURE__ */ Symbol("globalExtendedHeader");
var dt = /* @__PURE__ */ Symbol("meta");
var Ys = /* @__PURE__ */ Symbol("emitMeta");
var p = /* @__PURE__ */ Symbol("buffer");
var st = /* @__PURE__ */ Symbol("queue");
var ut = /* @__PURE__ */ Symbol("ended");
var Yi = /* @__PURE__ */ Symbol("emittedEnd");
var At = /* @__PURE__ */ Symbol("emit");
var w = /* @__PURE__ */ Symbol("unzip");
var Xe = /* @__PURE__ */ Symbol("consumeChunk");
var qe = /* @__PURE__ */ Symbol("consumeChunkSub");
var Ki = /* @__PURE__ */ Symbol("consumeBody");
var Ks = /* @__PURE__ */ Symbol("consumeMeta");
var Vs = /* @__PURE__ */ Symbol("consumeHeader");
var ae = /* @__PURE__ */ Symbol("consuming");
var Vi = /* @__PURE__ */ Symbol("bufferConcat");
var Qe = /* @__PURE__ */ Symbol("maybeEnd");
var Yt = /* @__PURE__ */ Symbol("writing");
var $ = /* @__PURE__ */ Symbol("aborted");
var Je = /* @__PURE__ */ Symbol("onDone");
var It = /* @__PURE__ */ Symbol("sawValidEntry");
var je = /* @__PURE__ */ Symbol("sawNullBlock");
var ti = /* @__PURE__ */ Symbol("sawEOF");
var $s = /* @__PURE__ */ Symbol("closeStream");
var In = 1e3;
var le = /* @__PURE__ */ Symbol("compressedBytesRead");
var $i = /* @__PURE__ */ Symbol("decompressedBytesRead");
var Xs = /* @__PURE__ */ Symbol("checkDecompressionRatio");
var Cn = () => true;
var rt = class extends Dn {
  file;
  strict;
  maxMetaEntrySize;
  filter;
  brotli;
  zstd;
  maxDecompressionRatio;
  writable = true;
  readable = false;
  [st] = [];
  [p];
  [it];
  [Nt];
  [B] = "begin";
  [dt] = "";
  [V];
  [he];
  [ut] = false;
  [w];
  [$] = false;
  [It];
  [je] = false;
  [ti] = false;
  [Yt] = false;
  [ae] = false;
  [Yi] = false;
  [le] = 0;
  [$i] = 0;
  constructor(t = {}) {
    super(), this.file = t.file || "", this.on(Je, () => {
      (this[B] === "begin" || this[It] === false) && this.warn("TAR_BAD_ARCHIVE", "Unrecognized archive format");
    }), t.ondone ? this.on(Je, t.ondone) : this.on(Je, () => {
      this.emit("prefinish"), this.emit("finish"), this.emit("end");
    }), this.strict = !!t.strict, this.maxDecompressionRatio = typeof t.maxDecompressionRatio == "number" ? t.maxDecompressionRatio : In, this.maxMetaEntrySize = t.maxMetaEntrySize || Nn, this.filter = typeof t.filter == "function" ? t.filter : Cn;
    let e = t.file && (t.file.endsWith(".tar.br") || t.file.endsWith(".tbr"));
    this.brotli = !(t.gzip || t.zstd) && t.brotli !== void 0 ? t.brotli : e ? void 0 : false;
    let i = t.file && (t.file.endsWith(".tar.zst") || t.file.endsWith(".tzst"));
    this.zstd = !(t.gzip || t.brotli) && t.zstd !== void 0 ? t.zstd : i ? true : void 0, this.on("end", () => this[$s]()), typeof t.onwarn == "function" && this.on("warn", t.onwarn), typeof t.onReadEntry == "function" && this.on("entry", t.onReadEntry);
  }
  warn(t, e, i = {}) {
    Dt(this, t, e, i);
  }
  [Vs](t, e) {
    this[It] === void 0 && (this[It] = false);
    let i;
    try {
      i = new F(t, e, this[V], this[he]);
    } catch (r) {
      return this.warn("TAR_ENTRY_INVALID", r);
    }
    if (i.nullBlock) this[je] ? (this[ti] = true, this[B] === "begin" && (this[B] = "header"), this[At]("eof")) : (this[je] = true, this[At]("nullBlock"));
    else if (this[je] = false, !i.cksumValid) this.warn("TAR_ENTRY_INVALID", "checksum failure", { header: i });
    else if (!i.path) this.warn("TAR_ENTRY_INVALID", "path is required", { header: i });
    else {
      let r = i.type;
      if (/^(Symbolic)?Link$/.test(r) && !i.linkpath) this.warn("TAR_ENTRY_INVALID", "linkpath required", { header: i });
      else if (!/^(Symbolic)?Link$/.test(r) && !/^(Global)?ExtendedHeader$/.test(r) && i.linkpath) this.warn("TAR_ENTRY_INVALID", "linkpath forbidden", { header: i });
      else {
        let n = this[Nt] = new $e(i, this[V], this[he]);
        if (!this[It]) if (n.remain) {
          let o = () => {
            n.invalid || (this[It] = true);
          };
          n.on("end", o);
        } else this[It] = true;
        n.meta ? n.size > this.maxMetaEntrySize ? (n.ignore = true, this[At]("ignoredEntry", n), this[B] = "ignore", n.resume()) : n.size > 0 && (this[dt] = "", n.on("data", (o) => this[dt] += o), this[B] = "meta") : (this[V] = void 0, n.ignore = n.ignore || !this.filter(n.path, n), n.ignore ? (this[At]("ignoredEntry", n), this[B] = n.remain ? "ignore" : "header", n.resume()) : (n.remain ? this[B] = "body" : (this[B] = "header", n.end()), this[it] ? this[st].push(n) : (this[st].push(n), this[Zi]())));
      }
    }
  }
  [$s]() {
    queueMicrotask(() => this.emit("close"));
  }
  [Zs](t) {
    let e = true;
    if (!t) this[it] = void 0, e = false;
    else if (Array.isArray(t)) {
      let [i, ...r] = t;
      this.emit(i, ...r);
    } else this[it] = t, this.emit("entry", t), t.emittedEnd || (t.on("end", () => this[Zi]()), e = false);
    return e;
  }
  [Zi]() {
    do
      ;
    while (this[Zs](this[st].shift()));
    if (this[st].length === 0) {
      let t = this[it];
      !t || t.flowing || t.size === t.remain ? this[Yt] || this.emit("drain") : t.once("drain", () => this.emit("drain"));
    }
  }
  [Ki](t, e) {
    let i = this[Nt];
    if (!i) throw new Error("attempt to consume body without entry??");
    let r = i.blockRemain ?? 0, n = r >= t.length && e === 0 ? t : t.subarray(e, e + r);
    return i.write(n), i.blockRemain || (this[B] = "header", this[Nt] = void 0, i.end()), n.length;
  }
  [Ks](t, e) {
    let i = this[Nt], r = this[Ki](t, e);
    return !this[Nt] && i && this[Ys](i), r;
  }
  [At](t, e, i) {
    this[st].length === 0 && !this[it] ? this.emit(t, e, i) : this[st].push([t, e, i]);
  }
  [Ys](t) {
    switch (this[At]("meta", this[dt]), t.type) {
      case "ExtendedHeader":
      case "OldExtendedHeader":
        this[V] = ft.parse(this[dt], this[V], false);
        break;
      case "GlobalExtendedHeader":
        this[he] = ft.parse(this[dt], this[he], true);
        break;
      case "NextFileHasLongPath":
      case "OldGnuLongPath": {
        let e = this[V] ?? /* @__PURE__ */ Object.create(null);
        this[V] = e, e.path = this[dt].replace(/\0.*/, "");
        break;
      }
      case "NextFileHasLongLinkpath": {
        let e = this[V] || /* @__PURE__ */ Object.create(null);
        this[V] = e, e.linkpath = this[dt].replace(/\0.*/, "");
        break;
      }
      default:
        throw new Error("unknown meta: " + t.type);
    }
  }
  abort(t) {
    if (!this[$]) {
      if (this[w]) {
        let e = this[w];
        e.write = () => true, e.end = () => e, e.emit = () => false, e.destroy?.();
      }
      this[$] = true, this.emit("abort", t), this.warn("TAR_ABORT", t, { recoverable: false });
    }
  }
  [Xs](t) {
    this[$i] += t.length;
    let e = this[$i] / this[le];
    return e > this.maxDecompressionRatio ? (this.abort(new Error(`max decompression ratio exceeded: ${e.toFixed(2)} > ${this.maxDecompressionRatio}`)), false) : true;
  }
  write(t, e, i) {
    if (typeof e == "function" && (i = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, typeof e == "string" ? e : "utf8")), this[$]) return i?.(), false;
    if ((this[w] === void 0 || this.brotli === void 0 && this[w] === false) && t) {
      if (this[p] && (t = Buffer.concat([this[p], t]), this[p] = void 0), t.length < An) return this[p] = t, i?.(), true;
      for (let a = 0; this[w] === void 0 && a < Xi.length; a++) t[a] !== Xi[a] && (this[w] = false);
      let o = false;
      if (this[w] === false && this.zstd !== false) {
        o = true;
        for (let a = 0; a < qi.length; a++) if (t[a] !== qi[a]) {
          o = false;
          break;
        }
      }
      let h = this.brotli === void 0 && !o;
      if (this[w] === false && h) if (t.length < 512) if (this[ut]) this.brotli = true;
      else return this[p] = t, i?.(), true;
      else try {
        new F(t.subarray(0, 512)), this.brotli = false;
      } catch {
        this.brotli = true;
      }
      if (this[w] === void 0 || this[w] === false && (this.brotli || o)) {
        let a = this[ut];
        this[ut] = false, this[w] = this[w] === void 0 ? new Ue({}) : o ? new Ke({}) : new Ge({}), this[w].on("data", (c) => {
          this[Xs](c) && this[Xe](c);
        }), this[w].on("error", (c) => {
          this[$] || this.abort(c);
        }), this[w].on("end", () => {
          this[ut] = true, this[Xe]();
        }), this[Yt] = true, this[le] += t.length;
        let l = !!this[w][a ? "end" : "write"](t);
        return this[Yt] = false, i?.(), l;
      }
    }
    this[Yt] = true, this[w] ? (this[le] += t.length, this[w].write(t)) : this[Xe](t), this[Yt] = false;
    let n = this[st].length > 0 ? false : this[it] ? this[it].flowing : true;
    return !n && this[st].length === 0 && this[it]?.once("drain", () => this.emit("drain")), i?.(), n;
  }
  [Vi](t) {
    t && !this[$] && (this[p] = this[p] ? Buffer.concat([this[p], t]) : t);
  }
  [Qe]() {
    if (this[ut] && !this[Yi] && !this[$] && !this[ae]) {
      this[Yi] = true;
      let t = this[Nt];
      if (t?.blockRemain) {
        let e = this[p] ? this[p].length : 0;
        this.warn("TAR_BAD_ARCHIVE", `Truncated input (needed ${t.blockRemain} more bytes, only ${e} available)`, { entry: t }), this[p] && t.write(this[p]), t.end();
      }
      this[At](Je);
    }
  }
  [Xe](t) {
    if (this[ae] && t) this[Vi](t);
    else if (!t && !this[p]) this[Qe]();
    else if (t) {
      if (this[ae] = true, this[p]) {
        this[Vi](t);
        let e = this[p];
        this[p] = void 0, this[qe](e);
      } else this[qe](t);
      for (; this[p] && this[p]?.length >= 512 && !this[$] && !this[ti]; ) {
        let e = this[p];
        this[p] = void 0, this[qe](e);
      }
      this[ae] = false;
    }
    (!this[p] || this[ut]) && this[Qe]();
  }
  [qe](t) {
    let e = 0, i = t.length;
    for (; e + 512 <= i && !this[$] && !this[ti]; ) switch (this[B]) {
      case "begin":
      case "header":
        this[Vs](t, e), e += 512;
        break;
      case "ignore":
      case "body":
        e += this[Ki](t, e);
        break;
      case "meta":
        e += this[Ks](t, e);
        break;
      default:
        throw new Error("invalid state: " + this[B]);
    }
    e < i && (this[p] = this[p] ? Buffer.concat([t.subarray(e), this[p]]) : t.subarray(e));
  }
  end(t, e, i) {
    return typeof t == "function" && (i = t, e = void 0, t = void 0), typeof e == "function" && (i = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, e)), i && this.once("finish", i), this[$] || (this[w] ? (t && (this[le] += t.length, this[w].write(t)), this[w].end()) : (this[ut] = true, (this.brotli === void 0 || this.zstd === void 0) && (t = t || Buffer.alloc(0)), t && this.write(t), this[Qe]())), this;
  }
};
var mt = (s3) => {
  let t = s3.length - 1, e = -1;
  for (; t > -1 && s3.charAt(t) === "/"; ) e = t, t--;
  return e === -1 ? s3 : s3.slice(0, e);
};
var vn = (s3) => {
  let t = s3.onReadEntry;
  s3.onReadEntry = t ? (e) => {
    t(e), e.resume();
  } : (e) => e.resume();
};
var Qi = (s3, t) => {
  let e = new Map(t.map((o) => [mt(o), true])), i = s3.filter, r = 100, n = (o, h = "", a = 0) => {
    if (a >= r) return e.set(o, false), false;
    let l = h || kn(o).root || ".", c;
    if (o === l) c = false;
    else {
      let d = e.get(o);
      c = d !== void 0 ? d : n(Fn(o), l, a + 1);
    }
    return e.set(o, c), c;
  };
  s3.filter = i ? (o, h) => i(o, h) && n(mt(o)) : (o) => n(mt(o));
};
var Mn = (s3) => {
  let t = new rt(s3), e = s3.file, i;
  try {
    i = Kt.openSync(e, "r");
    let r = Kt.fstatSync(i), n = s3.maxReadSize || 16 * 1024 * 1024;
    if (r.size < n) {
      let o = Buffer.allocUnsafe(r.size), h = Kt.readSync(i, o, 0, r.size, 0);
      t.end(h === o.byteLength ? o : o.subarray(0, h));
    } else {
      let o = 0, h = Buffer.allocUnsafe(n);
      for (; o < r.size; ) {
        let a = Kt.readSync(i, h, 0, n, o);
        if (a === 0) break;
        o += a, t.write(h.subarray(0, a));
      }
      t.end();
    }
  } finally {
    if (typeof i == "number") try {
      Kt.closeSync(i);
    } catch {
    }
  }
};
var Bn = (s3, t) => {
  let e = new rt(s3), i = s3.maxReadSize || 16 * 1024 * 1024, r = s3.file;
  return new Promise((o, h) => {
    e.on("error", h), e.on("end", o), Kt.stat(r, (a, l) => {
      if (a) h(a);
      else {
        let c = new _t(r, { readSize: i, size: l.size });
        c.on("error", h), c.pipe(e);
      }
    });
  });
};
var Ct = K(Mn, Bn, (s3) => new rt(s3), (s3) => new rt(s3), (s3, t) => {
  t?.length && Qi(s3, t), s3.noResume || vn(s3);
});
var Ji = (s3, t, e) => (s3 &= 4095, e && (s3 = (s3 | 384) & -19), t && (s3 & 256 && (s3 |= 64), s3 & 32 && (s3 |= 8), s3 & 4 && (s3 |= 1)), s3);
var { isAbsolute: zn, parse: qs } = Pn;
var ce = (s3) => {
  let t = "", e = qs(s3);
  for (; zn(s3) || e.root; ) {
    let i = s3.charAt(0) === "/" && s3.slice(0, 4) !== "//?/" ? "/" : e.root;
    s3 = s3.slice(i.length), t += i, e = qs(s3);
  }
  return [t, s3];
};
var ei = ["|", "<", ">", "?", ":"];
var ji = ei.map((s3) => String.fromCodePoint(61440 + Number(s3.codePointAt(0))));
var Un = new Map(ei.map((s3, t) => [s3, ji[t]]));
var Hn = new Map(ji.map((s3, t) => [s3, ei[t]]));
var ts = (s3) => ei.reduce((t, e) => t.split(e).join(Un.get(e)), s3);
var Qs = (s3) => ji.reduce((t, e) => t.split(e).join(Hn.get(e)), s3);
var rr = (s3, t) => t ? (s3 = f(s3).replace(/^\.(\/|$)/, ""), mt(t) + "/" + s3) : f(s3);
var Wn = 16 * 1024 * 1024;
var tr = /* @__PURE__ */ Symbol("process");
var er = /* @__PURE__ */ Symbol("file");
var ir = /* @__PURE__ */ Symbol("directory");
var is = /* @__PURE__ */ Symbol("symlink");
var sr = /* @__PURE__ */ Symbol("hardlink");
var fe = /* @__PURE__ */ Symbol("header");
var ii = /* @__PURE__ */ Symbol("read");
var ss = /* @__PURE__ */ Symbol("lstat");
var si = /* @__PURE__ */ Symbol("onlstat");
var rs = /* @__PURE__ */ Symbol("onread");
var ns = /* @__PURE__ */ Symbol("onreadlink");
var os = /* @__PURE__ */ Symbol("openfile");
var hs = /* @__PURE__ */ Symbol("onopenfile");
var pt = /* @__PURE__ */ Symbol("close");
var ri = /* @__PURE__ */ Symbol("mode");
var as = /* @__PURE__ */ Symbol("awaitDrain");
var es = /* @__PURE__ */ Symbol("ondrain");
var q = /* @__PURE__ */ Symbol("prefix");
var de = class extends A {
  path;
  portable;
  myuid = process.getuid && process.getuid() || 0;
  myuser = process.env.USER || "";
  maxReadSize;
  linkCache;
  statCache;
  preservePaths;
  cwd;
  strict;
  mtime;
  noPax;
  noMtime;
  prefix;
  fd;
  blockLen = 0;
  blockRemain = 0;
  buf;
  pos = 0;
  remain = 0;
  length = 0;
  offset = 0;
  win32;
  absolute;
  header;
  type;
  linkpath;
  stat;
  onWriteEntry;
  #t = false;
  constructor(t, e = {}) {
    let i = se(e);
    super(), this.path = f(t), this.portable = !!i.portable, this.maxReadSize = i.maxReadSize || Wn, this.linkCache = i.linkCache || /* @__PURE__ */ new Map(), this.statCache = i.statCache || /* @__PURE__ */ new Map(), this.preservePaths = !!i.preservePaths, this.cwd = f(i.cwd || process.cwd()), this.strict = !!i.strict, this.noPax = !!i.noPax, this.noMtime = !!i.noMtime, this.mtime = i.mtime, this.prefix = i.prefix ? f(i.prefix) : void 0, this.onWriteEntry = i.onWriteEntry, typeof i.onwarn == "function" && this.on("warn", i.onwarn);
    let r = false;
    if (!this.preservePaths) {
      let [o, h] = ce(this.path);
      o && typeof h == "string" && (this.path = h, r = o);
    }
    this.win32 = !!i.win32 || process.platform === "win32", this.win32 && (this.path = Qs(this.path.replaceAll(/\\/g, "/")), t = t.replaceAll(/\\/g, "/")), this.absolute = f(i.absolute || js.resolve(this.cwd, t)), this.path === "" && (this.path = "./"), r && this.warn("TAR_ENTRY_INFO", `stripping ${r} from absolute path`, { entry: this, path: r + this.path });
    let n = this.statCache.get(this.absolute);
    n ? this[si](n) : this[ss]();
  }
  warn(t, e, i = {}) {
    return Dt(this, t, e, i);
  }
  emit(t, ...e) {
    return t === "error" && (this.#t = true), super.emit(t, ...e);
  }
  [ss]() {
    X.lstat(this.absolute, (t, e) => {
      if (t) return this.emit("error", t);
      this[si](e);
    });
  }
  [si](t) {
    this.statCache.set(this.absolute, t), this.stat = t, t.isFile() || (t.size = 0), this.type = Gn(t), this.emit("stat", t), this[tr]();
  }
  [tr]() {
    switch (this.type) {
      case "File":
        return this[er]();
      case "Directory":
        return this[ir]();
      case "SymbolicLink":
        return this[is]();
      default:
        return this.end();
    }
  }
  [ri](t) {
    return Ji(t, this.type === "Directory", this.portable);
  }
  [q](t) {
    return rr(t, this.prefix);
  }
  [fe]() {
    if (!this.stat) throw new Error("cannot write header before stat");
    this.type === "Directory" && this.portable && (this.noMtime = true), this.onWriteEntry?.(this), this.header = new F({ path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, mode: this[ri](this.stat.mode), uid: this.portable ? void 0 : this.stat.uid, gid: this.portable ? void 0 : this.stat.gid, size: this.stat.size, mtime: this.noMtime ? void 0 : this.mtime || this.stat.mtime, type: this.type === "Unsupported" ? void 0 : this.type, uname: this.portable ? void 0 : this.stat.uid === this.myuid ? this.myuser : "", atime: this.portable ? void 0 : this.stat.atime, ctime: this.portable ? void 0 : this.stat.ctime }), this.header.encode() && !this.noPax && super.write(new ft({ atime: this.portable ? void 0 : this.header.atime, ctime: this.portable ? void 0 : this.header.ctime, gid: this.portable ? void 0 : this.header.gid, mtime: this.noMtime ? void 0 : this.mtime || this.header.mtime, path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, size: this.header.size, uid: this.portable ? void 0 : this.header.uid, uname: this.portable ? void 0 : this.header.uname, dev: this.portable ? void 0 : this.stat.dev, ino: this.portable ? void 0 : this.stat.ino, nlink: this.portable ? void 0 : this.stat.nlink }).encode());
    let t = this.header?.block;
    if (!t) throw new Error("failed to encode header");
    super.write(t);
  }
  [ir]() {
    if (!this.stat) throw new Error("cannot create directory entry without stat");
    this.path.slice(-1) !== "/" && (this.path += "/"), this.stat.size = 0, this[fe](), this.end();
  }
  [is]() {
    X.readlink(this.absolute, (t, e) => {
      if (t) return this.emit("error", t);
      this[ns](e);
    });
  }
  [ns](t) {
    this.linkpath = f(t), this[fe](), this.end();
  }
  [sr](t) {
    if (!this.stat) throw new Error("cannot create link entry without stat");
    this.type = "Link", this.linkpath = f(js.relative(this.cwd, t)), this.stat.size = 0, this[fe](), this.end();
  }
  [er]() {
    if (!this.stat) throw new Error("cannot create file entry without stat");
    if (this.stat.nlink > 1) {
      let t = `${this.stat.dev}:${this.stat.ino}`, e = this.linkCache.get(t);
      if (e?.indexOf(this.cwd) === 0) return this[sr](e);
      this.linkCache.set(t, this.absolute);
    }
    if (this[fe](), this.stat.size === 0) return this.end();
    this[os]();
  }
  [os]() {
    X.open(this.absolute, "r", (t, e) => {
      if (t) return this.emit("error", t);
      this[hs](e);
    });
  }
  [hs](t) {
    if (this.fd = t, this.#t) return this[pt]();
    if (!this.stat) throw new Error("should stat before calling onopenfile");
    this.blockLen = 512 * Math.ceil(this.stat.size / 512), this.blockRemain = this.blockLen;
    let e = Math.min(this.blockLen, this.maxReadSize);
    this.buf = Buffer.allocUnsafe(e), this.offset = 0, this.pos = 0, this.remain = this.stat.size, this.length = this.buf.length, this[ii]();
  }
  [ii]() {
    let { fd: t, buf: e, offset: i, length: r, pos: n } = this;
    if (t === void 0 || e === void 0) throw new Error("cannot read file without first opening");
    X.read(t, e, i, r, n, (o, h) => {
      if (o) return this[pt](() => this.emit("error", o));
      this[rs](h);
    });
  }
  [pt](t = () => {
  }) {
    this.fd !== void 0 && X.close(this.fd, t);
  }
  [rs](t) {
    if (t <= 0 && this.remain > 0) {
      let r = Object.assign(new Error("encountered unexpected EOF"), { path: this.absolute, syscall: "read", code: "EOF" });
      return this[pt](() => this.emit("error", r));
    }
    if (t > this.remain) {
      let r = Object.assign(new Error("did not encounter expected EOF"), { path: this.absolute, syscall: "read", code: "EOF" });
      return this[pt](() => this.emit("error", r));
    }
    if (!this.buf) throw new Error("should have created buffer prior to reading");
    if (t === this.remain) for (let r = t; r < this.length && t < this.blockRemain; r++) this.buf[r + this.offset] = 0, t++, this.remain++;
    let e = this.offset === 0 && t === this.buf.length ? this.buf : this.buf.subarray(this.offset, this.offset + t);
    this.write(e) ? this[es]() : this[as](() => this[es]());
  }
  [as](t) {
    this.once("drain", t);
  }
  write(t, e, i) {
    if (typeof e == "function" && (i = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, typeof e == "string" ? e : "utf8")), this.blockRemain < t.length) {
      let r = Object.assign(new Error("writing more data than expected"), { path: this.absolute });
      return this.emit("error", r);
    }
    return this.remain -= t.length, this.blockRemain -= t.length, this.pos += t.length, this.offset += t.length, super.write(t, null, i);
  }
  [es]() {
    if (!this.remain) return this.blockRemain && super.write(Buffer.alloc(this.blockRemain)), this[pt]((t) => t ? this.emit("error", t) : this.end());
    if (!this.buf) throw new Error("buffer lost somehow in ONDRAIN");
    this.offset >= this.length && (this.buf = Buffer.allocUnsafe(Math.min(this.blockRemain, this.buf.length)), this.offset = 0), this.length = this.buf.length - this.offset, this[ii]();
  }
};
var ni = class extends de {
  sync = true;
  [ss]() {
    this[si](X.lstatSync(this.absolute));
  }
  [is]() {
    this[ns](X.readlinkSync(this.absolute));
  }
  [os]() {
    this[hs](X.openSync(this.absolute, "r"));
  }
  [ii]() {
    let t = true;
    try {
      let { fd: e, buf: i, offset: r, length: n, pos: o } = this;
      if (e === void 0 || i === void 0) throw new Error("fd and buf must be set in READ method");
      let h = X.readSync(e, i, r, n, o);
      this[rs](h), t = false;
    } finally {
      if (t) try {
        this[pt](() => {
        });
      } catch {
      }
    }
  }
  [as](t) {
    t();
  }
  [pt](t = () => {
  }) {
    this.fd !== void 0 && X.closeSync(this.fd), t();
  }
};
var oi = class extends A {
  blockLen = 0;
  blockRemain = 0;
  buf = 0;
  pos = 0;
  remain = 0;
  length = 0;
  preservePaths;
  portable;
  strict;
  noPax;
  noMtime;
  readEntry;
  type;
  prefix;
  path;
  mode;
  uid;
  gid;
  uname;
  gname;
  header;
  mtime;
  atime;
  ctime;
  linkpath;
  size;
  onWriteEntry;
  warn(t, e, i = {}) {
    return Dt(this, t, e, i);
  }
  constructor(t, e = {}) {
    let i = se(e);
    super(), this.preservePaths = !!i.preservePaths, this.portable = !!i.portable, this.strict = !!i.strict, this.noPax = !!i.noPax, this.noMtime = !!i.noMtime, this.onWriteEntry = i.onWriteEntry, this.readEntry = t;
    let { type: r } = t;
    if (r === "Unsupported") throw new Error("writing entry that should be ignored");
    this.type = r, this.type === "Directory" && this.portable && (this.noMtime = true), this.prefix = i.prefix, this.path = f(t.path), this.mode = t.mode !== void 0 ? this[ri](t.mode) : void 0, this.uid = this.portable ? void 0 : t.uid, this.gid = this.portable ? void 0 : t.gid, this.uname = this.portable ? void 0 : t.uname, this.gname = this.portable ? void 0 : t.gname, this.size = t.size, this.mtime = this.noMtime ? void 0 : i.mtime || t.mtime, this.atime = this.portable ? void 0 : t.atime, this.ctime = this.portable ? void 0 : t.ctime, this.linkpath = t.linkpath !== void 0 ? f(t.linkpath) : void 0, typeof i.onwarn == "function" && this.on("warn", i.onwarn);
    let n = false;
    if (!this.preservePaths) {
      let [h, a] = ce(this.path);
      h && typeof a == "string" && (this.path = a, n = h);
    }
    this.remain = t.size, this.blockRemain = t.startBlockSize, this.onWriteEntry?.(this), this.header = new F({ path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, mode: this.mode, uid: this.portable ? void 0 : this.uid, gid: this.portable ? void 0 : this.gid, size: this.size, mtime: this.noMtime ? void 0 : this.mtime, type: this.type, uname: this.portable ? void 0 : this.uname, atime: this.portable ? void 0 : this.atime, ctime: this.portable ? void 0 : this.ctime }), n && this.warn("TAR_ENTRY_INFO", `stripping ${n} from absolute path`, { entry: this, path: n + this.path }), this.header.encode() && !this.noPax && super.write(new ft({ atime: this.portable ? void 0 : this.atime, ctime: this.portable ? void 0 : this.ctime, gid: this.portable ? void 0 : this.gid, mtime: this.noMtime ? void 0 : this.mtime, path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, size: this.size, uid: this.portable ? void 0 : this.uid, uname: this.portable ? void 0 : this.uname, dev: this.portable ? void 0 : this.readEntry.dev, ino: this.portable ? void 0 : this.readEntry.ino, nlink: this.portable ? void 0 : this.readEntry.nlink }).encode());
    let o = this.header?.block;
    if (!o) throw new Error("failed to encode header");
    super.write(o), t.pipe(this);
  }
  [q](t) {
    return rr(t, this.prefix);
  }
  [ri](t) {
    return Ji(t, this.type === "Directory", this.portable);
  }
  write(t, e, i) {
    typeof e == "function" && (i = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, typeof e == "string" ? e : "utf8"));
    let r = t.length;
    if (r > this.blockRemain) throw new Error("writing more to entry than is appropriate");
    return this.blockRemain -= r, super.write(t, i);
  }
  end(t, e, i) {
    return this.blockRemain && super.write(Buffer.alloc(this.blockRemain)), typeof t == "function" && (i = t, e = void 0, t = void 0), typeof e == "function" && (i = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, e ?? "utf8")), i && this.once("finish", i), t ? super.end(t, i) : super.end(i), this;
  }
};
var Gn = (s3) => s3.isFile() ? "File" : s3.isDirectory() ? "Directory" : s3.isSymbolicLink() ? "SymbolicLink" : "Unsupported";
var hi = class s2 {
  tail;
  head;
  length = 0;
  static create(t = []) {
    return new s2(t);
  }
  constructor(t = []) {
    for (let e of t) this.push(e);
  }
  *[Symbol.iterator]() {
    for (let t = this.head; t; t = t.next) yield t.value;
  }
  removeNode(t) {
    if (t.list !== this) throw new Error("removing node which does not belong to this list");
    let e = t.next, i = t.prev;
    return e && (e.prev = i), i && (i.next = e), t === this.head && (this.head = e), t === this.tail && (this.tail = i), this.length--, t.next = void 0, t.prev = void 0, t.list = void 0, e;
  }
  unshiftNode(t) {
    if (t === this.head) return;
    t.list && t.list.removeNode(t);
    let e = this.head;
    t.list = this, t.next = e, e && (e.prev = t), this.head = t, this.tail || (this.tail = t), this.length++;
  }
  pushNode(t) {
    if (t === this.tail) return;
    t.list && t.list.removeNode(t);
    let e = this.tail;
    t.list = this, t.prev = e, e && (e.next = t), this.tail = t, this.head || (this.head = t), this.length++;
  }
  push(...t) {
    for (let e = 0, i = t.length; e < i; e++) Yn(this, t[e]);
    return this.length;
  }
  unshift(...t) {
    for (var e = 0, i = t.length; e < i; e++) Kn(this, t[e]);
    return this.length;
  }
  pop() {
    if (!this.tail) return;
    let t = this.tail.value, e = this.tail;
    return this.tail = this.tail.prev, this.tail ? this.tail.next = void 0 : this.head = void 0, e.list = void 0, this.length--, t;
  }
  shift() {
    if (!this.head) return;
    let t = this.head.value, e = this.head;
    return this.head = this.head.next, this.head ? this.head.prev = void 0 : this.tail = void 0, e.list = void 0, this.length--, t;
  }
  forEach(t, e) {
    e = e || this;
    for (let i = this.head, r = 0; i; r++) t.call(e, i.value, r, this), i = i.next;
  }
  forEachReverse(t, e) {
    e = e || this;
    for (let i = this.tail, r = this.length - 1; i; r--) t.call(e, i.value, r, this), i = i.prev;
  }
  get(t) {
    let e = 0, i = this.head;
    for (; i && e < t; e++) i = i.next;
    if (e === t && i) return i.value;
  }
  getReverse(t) {
    let e = 0, i = this.tail;
    for (; i && e < t; e++) i = i.prev;
    if (e === t && i) return i.value;
  }
  map(t, e) {
    e = e || this;
    let i = new s2();
    for (let r = this.head; r; ) i.push(t.call(e, r.value, this)), r = r.next;
    return i;
  }
  mapReverse(t, e) {
    e = e || this;
    var i = new s2();
    for (let r = this.tail; r; ) i.push(t.call(e, r.value, this)), r = r.prev;
    return i;
  }
  reduce(t, e) {
    let i, r = this.head;
    if (arguments.length > 1) i = e;
    else if (this.head) r = this.head.next, i = this.head.value;
    else throw new TypeError("Reduce of empty list with no initial value");
    for (var n = 0; r; n++) i = t(i, r.value, n), r = r.next;
    return i;
  }
  reduceReverse(t, e) {
    let i, r = this.tail;
    if (arguments.length > 1) i = e;
    else if (this.tail) r = this.tail.prev, i = this.tail.value;
    else throw new TypeError("Reduce of empty list with no initial value");
    for (let n = this.length - 1; r; n--) i = t(i, r.value, n), r = r.prev;
    return i;
  }
  toArray() {
    let t = new Array(this.length);
    for (let e = 0, i = this.head; i; e++) t[e] = i.value, i = i.next;
    return t;
  }
  toArrayReverse() {
    let t = new Array(this.length);
    for (let e = 0, i = this.tail; i; e++) t[e] = i.value, i = i.prev;
    return t;
  }
  slice(t = 0, e = this.length) {
    e < 0 && (e += this.length), t < 0 && (t += this.length);
    let i = new s2();
    if (e < t || e < 0) return i;
    t < 0 && (t = 0), e > this.length && (e = this.length);
    let r = this.head, n = 0;
    for (n = 0; r && n < t; n++) r = r.next;
    for (; r && n < e; n++, r = r.next) i.push(r.value);
    return i;
  }
  sliceReverse(t = 0, e = this.length) {
    e < 0 && (e += this.length), t < 0 && (t += this.length);
    let i = new s2();
    if (e < t || e < 0) return i;
    t < 0 && (t = 0), e > this.length && (e = this.length);
    let r = this.length, n = this.tail;
    for (; n && r > e; r--) n = n.prev;
    for (; n && r > t; r--, n = n.prev) i.push(n.value);
    return i;
  }
  splice(t, e = 0, ...i) {
    t > this.length && (t = this.length - 1), t < 0 && (t = this.length + t);
    let r = this.head;
    for (let o = 0; r && o < t; o++) r = r.next;
    let n = [];
    for (let o = 0; r && o < e; o++) n.push(r.value), r = this.removeNode(r);
    r ? r !== this.tail && (r = r.prev) : r = this.tail;
    for (let o of i) r = Zn(this, r, o);
    return n;
  }
  reverse() {
    let t = this.head, e = this.tail;
    for (let i = t; i; i = i.prev) {
      let r = i.prev;
      i.prev = i.next, i.next = r;
    }
    return this.head = e, this.tail = t, this;
  }
};
function Zn(s3, t, e) {
  let i = t, r = t ? t.next : s3.head, n = new ue(e, i, r, s3);
  return n.next === void 0 && (s3.tail = n), n.prev === void 0 && (s3.head = n), s3.length++, n;
}
function Yn(s3, t) {
  s3.tail = new ue(t, s3.tail, void 0, s3), s3.head || (s3.head = s3.tail), s3.length++;
}
function Kn(s3, t) {
  s3.head = new ue(t, void 0, s3.head, s3), s3.tail || (s3.tail = s3.head), s3.length++;
}
var ue = class {
  list;
  next;
  prev;
  value;
  constructor(t, e, i, r) {
    this.list = r, this.value = t, e ? (e.next = this, this.prev = e) : this.prev = void 0, i ? (i.prev = this, this.next = i) : this.next = void 0;
  }
};
var pi = class {
  path;
  absolute;
  entry;
  stat;
  readdir;
  pending = false;
  pendingLink = false;
  ignore = false;
  piped = false;
  constructor(t, e) {
    this.path = t || "./", this.absolute = e;
  }
};
var nr = Buffer.alloc(1024);
var li = /* @__PURE__ */ Symbol("onStat");
var me = /* @__PURE__ */ Symbol("ended");
var W = /* @__PURE__ */ Symbol("queue");
var pe = /* @__PURE__ */ Symbol("pendingLinks");
var Et = /* @__PURE__ */ Symbol("current");
var Ft = /* @__PURE__ */ Symbol("process");
var Ee = /* @__PURE__ */ Symbol("processing");
var ai = /* @__PURE__ */ Symbol("processJob");
var G = /* @__PURE__ */ Symbol("jobs");
var ls = /* @__PURE__ */ Symbol("jobDone");
var ci = /* @__PURE__ */ Symbol("addFSEntry");
var or = /* @__PURE__ */ Symbol("addTarEntry");
var ds = /* @__PURE__ */ Symbol("stat");
var us = /* @__PURE__ */ Symbol("readdir");
var fi = /* @__PURE__ */ Symbol("onreaddir");
var di = /* @__PURE__ */ Symbol("pipe");
var hr = /* @__PURE__ */ Symbol("entry");
var cs = /* @__PURE__ */ Symbol("entryOpt");
var ui = /* @__PURE__ */ Symbol("writeEntryClass");
var lr = /* @__PURE__ */ Symbol("write");
var fs = /* @__PURE__ */ Symbol("ondrain");
var wt = class extends A {
  sync = false;
  opt;
  cwd;
  maxReadSize;
  preservePaths;
  strict;
  noPax;
  prefix;
  linkCache;
  statCache;
  file;
  portable;
  zip;
  readdirCache;
  noDirRecurse;
  follow;
  noMtime;
  mtime;
  filter;
  jobs;
  [ui];
  onWriteEntry;
  [W];
  [pe] = /* @__PURE__ */ new Map();
  [G] = 0;
  [Ee] = false;
  [me] = false;
  constructor(t = {}) {
    if (super(), this.opt = t, this.file = t.file || "", this.cwd = t.cwd || process.cwd(), this.maxReadSize = t.maxReadSize, this.preservePaths = !!t.preservePaths, this.strict = !!t.strict, this.noPax = !!t.noPax, this.prefix = f(t.prefix || ""), this.linkCache = t.linkCache || /* @__PURE__ */ new Map(), this.statCache = t.statCache || /* @__PURE__ */ new Map(), this.readdirCache = t.readdirCache || /* @__PURE__ */ new Map(), this.onWriteEntry = t.onWriteEntry, this[ui] = de, typeof t.onwarn == "function" && this.on("warn", t.onwarn), this.portable = !!t.portable, t.gzip || t.brotli || t.zstd) {
      if ((t.gzip ? 1 : 0) + (t.brotli ? 1 : 0) + (t.zstd ? 1 : 0) > 1) throw new TypeError("gzip, brotli, zstd are mutually exclusive");
      if (t.gzip && (typeof t.gzip != "object" && (t.gzip = {}), this.portable && (t.gzip.portable = true), this.zip = new ze(t.gzip)), t.brotli && (typeof t.brotli != "object" && (t.brotli = {}), this.zip = new We(t.brotli)), t.zstd && (typeof t.zstd != "object" && (t.zstd = {}), this.zip = new Ye(t.zstd)), !this.zip) throw new Error("impossible");
      let e = this.zip;
      e.on("data", (i) => super.write(i)), e.on("end", () => super.end()), e.on("drain", () => this[fs]()), this.on("resume", () => e.resume());
    } else this.on("drain", this[fs]);
    this.noDirRecurse = !!t.noDirRecurse, this.follow = !!t.follow, this.noMtime = !!t.noMtime, t.mtime && (this.mtime = t.mtime), this.filter = typeof t.filter == "function" ? t.filter : () => true, this[W] = new hi(), this[G] = 0, this.jobs = Number(t.jobs) || 4, this[Ee] = false, this[me] = false;
  }
  [lr](t) {
    return super.write(t);
  }
  add(t) {
    return this.write(t), this;
  }
  end(t, e, i) {
    return typeof t == "function" && (i = t, t = void 0), typeof e == "function" && (i = e, e = void 0), t && this.add(t), this[me] = true, this[Ft](), i && i(), this;
  }
  write(t) {
    if (this[me]) throw new Error("write after end");
    return typeof t == "string" ? this[ci](t) : this[or](t), this.flowing;
  }
  [or](t) {
    let e = f(ar.resolve(this.cwd, t.path));
    if (!this.filter(t.path, t)) t.resume();
    else {
      let i = new pi(t.path, e);
      i.entry = new oi(t, this[cs](i)), i.entry.on("end", () => this[ls](i)), this[G] += 1, this[W].push(i);
    }
    this[Ft]();
  }
  [ci](t) {
    let e = f(ar.resolve(this.cwd, t));
    this[W].push(new pi(t, e)), this[Ft]();
  }
  [ds](t) {
    t.pending = true, this[G] += 1;
    let e = this.follow ? "stat" : "lstat";
    mi[e](t.absolute, (i, r) => {
      t.pending = false, this[G] -= 1, i ? this.emit("error", i) : this[li](t, r);
    });
  }
  [li](t, e) {
    if (this.statCache.set(t.absolute, e), t.stat = e, !this.filter(t.path, e)) t.ignore = true;
    else if (e.isFile() && e.nlink > 1 && !this.linkCache.get(`${e.dev}:${e.ino}`) && !this.sync) if (t === this[Et]) this[ai](t);
    else {
      let i = `${e.dev}:${e.ino}`, r = this[pe].get(i);
      r ? r.push(t) : this[pe].set(i, [t]), t.pendingLink = true, t.pending = true;
    }
    this[Ft]();
  }
  [us](t) {
    t.pending = true, this[G] += 1, mi.readdir(t.absolute, (e, i) => {
      if (t.pending = false, this[G] -= 1, e) return this.emit("error", e);
      this[fi](t, i);
    });
  }
  [fi](t, e) {
    this.readdirCache.set(t.absolute, e), t.readdir = e, this[Ft]();
  }
  [Ft]() {
    if (!this[Ee]) {
      this[Ee] = true;
      for (let t = this[W].head; t && this[G] < this.jobs; t = t.next) if (this[ai](t.value), t.value.ignore) {
        let e = t.next;
        this[W].removeNode(t), t.next = e;
      }
      this[Ee] = false, this[me] && this[W].length === 0 && this[G] === 0 && (this.zip ? this.zip.end(nr) : (super.write(nr), super.end()));
    }
  }
  get [Et]() {
    return this[W] && this[W].head && this[W].head.value;
  }
  [ls](t) {
    this[W].shift(), this[G] -= 1;
    let { stat: e } = t;
    if (e && e.isFile() && e.nlink > 1) {
      let i = `${e.dev}:${e.ino}`, r = this[pe].get(i);
      if (r) {
        this[pe].delete(i);
        for (let n of r) n.pending = false, this[ai](n);
      }
    }
    this[Ft]();
  }
  [ai](t) {
    if (t.pending && t.pendingLink && t === this[Et] && (t.pending = false, t.pendingLink = false), !t.pending) {
      if (t.entry) {
        t === this[Et] && !t.piped && this[di](t);
        return;
      }
      if (!t.stat) {
        let e = this.statCache.get(t.absolute);
        e ? this[li](t, e) : this[ds](t);
      }
      if (t.stat && !t.ignore) {
        if (!this.noDirRecurse && t.stat.isDirectory() && !t.readdir) {
          let e = this.readdirCache.get(t.absolute);
          if (e ? this[fi](t, e) : this[us](t), !t.readdir) return;
        }
        if (t.entry = this[hr](t), !t.entry) {
          t.ignore = true;
          return;
        }
        t === this[Et] && !t.piped && this[di](t);
      }
    }
  }
  [cs](t) {
    return { onwarn: (e, i, r) => this.warn(e, i, r), noPax: this.noPax, cwd: this.cwd, absolute: t.absolute, preservePaths: this.preservePaths, maxReadSize: this.maxReadSize, strict: this.strict, portable: this.portable, linkCache: this.linkCache, statCache: this.statCache, noMtime: this.noMtime, mtime: this.mtime, prefix: this.prefix, onWriteEntry: this.onWriteEntry };
  }
  [hr](t) {
    this[G] += 1;
    try {
      return new this[ui](t.path, this[cs](t)).on("end", () => this[ls](t)).on("error", (i) => this.emit("error", i));
    } catch (e) {
      this.emit("error", e);
    }
  }
  [fs]() {
    this[Et] && this[Et].entry && this[Et].entry.resume();
  }
  [di](t) {
    t.piped = true, t.readdir && t.readdir.forEach((r) => {
      let n = t.path, o = n === "./" ? "" : n.replace(/\/*$/, "/");
      this[ci](o + r);
    });
    let e = t.entry, i = this.zip;
    if (!e) throw new Error("cannot pipe without source");
    i ? e.on("data", (r) => {
      i.write(r) || e.pause();
    }) : e.on("data", (r) => {
      super.write(r) || e.pause();
    });
  }
  pause() {
    return this.zip && this.zip.pause(), super.pause();
  }
  warn(t, e, i = {}) {
    Dt(this, t, e, i);
  }
};
var kt = class extends wt {
  sync = true;
  constructor(t) {
    super(t), this[ui] = ni;
  }
  pause() {
  }
  resume() {
  }
  [ds](t) {
    let e = this.follow ? "statSync" : "lstatSync";
    this[li](t, mi[e](t.absolute));
  }
  [us](t) {
    this[fi](t, mi.readdirSync(t.absolute));
  }
  [di](t) {
    let e = t.entry, i = this.zip;
    if (t.readdir && t.readdir.forEach((r) => {
      let n = t.path, o = n === "./" ? "" : n.replace(/\/*$/, "/");
      this[ci](o + r);
    }), !e) throw new Error("Cannot pipe without source");
    i ? e.on("data", (r) => {
      i.write(r);
    }) : e.on("data", (r) => {
      super[lr](r);
    });
  }
};
var Vn = (s3, t) => {
  let e = new kt(s3), i = new Wt(s3.file, { mode: s3.mode || 438 });
  e.pipe(i), fr(e, t);
};
var $n = (s3, t) => {
  let e = new wt(s3), i = new et(s3.file, { mode: s3.mode || 438 });
  e.pipe(i);
  let r = new Promise((n, o) => {
    i.on("error", o), i.on("close", n), e.on("error", o);
  });
  return dr(e, t).catch((n) => e.emit("error", n)), r;
};
var fr = (s3, t) => {
  t.forEach((e) => {
    e.charAt(0) === "@" ? Ct({ file: cr.resolve(s3.cwd, e.slice(1)), sync: true, noResume: true, onReadEntry: (i) => s3.add(i) }) : s3.add(e);
  }), s3.end();
};
var dr = async (s3, t) => {
  for (let e of t) e.charAt(0) === "@" ? await Ct({ file: cr.resolve(String(s3.cwd), e.slice(1)), noResume: true, onReadEntry: (i) => {
    s3.add(i);
  } }) : s3.add(e);
  s3.end();
};
var Xn = (s3, t) => {
  let e = new kt(s3);
  return fr(e, t), e;
};
var qn = (s3, t) => {
  let e = new wt(s3);
  return dr(e, t).catch((i) => e.emit("error", i)), e;
};
var Qn = K(Vn, $n, Xn, qn, (s3, t) => {
  if (!t?.length) throw new TypeError("no paths specified to add to archive");
});
var Jn = process.env.__FAKE_PLATFORM__ || process.platform;
var Er = Jn === "win32";
var { O_CREAT: wr, O_NOFOLLOW: ur, O_TRUNC: Sr, O_WRONLY: yr } = pr.constants;
var Rr = Number(process.env.__FAKE_FS_O_FILENAME__) || pr.constants.UV_FS_O_FILEMAP || 0;
var jn = Er && !!Rr;
var to = 512 * 1024;
var eo = Rr | Sr | wr | yr;
var mr = !Er && typeof ur == "number" ? ur | Sr | wr | yr : null;
var ms = mr !== null ? () => mr : jn ? (s3) => s3 < to ? eo : "w" : () => "w";
var ps = (s3, t, e) => {
  try {
    return wi.lchownSync(s3, t, e);
  } catch (i) {
    if (i?.code !== "ENOENT") throw i;
  }
};
var Ei = (s3, t, e, i) => {
  wi.lchown(s3, t, e, (r) => {
    i(r && r?.code !== "ENOENT" ? r : null);
  });
};
var io = (s3, t, e, i, r) => {
  if (t.isDirectory()) Es(we.resolve(s3, t.name), e, i, (n) => {
    if (n) return r(n);
    let o = we.resolve(s3, t.name);
    Ei(o, e, i, r);
  });
  else {
    let n = we.resolve(s3, t.name);
    Ei(n, e, i, r);
  }
};
var Es = (s3, t, e, i) => {
  wi.readdir(s3, { withFileTypes: true }, (r, n) => {
    if (r) {
      if (r.code === "ENOENT") return i();
      if (r.code !== "ENOTDIR" && r.code !== "ENOTSUP") return i(r);
    }
    if (r || !n.length) return Ei(s3, t, e, i);
    let o = n.length, h = null, a = (l) => {
      if (!h) {
        if (l) return i(h = l);
        if (--o === 0) return Ei(s3, t, e, i);
      }
    };
    for (let l of n) io(s3, l, t, e, a);
  });
};
var so = (s3, t, e, i) => {
  t.isDirectory() && ws(we.resolve(s3, t.name), e, i), ps(we.resolve(s3, t.name), e, i);
};
var ws = (s3, t, e) => {
  let i;
  try {
    i = wi.readdirSync(s3, { withFileTypes: true });
  } catch (r) {
    let n = r;
    if (n?.code === "ENOENT") return;
    if (n?.code === "ENOTDIR" || n?.code === "ENOTSUP") return ps(s3, t, e);
    throw n;
  }
  for (let r of i) so(s3, r, t, e);
  return ps(s3, t, e);
};
var Se = class extends Error {
  path;
  code;
  syscall = "chdir";
  constructor(t, e) {
    super(`${e}: Cannot cd into '${t}'`), this.path = t, this.code = e;
  }
  get name() {
    return "CwdError";
  }
};
var St = class extends Error {
  path;
  symlink;
  syscall = "symlink";
  code = "TAR_SYMLINK_ERROR";
  constructor(t, e) {
    super("TAR_SYMLINK_ERROR: Cannot extract through symbolic link"), this.symlink = t, this.path = e;
  }
  get name() {
    return "SymlinkError";
  }
};
var no = (s3, t) => {
  k.stat(s3, (e, i) => {
    (e || !i.isDirectory()) && (e = new Se(s3, e?.code || "ENOTDIR")), t(e);
  });
};
var gr = (s3, t, e) => {
  s3 = f(s3);
  let i = t.umask ?? 18, r = t.mode | 448, n = (r & i) !== 0, o = t.uid, h = t.gid, a = typeof o == "number" && typeof h == "number" && (o !== t.processUid || h !== t.processGid), l = t.preserve, c = t.unlink, d = f(t.cwd), y = (E, x) => {
    E ? e(E) : x && a ? Es(x, o, h, (Le) => y(Le)) : n ? k.chmod(s3, r, e) : e();
  };
  if (s3 === d) return no(s3, y);
  if (l) return ro.mkdir(s3, { mode: r, recursive: true }).then((E) => y(null, E ?? void 0), y);
  let D = f(Si.relative(d, s3)).split("/");
  Ss(d, D, r, c, d, void 0, y);
};
var Ss = (s3, t, e, i, r, n, o) => {
  if (t.length === 0) return o(null, n);
  let h = t.shift(), a = f(Si.resolve(s3 + "/" + h));
  k.mkdir(a, e, br(a, t, e, i, r, n, o));
};
var br = (s3, t, e, i, r, n, o) => (h) => {
  h ? k.lstat(s3, (a, l) => {
    if (a) a.path = a.path && f(a.path), o(a);
    else if (l.isDirectory()) Ss(s3, t, e, i, r, n, o);
    else if (i) k.unlink(s3, (c) => {
      if (c) return o(c);
      k.mkdir(s3, e, br(s3, t, e, i, r, n, o));
    });
    else {
      if (l.isSymbolicLink()) return o(new St(s3, s3 + "/" + t.join("/")));
      o(h);
    }
  }) : (n = n || s3, Ss(s3, t, e, i, r, n, o));
};
var oo = (s3) => {
  let t = false, e;
  try {
    t = k.statSync(s3).isDirectory();
  } catch (i) {
    e = i?.code;
  } finally {
    if (!t) throw new Se(s3, e ?? "ENOTDIR");
  }
};
var _r = (s3, t) => {
  s3 = f(s3);
  let e = t.umask ?? 18, i = t.mode | 448, r = (i & e) !== 0, n = t.uid, o = t.gid, h = typeof n == "number" && typeof o == "number" && (n !== t.processUid || o !== t.processGid), a = t.preserve, l = t.unlink, c = f(t.cwd), d = (E) => {
    E && h && ws(E, n, o), r && k.chmodSync(s3, i);
  };
  if (s3 === c) return oo(c), d();
  if (a) return d(k.mkdirSync(s3, { mode: i, recursive: true }) ?? void 0);
  let T = f(Si.relative(c, s3)).split("/"), D;
  for (let E = T.shift(), x = c; E && (x += "/" + E); E = T.shift()) {
    x = f(Si.resolve(x));
    try {
      k.mkdirSync(x, i), D = D || x;
    } catch {
      let Le = k.lstatSync(x);
      if (Le.isDirectory()) continue;
      if (l) {
        k.unlinkSync(x), k.mkdirSync(x, i), D = D || x;
        continue;
      } else if (Le.isSymbolicLink()) return new St(x, x + "/" + T.join("/"));
    }
  }
  return d(D);
};
var ys = /* @__PURE__ */ Object.create(null);
var Or = 1e4;
var Vt = /* @__PURE__ */ new Set();
var Tr = (s3) => {
  Vt.has(s3) ? Vt.delete(s3) : ys[s3] = s3.normalize("NFD").toLocaleLowerCase("en").toLocaleUpperCase("en"), Vt.add(s3);
  let t = ys[s3], e = Vt.size - Or;
  if (e > Or / 10) {
    for (let i of Vt) if (Vt.delete(i), delete ys[i], --e <= 0) break;
  }
  return t;
};
var ho = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform;
var ao = ho === "win32";
var lo = (s3) => s3.split("/").slice(0, -1).reduce((e, i) => {
  let r = e.at(-1);
  return r !== void 0 && (i = xr(r, i)), e.push(i || "/"), e;
}, []);
var yi = class {
  #t = /* @__PURE__ */ new Map();
  #i = /* @__PURE__ */ new Map();
  #s = /* @__PURE__ */ new Set();
  reserve(t, e) {
    t = ao ? ["win32 parallelization disabled"] : t.map((r) => mt(xr(Tr(r))));
    let i = new Set(t.map((r) => lo(r)).reduce((r, n) => r.concat(n)));
    this.#i.set(e, { dirs: i, paths: t });
    for (let r of t) {
      let n = this.#t.get(r);
      n ? n.push(e) : this.#t.set(r, [e]);
    }
    for (let r of i) {
      let n = this.#t.get(r);
      if (!n) this.#t.set(r, [/* @__PURE__ */ new Set([e])]);
      else {
        let o = n.at(-1);
        o instanceof Set ? o.add(e) : n.push(/* @__PURE__ */ new Set([e]));
      }
    }
    return this.#r(e);
  }
  #n(t) {
    let e = this.#i.get(t);
    if (!e) throw new Error("function does not have any path reservations");
    return { paths: e.paths.map((i) => this.#t.get(i)), dirs: [...e.dirs].map((i) => this.#t.get(i)) };
  }
  check(t) {
    let { paths: e, dirs: i } = this.#n(t);
    return e.every((r) => r && r[0] === t) && i.every((r) => r && r[0] instanceof Set && r[0].has(t));
  }
  #r(t) {
    return this.#s.has(t) || !this.check(t) ? false : (this.#s.add(t), t(() => this.#e(t)), true);
  }
  #e(t) {
    if (!this.#s.has(t)) return false;
    let e = this.#i.get(t);
    if (!e) throw new Error("invalid reservation");
    let { paths: i, dirs: r } = e, n = /* @__PURE__ */ new Set();
    for (let o of i) {
      let h = this.#t.get(o);
      if (!h || h?.[0] !== t) continue;
      let a = h[1];
      if (!a) {
        this.#t.delete(o);
        continue;
      }
      if (h.shift(), typeof a == "function") n.add(a);
      else for (let l of a) n.add(l);
    }
    for (let o of r) {
      let h = this.#t.get(o), a = h?.[0];
      if (!(!h || !(a instanceof Set))) if (a.size === 1 && h.length === 1) {
        this.#t.delete(o);
        continue;
      } else if (a.size === 1) {
        h.shift();
        let l = h[0];
        typeof l == "function" && n.add(l);
      } else a.delete(t);
    }
    return this.#s.delete(t), n.forEach((o) => this.#r(o)), true;
  }
};
var Lr = () => process.umask();
var Dr = /* @__PURE__ */ Symbol("onEntry");
var _s = /* @__PURE__ */ Symbol("checkFs");
var Nr = /* @__PURE__ */ Symbol("checkFs2");
var Os = /* @__PURE__ */ Symbol("isReusable");
var P = /* @__PURE__ */ Symbol("makeFs");
var Ts = /* @__PURE__ */ Symbol("file");
var xs = /* @__PURE__ */ Symbol("directory");
var gi = /* @__PURE__ */ Symbol("link");
var Ar = /* @__PURE__ */ Symbol("symlink");
var Ir = /* @__PURE__ */ Symbol("hardlink");
var Re = /* @__PURE__ */ Symbol("ensureNoSymlink");
var Cr = /* @__PURE__ */ Symbol("unsupported");
var Fr = /* @__PURE__ */ Symbol("checkPath");
var Rs = /* @__PURE__ */ Symbol("stripAbsolutePath");
var yt = /* @__PURE__ */ Symbol("mkdir");
var O = /* @__PURE__ */ Symbol("onError");
var Ri = /* @__PURE__ */ Symbol("pending");
var kr = /* @__PURE__ */ Symbol("pend");
var $t = /* @__PURE__ */ Symbol("unpend");
var gs = /* @__PURE__ */ Symbol("ended");
var bs = /* @__PURE__ */ Symbol("maybeClose");
var Ls = /* @__PURE__ */ Symbol("skip");
var ge = /* @__PURE__ */ Symbol("doChown");
var be = /* @__PURE__ */ Symbol("uid");
var _e = /* @__PURE__ */ Symbol("gid");
var Oe = /* @__PURE__ */ Symbol("checkedCwd");
var fo = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform;
var Te = fo === "win32";
var uo = 1024;
var mo = (s3, t) => {
  if (!Te) return u.unlink(s3, t);
  let e = s3 + ".DELETE." + Mr(16).toString("hex");
  u.rename(s3, e, (i) => {
    if (i) return t(i);
    u.unlink(e, t);
  });
};
var po = (s3) => {
  if (!Te) return u.unlinkSync(s3);
  let t = s3 + ".DELETE." + Mr(16).toString("hex");
  u.renameSync(s3, t), u.unlinkSync(t);
};
var vr = (s3, t, e) => s3 !== void 0 && s3 === s3 >>> 0 ? s3 : t !== void 0 && t === t >>> 0 ? t : e;
var Xt = class extends rt {
  [gs] = false;
  [Oe] = false;
  [Ri] = 0;
  reservations = new yi();
  transform;
  writable = true;
  readable = false;
  uid;
  gid;
  setOwner;
  preserveOwner;
  processGid;
  processUid;
  maxDepth;
  forceChown;
  win32;
  newer;
  keep;
  noMtime;
  preservePaths;
  unlink;
  cwd;
  strip;
  processUmask;
  umask;
  dmode;
  fmode;
  chmod;
  constructor(t = {}) {
    if (t.ondone = () => {
      this[gs] = true, this[bs]();
    }, super(t), this.transform = t.transform, this.chmod = !!t.chmod, typeof t.uid == "number" || typeof t.gid == "number") {
      if (typeof t.uid != "number" || typeof t.gid != "number") throw new TypeError("cannot set owner without number uid and gid");
      if (t.preserveOwner) throw new TypeError("cannot preserve owner in archive and also set owner explicitly");
      this.uid = t.uid, this.gid = t.gid, this.setOwner = true;
    } else this.uid = void 0, this.gid = void 0, this.setOwner = false;
    this.preserveOwner = t.preserveOwner === void 0 && typeof t.uid != "number" ? process.getuid?.() === 0 : !!t.preserveOwner, this.processUid = (this.preserveOwner || this.setOwner) && process.getuid ? process.getuid() : void 0, this.processGid = (this.preserveOwner || this.setOwner) && process.getgid ? process.getgid() : void 0, this.maxDepth = typeof t.maxDepth == "number" ? t.maxDepth : uo, this.forceChown = t.forceChown === true, this.win32 = !!t.win32 || Te, this.newer = !!t.newer, this.keep = !!t.keep, this.noMtime = !!t.noMtime, this.preservePaths = !!t.preservePaths, this.unlink = !!t.unlink, this.cwd = f(R.resolve(t.cwd || process.cwd())), this.strip = Number(t.strip) || 0, this.processUmask = this.chmod ? typeof t.processUmask == "number" ? t.processUmask : Lr() : 0, this.umask = typeof t.umask == "number" ? t.umask : this.processUmask, this.dmode = t.dmode || 511 & ~this.umask, this.fmode = t.fmode || 438 & ~this.umask, this.on("entry", (e) => this[Dr](e));
  }
  warn(t, e, i = {}) {
    return (t === "TAR_BAD_ARCHIVE" || t === "TAR_ABORT") && (i.recoverable = false), super.warn(t, e, i);
  }
  [bs]() {
    this[gs] && this[Ri] === 0 && (this.emit("prefinish"), this.emit("finish"), this.emit("end"));
  }
  [Rs](t, e) {
    let i = t[e], { type: r } = t;
    if (!i || this.preservePaths) return true;
    let [n, o] = ce(i), h = o.replaceAll(/\\/g, "/").split("/");
    if (h.includes("..") || Te && /^[a-z]:\.\.$/i.test(h[0] ?? "")) {
      if (e === "path" || r === "Link") return this.warn("TAR_ENTRY_ERROR", `${e} contains '..'`, { entry: t, [e]: i }), false;
      let a = R.posix.dirname(t.path), l = R.posix.normalize(R.posix.join(a, h.join("/")));
      if (l.startsWith("../") || l === "..") return this.warn("TAR_ENTRY_ERROR", `${e} escapes extraction directory`, { entry: t, [e]: i }), false;
    }
    return n && (t[e] = String(o), this.warn("TAR_ENTRY_INFO", `stripping ${n} from absolute ${e}`, { entry: t, [e]: i })), true;
  }
  [Fr](t) {
    let e = f(t.path), i = e.split("/");
    if (this.strip) {
      if (i.length < this.strip) return false;
      if (t.type === "Link") {
        let r = f(String(t.linkpath)).split("/");
        if (r.length >= this.strip) t.linkpath = r.slice(this.strip).join("/");
        else return false;
      }
      i.splice(0, this.strip), t.path = i.join("/");
    }
    if (isFinite(this.maxDepth) && i.length > this.maxDepth) return this.warn("TAR_ENTRY_ERROR", "path excessively deep", { entry: t, path: e, depth: i.length, maxDepth: this.maxDepth }), false;
    if (!this[Rs](t, "path") || !this[Rs](t, "linkpath")) return false;
    if (t.absolute = R.isAbsolute(t.path) ? f(R.resolve(t.path)) : f(R.resolve(this.cwd, t.path)), !this.preservePaths && typeof t.absolute == "string" && t.absolute.indexOf(this.cwd + "/") !== 0 && t.absolute !== this.cwd) return this.warn("TAR_ENTRY_ERROR", "path escaped extraction target", { entry: t, path: f(t.path), resolvedPath: t.absolute, cwd: this.cwd }), false;
    if (t.absolute === this.cwd && t.type !== "Directory" && t.type !== "GNUDumpDir") return false;
    if (this.win32) {
      let { root: r } = R.win32.parse(String(t.absolute));
      t.absolute = r + ts(String(t.absolute).slice(r.length));
      let { root: n } = R.win32.parse(t.path);
      t.path = n + ts(t.path.slice(n.length));
    }
    return true;
  }
  [Dr](t) {
    if (!this[Fr](t)) return t.resume();
    switch (co.equal(typeof t.absolute, "string"), t.type) {
      case "Directory":
      case "GNUDumpDir":
        t.mode && (t.mode = t.mode | 448);
      case "File":
      case "OldFile":
      case "ContiguousFile":
      case "Link":
      case "SymbolicLink":
        return this[_s](t);
      default:
        return this[Cr](t);
    }
  }
  [O](t, e) {
    t.name === "CwdError" ? this.emit("error", t) : (this.warn("TAR_ENTRY_ERROR", t, { entry: e }), this[$t](), e.resume());
  }
  [yt](t, e, i) {
    gr(f(t), { uid: this.uid, gid: this.gid, processUid: this.processUid, processGid: this.processGid, umask: this.processUmask, preserve: this.preservePaths, unlink: this.unlink, cwd: this.cwd, mode: e }, i);
  }
  [ge](t) {
    return this.forceChown || this.preserveOwner && (typeof t.uid == "number" && t.uid !== this.processUid || typeof t.gid == "number" && t.gid !== this.processGid) || typeof this.uid == "number" && this.uid !== this.processUid || typeof this.gid == "number" && this.gid !== this.processGid;
  }
  [be](t) {
    return vr(this.uid, t.uid, this.processUid);
  }
  [_e](t) {
    return vr(this.gid, t.gid, this.processGid);
  }
  [Ts](t, e) {
    let i = typeof t.mode == "number" ? t.mode & 4095 : this.fmode, r = new et(String(t.absolute), { flags: ms(t.size), mode: i, autoClose: false });
    r.on("error", (a) => {
      r.fd && u.close(r.fd, () => {
      }), r.write = () => true, this[O](a, t), e();
    });
    let n = 1, o = (a) => {
      if (a) {
        r.fd && u.close(r.fd, () => {
        }), this[O](a, t), e();
        return;
      }
      --n === 0 && r.fd !== void 0 && u.close(r.fd, (l) => {
        l ? this[O](l, t) : this[$t](), e();
      });
    };
    r.on("finish", () => {
      let a = String(t.absolute), l = r.fd;
      if (typeof l == "number" && t.mtime && !this.noMtime) {
        n++;
        let c = t.atime || /* @__PURE__ */ new Date(), d = t.mtime;
        u.futimes(l, c, d, (y) => y ? u.utimes(a, c, d, (T) => o(T && y)) : o());
      }
      if (typeof l == "number" && this[ge](t)) {
        n++;
        let c = this[be](t), d = this[_e](t);
        typeof c == "number" && typeof d == "number" && u.fchown(l, c, d, (y) => y ? u.chown(a, c, d, (T) => o(T && y)) : o());
      }
      o();
    });
    let h = this.transform && this.transform(t) || t;
    h !== t && (h.on("error", (a) => {
      this[O](a, t), e();
    }), t.pipe(h)), h.pipe(r);
  }
  [xs](t, e) {
    let i = typeof t.mode == "number" ? t.mode & 4095 : this.dmode;
    this[yt](String(t.absolute), i, (r) => {
      if (r) {
        this[O](r, t), e();
        return;
      }
      let n = 1, o = () => {
        --n === 0 && (e(), this[$t](), t.resume());
      };
      t.mtime && !this.noMtime && (n++, u.utimes(String(t.absolute), t.atime || /* @__PURE__ */ new Date(), t.mtime, o)), this[ge](t) && (n++, u.chown(String(t.absolute), Number(this[be](t)), Number(this[_e](t)), o)), o();
    });
  }
  [Cr](t) {
    t.unsupported = true, this.warn("TAR_ENTRY_UNSUPPORTED", `unsupported entry type: ${t.type}`, { entry: t }), t.resume();
  }
  [Ar](t, e) {
    let i = f(R.relative(this.cwd, R.resolve(R.dirname(String(t.absolute)), String(t.linkpath)))).split("/");
    this[Re](t, this.cwd, i, () => this[gi](t, String(t.linkpath), "symlink", e), (r) => {
      this[O](r, t), e();
    });
  }
  [Ir](t, e) {
    let i = f(R.resolve(this.cwd, String(t.linkpath))), r = f(String(t.linkpath)).split("/");
    this[Re](t, this.cwd, r, () => this[gi](t, i, "link", e), (n) => {
      this[O](n, t), e();
    });
  }
  [Re](t, e, i, r, n) {
    let o = i.shift();
    if (this.preservePaths || o === void 0) return r();
    let h = R.resolve(e, o);
    u.lstat(h, (a, l) => {
      if (a) return r();
      if (l?.isSymbolicLink()) return n(new St(h, R.resolve(h, i.join("/"))));
      this[Re](t, h, i, r, n);
    });
  }
  [kr]() {
    this[Ri]++;
  }
  [$t]() {
    this[Ri]--, this[bs]();
  }
  [Ls](t) {
    this[$t](), t.resume();
  }
  [Os](t, e) {
    return t.type === "File" && !this.unlink && e.isFile() && e.nlink <= 1 && !Te;
  }
  [_s](t) {
    this[kr]();
    let e = [t.path];
    t.linkpath && e.push(t.linkpath), this.reservations.reserve(e, (i) => this[Nr](t, i));
  }
  [Nr](t, e) {
    let i = (h) => {
      e(h);
    }, r = () => {
      this[yt](this.cwd, this.dmode, (h) => {
        if (h) {
          this[O](h, t), i();
          return;
        }
        this[Oe] = true, n();
      });
    }, n = () => {
      if (t.absolute !== this.cwd) {
        let h = f(R.dirname(String(t.absolute)));
        if (h !== this.cwd) return this[yt](h, this.dmode, (a) => {
          if (a) {
            this[O](a, t), i();
            return;
          }
          o();
        });
      }
      o();
    }, o = () => {
      u.lstat(String(t.absolute), (h, a) => {
        if (a && (this.keep || this.newer && a.mtime > (t.mtime ?? a.mtime))) {
          this[Ls](t), i();
          return;
        }
        if (h || this[Os](t, a)) return this[P](null, t, i);
        if (a.isDirectory()) {
          if (t.type === "Directory") {
            let l = this.chmod && t.mode && (a.mode & 4095) !== t.mode, c = (d) => this[P](d ?? null, t, i);
            return l ? u.chmod(String(t.absolute), Number(t.mode), c) : c();
          }
          if (t.absolute !== this.cwd) return u.rmdir(String(t.absolute), (l) => this[P](l ?? null, t, i));
        }
        if (t.absolute === this.cwd) return this[P](null, t, i);
        mo(String(t.absolute), (l) => this[P](l ?? null, t, i));
      });
    };
    this[Oe] ? n() : r();
  }
  [P](t, e, i) {
    if (t) {
      this[O](t, e), i();
      return;
    }
    switch (e.type) {
      case "File":
      case "OldFile":
      case "ContiguousFile":
        return this[Ts](e, i);
      case "Link":
        return this[Ir](e, i);
      case "SymbolicLink":
        return this[Ar](e, i);
      case "Directory":
      case "GNUDumpDir":
        return this[xs](e, i);
    }
  }
  [gi](t, e, i, r) {
    u[i](e, String(t.absolute), (n) => {
      n ? this[O](n, t) : (this[$t](), t.resume()), r();
    });
  }
};
var ye = (s3) => {
  try {
    return [null, s3()];
  } catch (t) {
    return [t, null];
  }
};
var xe = class extends Xt {
  sync = true;
  [P](t, e) {
    return super[P](t, e, () => {
    });
  }
  [_s](t) {
    if (!this[Oe]) {
      let n = this[yt](this.cwd, this.dmode);
      if (n) return this[O](n, t);
      this[Oe] = true;
    }
    if (t.absolute !== this.cwd) {
      let n = f(R.dirname(String(t.absolute)));
      if (n !== this.cwd) {
        let o = this[yt](n, this.dmode);
        if (o) return this[O](o, t);
      }
    }
    let [e, i] = ye(() => u.lstatSync(String(t.absolute)));
    if (i && (this.keep || this.newer && i.mtime > (t.mtime ?? i.mtime))) return this[Ls](t);
    if (e || this[Os](t, i)) return this[P](null, t);
    if (i.isDirectory()) {
      if (t.type === "Directory") {
        let o = this.chmod && t.mode && (i.mode & 4095) !== t.mode, [h] = o ? ye(() => {
          u.chmodSync(String(t.absolute), Number(t.mode));
        }) : [];
        return this[P](h, t);
      }
      let [n] = ye(() => u.rmdirSync(String(t.absolute)));
      this[P](n, t);
    }
    let [r] = t.absolute === this.cwd ? [] : ye(() => po(String(t.absolute)));
    this[P](r, t);
  }
  [Ts](t, e) {
    let i = typeof t.mode == "number" ? t.mode & 4095 : this.fmode, r = (h) => {
      let a;
      try {
        u.closeSync(n);
      } catch (l) {
        a = l;
      }
      (h || a) && this[O](h || a, t), e();
    }, n;
    try {
      n = u.openSync(String(t.absolute), ms(t.size), i);
    } catch (h) {
      return r(h);
    }
    let o = this.transform && this.transform(t) || t;
    o !== t && (o.on("error", (h) => this[O](h, t)), t.pipe(o)), o.on("data", (h) => {
      try {
        u.writeSync(n, h, 0, h.length);
      } catch (a) {
        r(a);
      }
    }), o.on("end", () => {
      let h = null;
      if (t.mtime && !this.noMtime) {
        let a = t.atime || /* @__PURE__ */ new Date(), l = t.mtime;
        try {
          u.futimesSync(n, a, l);
        } catch (c) {
          try {
            u.utimesSync(String(t.absolute), a, l);
          } catch {
            h = c;
          }
        }
      }
      if (this[ge](t)) {
        let a = this[be](t), l = this[_e](t);
        try {
          u.fchownSync(n, Number(a), Number(l));
        } catch (c) {
          try {
            u.chownSync(String(t.absolute), Number(a), Number(l));
          } catch {
            h = h || c;
          }
        }
      }
      r(h);
    });
  }
  [xs](t, e) {
    let i = typeof t.mode == "number" ? t.mode & 4095 : this.dmode, r = this[yt](String(t.absolute), i);
    if (r) {
      this[O](r, t), e();
      return;
    }
    if (t.mtime && !this.noMtime) try {
      u.utimesSync(String(t.absolute), t.atime || /* @__PURE__ */ new Date(), t.mtime);
    } catch {
    }
    if (this[ge](t)) try {
      u.chownSync(String(t.absolute), Number(this[be](t)), Number(this[_e](t)));
    } catch {
    }
    e(), t.resume();
  }
  [yt](t, e) {
    try {
      return _r(f(t), { uid: this.uid, gid: this.gid, processUid: this.processUid, processGid: this.processGid, umask: this.processUmask, preserve: this.preservePaths, unlink: this.unlink, cwd: this.cwd, mode: e });
    } catch (i) {
      return i;
    }
  }
  [Re](t, e, i, r, n) {
    if (this.preservePaths || i.length === 0) return r();
    let o = e;
    for (let h of i) {
      o = R.resolve(o, h);
      let [a, l] = ye(() => u.lstatSync(o));
      if (a) return r();
      if (l.isSymbolicLink()) return n(new St(o, R.resolve(e, i.join("/"))));
    }
    r();
  }
  [gi](t, e, i, r) {
    let n = `${i}Sync`;
    try {
      u[n](e, String(t.absolute)), r(), t.resume();
    } catch (o) {
      return this[O](o, t);
    }
  }
};
var Eo = (s3) => {
  let t = new xe(s3), e = s3.file, i = Br.statSync(e), r = s3.maxReadSize || 16 * 1024 * 1024;
  new Be(e, { readSize: r, size: i.size }).pipe(t);
};
var wo = (s3, t) => {
  let e = new Xt(s3), i = s3.maxReadSize || 16 * 1024 * 1024, r = s3.file;
  return new Promise((o, h) => {
    e.on("error", h), e.on("close", o), Br.stat(r, (a, l) => {
      if (a) h(a);
      else {
        let c = new _t(r, { readSize: i, size: l.size });
        c.on("error", h), c.pipe(e);
      }
    });
  });
};
var So = K(Eo, wo, (s3) => new xe(s3), (s3) => new Xt(s3), (s3, t) => {
  t?.length && Qi(s3, t);
});
var yo = (s3, t) => {
  let e = new kt(s3), i = true, r, n;
  try {
    try {
      r = v.openSync(s3.file, "r+");
    } catch (a) {
      if (a?.code === "ENOENT") r = v.openSync(s3.file, "w+");
      else throw a;
    }
    let o = v.fstatSync(r), h = Buffer.alloc(512);
    t: for (n = 0; n < o.size; n += 512) {
      for (let c = 0, d = 0; c < 512; c += d) {
        if (d = v.readSync(r, h, c, h.length - c, n + c), n === 0 && h[0] === 31 && h[1] === 139) throw new Error("cannot append to compressed archives");
        if (!d) break t;
      }
      let a = new F(h);
      if (!a.cksumValid) break;
      let l = 512 * Math.ceil((a.size || 0) / 512);
      if (n + l + 512 > o.size) break;
      n += l, s3.mtimeCache && a.mtime && s3.mtimeCache.set(String(a.path), a.mtime);
    }
    i = false, Ro(s3, e, n, r, t);
  } finally {
    if (i) try {
      v.closeSync(r);
    } catch {
    }
  }
};
var Ro = (s3, t, e, i, r) => {
  let n = new Wt(s3.file, { fd: i, start: e });
  t.pipe(n), bo(t, r);
};
var go = (s3, t) => {
  t = Array.from(t);
  let e = new wt(s3), i = (n, o, h) => {
    let a = (T, D) => {
      T ? v.close(n, (E) => h(T)) : h(null, D);
    }, l = 0;
    if (o === 0) return a(null, 0);
    let c = 0, d = Buffer.alloc(512), y = (T, D) => {
      if (T || D === void 0) return a(T);
      if (c += D, c < 512 && D) return v.read(n, d, c, d.length - c, l + c, y);
      if (l === 0 && d[0] === 31 && d[1] === 139) return a(new Error("cannot append to compressed archives"));
      if (c < 512) return a(null, l);
      let E = new F(d);
      if (!E.cksumValid) return a(null, l);
      let x = 512 * Math.ceil((E.size ?? 0) / 512);
      if (l + x + 512 > o || (l += x + 512, l >= o)) return a(null, l);
      s3.mtimeCache && E.mtime && s3.mtimeCache.set(String(E.path), E.mtime), c = 0, v.read(n, d, 0, 512, l, y);
    };
    v.read(n, d, 0, 512, l, y);
  };
  return new Promise((n, o) => {
    e.on("error", o);
    let h = "r+", a = (l, c) => {
      if (l && l.code === "ENOENT" && h === "r+") return h = "w+", v.open(s3.file, h, a);
      if (l || !c) return o(l);
      v.fstat(c, (d, y) => {
        if (d) return v.close(c, () => o(d));
        i(c, y.size, (T, D) => {
          if (T) return o(T);
          let E = new et(s3.file, { fd: c, start: D });
          e.pipe(E), E.on("error", o), E.on("close", n), _o(e, t);
        });
      });
    };
    v.open(s3.file, h, a);
  });
};
var bo = (s3, t) => {
  t.forEach((e) => {
    e.charAt(0) === "@" ? Ct({ file: Pr.resolve(s3.cwd, e.slice(1)), sync: true, noResume: true, onReadEntry: (i) => s3.add(i) }) : s3.add(e);
  }), s3.end();
};
var _o = async (s3, t) => {
  for (let e of t) e.charAt(0) === "@" ? await Ct({ file: Pr.resolve(String(s3.cwd), e.slice(1)), noResume: true, onReadEntry: (i) => s3.add(i) }) : s3.add(e);
  s3.end();
};
var vt = K(yo, go, () => {
  throw new TypeError("file is required");
}, () => {
  throw new TypeError("file is required");
}, (s3, t) => {
  if (!Bs(s3)) throw new TypeError("file is required");
  if (s3.gzip || s3.brotli || s3.zstd || s3.file.endsWith(".br") || s3.file.endsWith(".tbr")) throw new TypeError("cannot append to compressed archives");
  if (!t?.length) throw new TypeError("no paths specified to add/replace");
});
var Oo = K(vt.syncFile, vt.asyncFile, vt.syncNoFile, vt.asyncNoFile, (s3, t = []) => {
  vt.validate?.(s3, t), To(s3);
});
var To = (s3) => {
  let t = s3.filter;
  s3.mtimeCache || (s3.mtimeCache = /* @__PURE__ */ new Map()), s3.filter = t ? (e, i) => t(e, i) && !((s3.mtimeCache?.get(e) ?? i.mtime ?? 0) > (i.mtime ?? 0)) : (e, i) => !((s3.mtimeCache?.get(e) ?? i.mtime ?? 0) > (i.mtime ?? 0));
};

// action/src/wasm/archive.ts
var DEFAULT_ARCHIVE_LIMITS = {
  maxEntries: 1e4,
  maxFileBytes: 64 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024
};
var ArchiveError = class extends Error {
  name = "ArchiveError";
};
function normaliseEntryPath(raw) {
  if (raw.includes("\0")) throw new ArchiveError(`entry path contains a NUL byte: ${JSON.stringify(raw)}`);
  if (raw.includes("\\")) throw new ArchiveError(`entry path contains a backslash: ${JSON.stringify(raw)}`);
  if (/^[A-Za-z]:/.test(raw)) throw new ArchiveError(`entry path is a Windows drive path: ${JSON.stringify(raw)}`);
  const segments = raw.split("/").filter((s3) => s3 !== "" && s3 !== ".");
  if (segments.some((s3) => s3 === "..")) {
    throw new ArchiveError(`entry path escapes the bundle root: ${JSON.stringify(raw)}`);
  }
  return segments.join("/");
}
var IGNORED_TYPES = /* @__PURE__ */ new Set(["Directory", "GlobalExtendedHeader", "ExtendedHeader", "OldExtendedHeader"]);
function readTarball(bytes, limits = DEFAULT_ARCHIVE_LIMITS) {
  return new Promise((resolve, reject) => {
    const files = /* @__PURE__ */ new Map();
    let totalBytes = 0;
    let failed = false;
    const fail = (err) => {
      if (failed) return;
      failed = true;
      parser.abort(err instanceof Error ? err : new ArchiveError(String(err)));
      reject(err instanceof ArchiveError ? err : new ArchiveError(`not a readable tar archive: ${err.message ?? String(err)}`));
    };
    const onEntry = (entry2) => {
      if (failed) return entry2.resume();
      try {
        if (IGNORED_TYPES.has(entry2.type)) return entry2.resume();
        if (entry2.type !== "File" && entry2.type !== "OldFile" && entry2.type !== "ContiguousFile") {
          throw new ArchiveError(`entry ${JSON.stringify(entry2.path)} is a ${entry2.type}; bundles may hold only regular files`);
        }
        const path = normaliseEntryPath(entry2.path);
        if (path === "") throw new ArchiveError(`entry ${JSON.stringify(entry2.path)} has an empty path`);
        if (files.has(path)) throw new ArchiveError(`entry ${path} appears twice`);
        if (files.size + 1 > limits.maxEntries) throw new ArchiveError(`more than ${limits.maxEntries} files`);
        if (entry2.size > limits.maxFileBytes) throw new ArchiveError(`entry ${path} is ${entry2.size} bytes, over the ${limits.maxFileBytes}-byte limit per file`);
        totalBytes += entry2.size;
        if (totalBytes > limits.maxTotalBytes) throw new ArchiveError(`files add up to more than ${limits.maxTotalBytes} bytes`);
        collect(entry2, path);
      } catch (err) {
        entry2.resume();
        fail(err);
      }
    };
    const collect = (entry2, path) => {
      const chunks = [];
      let size = 0;
      entry2.on("data", (chunk) => {
        size += chunk.length;
        if (size <= entry2.size) chunks.push(chunk);
      });
      entry2.on("end", () => {
        if (size !== entry2.size) return fail(new ArchiveError(`entry ${path} is truncated`));
        files.set(path, new Uint8Array(Buffer.concat(chunks)));
      });
    };
    const parser = new rt({ strict: true, onReadEntry: onEntry });
    parser.on("error", fail);
    parser.on("end", () => {
      if (!failed) resolve(files);
    });
    try {
      parser.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    } catch (err) {
      fail(err);
    }
  });
}

// action/src/wasm/manifest.ts
var EMPTY_MANIFEST = { revision: null, roots: [""], regoVersion: null, wasm: [], metadata: null };
var ManifestError = class extends Error {
  name = "ManifestError";
};
function isObject(v2) {
  return typeof v2 === "object" && v2 !== null && !Array.isArray(v2);
}
function parseManifest(value) {
  if (!isObject(value)) throw new ManifestError(".manifest must be a JSON object");
  const revision = value.revision ?? null;
  if (revision !== null && typeof revision !== "string") throw new ManifestError(".manifest: revision must be a string");
  const roots = value.roots ?? [""];
  if (!Array.isArray(roots) || roots.some((r) => typeof r !== "string")) {
    throw new ManifestError(".manifest: roots must be an array of strings");
  }
  return {
    revision,
    roots: roots.map((r) => r.replace(/^\/+|\/+$/g, "")),
    regoVersion: parseRegoVersion(value.rego_version),
    wasm: parseWasmResolvers(value.wasm),
    metadata: parseMetadata(value.metadata)
  };
}
function parseRegoVersion(v2) {
  if (v2 === void 0 || v2 === null) return null;
  if (v2 === 0) return "v0";
  if (v2 === 1) return "v1";
  throw new ManifestError(`.manifest: rego_version must be 0 or 1, got ${JSON.stringify(v2)}`);
}
function parseWasmResolvers(v2) {
  if (v2 === void 0 || v2 === null) return [];
  if (!Array.isArray(v2)) throw new ManifestError(".manifest: wasm must be an array of {entrypoint, module}");
  return v2.map((item, i) => {
    if (!isObject(item) || typeof item.entrypoint !== "string" || typeof item.module !== "string") {
      throw new ManifestError(`.manifest: wasm[${i}] must be an object with string entrypoint and module`);
    }
    return { entrypoint: item.entrypoint, module: item.module };
  });
}
function parseMetadata(v2) {
  if (v2 === void 0 || v2 === null) return null;
  if (!isObject(v2)) throw new ManifestError(".manifest: metadata must be an object");
  return v2;
}
function isUnder(path, root) {
  if (root === "") return true;
  const rootSegments = root.split("/");
  return rootSegments.length <= path.length && rootSegments.every((s3, i) => path[i] === s3);
}
function isStrictPrefixOfRoot(path, roots) {
  return roots.some((root) => {
    const rootSegments = root.split("/");
    return path.length < rootSegments.length && path.every((s3, i) => rootSegments[i] === s3);
  });
}
function checkDataRoots(path, value, roots, file) {
  if (roots.some((root) => isUnder(path, root))) return;
  if (isStrictPrefixOfRoot(path, roots) && isObject(value)) {
    for (const [key, child2] of Object.entries(value)) checkDataRoots([...path, key], child2, roots, file);
    return;
  }
  throw new ManifestError(`${file}: data path /${path.join("/")} is outside the bundle roots ${JSON.stringify(roots)}`);
}
function checkPackageRoots(packagePath2, roots, file) {
  if (roots.some((root) => isUnder(packagePath2, root))) return;
  throw new ManifestError(`${file}: package ${packagePath2.join(".")} is outside the bundle roots ${JSON.stringify(roots)}`);
}

// action/src/engine/files.ts
var WASM_MAGIC = [0, 97, 115, 109];
var GZIP_MAGIC = [31, 139];
var DATA_FILES = /* @__PURE__ */ new Set(["data.json", "data.yaml", "data.yml"]);
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set([".git"]);
function loadError2(source, message, hint, cause) {
  return new GateError("policy_load_failed", `${source}: ${message}`, hint, { file: source }, { cause });
}
function sha256Hex(bytes) {
  return createHash2("sha256").update(bytes).digest("hex");
}
function startsWith(bytes, magic) {
  return magic.every((b2, i) => bytes[i] === b2);
}
async function readPolicyFiles(source, options = {}) {
  const info = await stat(source).catch((err) => {
    throw loadError2(source, `cannot read the policies (${err.code ?? err.message})`, "Check the policies path: a directory of .rego files, an OPA bundle (.tar.gz) or a policy.wasm.", err);
  });
  const limits = options.limits ?? DEFAULT_ARCHIVE_LIMITS;
  if (info.isDirectory()) return readDirectoryArtifact(source, options);
  if (!info.isFile()) throw loadError2(source, "is neither a file nor a directory", "Point the policies path at a directory, a .tar.gz bundle or a policy.wasm.");
  if (info.size > limits.maxTotalBytes) {
    throw loadError2(source, `is ${info.size} bytes, over the ${limits.maxTotalBytes}-byte limit for a policy artifact`, "Point the policies path at the policy bundle itself.");
  }
  return readFileArtifact(source, new Uint8Array(await readFile2(source)), options);
}
async function readFileArtifact(source, bytes, options) {
  const digest2 = sha256Hex(bytes);
  checkPin(source, digest2, options.sha256, "sha256 of the file");
  if (startsWith(bytes, WASM_MAGIC)) {
    if (options.verificationKey) {
      throw loadError2(source, "a bare policy.wasm cannot carry a signature, but a verification key is configured", "Ship the policy as a signed bundle (opa build -t wasm --signing-key ...), or pin it with policy-sha256 instead of a key.");
    }
    return { source, format: "wasm", modules: [], data: {}, manifest: EMPTY_MANIFEST, wasm: bytes, files: /* @__PURE__ */ new Map([["policy.wasm", bytes]]), digest: digest2 };
  }
  if (startsWith(bytes, GZIP_MAGIC)) {
    const files = await readTarball(bytes, options.limits ?? DEFAULT_ARCHIVE_LIMITS).catch((err) => {
      if (err instanceof ArchiveError) throw loadError2(source, `bad bundle archive: ${err.message}`, "Rebuild the bundle with `opa build`; archives must hold only regular files inside the bundle root.", err);
      throw err;
    });
    return interpretFiles(source, "tarball", files, digest2, options);
  }
  if (source.endsWith(".rego")) {
    const files = /* @__PURE__ */ new Map([[basename2(source), bytes]]);
    return interpretFiles(source, "rego-file", files, digest2, options);
  }
  throw loadError2(source, "is not a policy artifact (expected a directory, a gzipped OPA bundle, a .rego file or a wasm module)", "Build a bundle with `opa build` or point at the directory holding your .rego files.");
}
async function readDirectoryArtifact(source, options) {
  const files = await readDirectoryFiles(source, options.limits ?? DEFAULT_ARCHIVE_LIMITS);
  const digest2 = directoryDigest(files);
  checkPin(source, digest2, options.sha256, "canonical directory digest (see docs/wasm.md)");
  return interpretFiles(source, "directory", files, digest2, options);
}
function checkPin(source, actual, expected, what) {
  if (expected === void 0) return;
  const wanted = expected.trim().toLowerCase().replace(/^sha256:/, "");
  if (!/^[0-9a-f]{64}$/.test(wanted)) {
    throw loadError2(source, `policy-sha256 must be 64 hex digits, got ${JSON.stringify(expected)}`, "Set policy-sha256 to the output of `sha256sum <bundle>` (hex).");
  }
  if (wanted !== actual) {
    throw loadError2(source, `policy-sha256 mismatch: expected ${wanted}, the ${what} is ${actual}`, "The policies changed since they were pinned. If the change is intended, update policy-sha256; otherwise find out who changed them.");
  }
}
function directoryDigest(files) {
  const paths = [...files.keys()].sort((a, b2) => Buffer.compare(Buffer.from(a), Buffer.from(b2)));
  return sha256Hex(paths.map((p2) => `${sha256Hex(files.get(p2))}  ${p2}
`).join(""));
}
async function readDirectoryFiles(root, limits) {
  const files = /* @__PURE__ */ new Map();
  let totalBytes = 0;
  const walk2 = async (relDir) => {
    const entries = await readdir2(join2(root, relDir), { withFileTypes: true });
    for (const entry2 of entries) {
      const rel = relDir === "" ? entry2.name : `${relDir}/${entry2.name}`;
      if (entry2.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry2.name)) await walk2(rel);
        continue;
      }
      if (entry2.isSymbolicLink()) {
        throw loadError2(join2(root, rel), "is a symbolic link; policy directories are read without following links", "Replace the link with the file it points to.");
      }
      if (!entry2.isFile()) continue;
      const bytes = new Uint8Array(await readFile2(join2(root, rel)));
      totalBytes += bytes.byteLength;
      if (files.size + 1 > limits.maxEntries || bytes.byteLength > limits.maxFileBytes || totalBytes > limits.maxTotalBytes) {
        throw loadError2(root, `the policy directory is too large (limits: ${limits.maxEntries} files, ${limits.maxFileBytes} bytes per file, ${limits.maxTotalBytes} bytes in all)`, "Point the policies path at the directory that holds only the policies.");
      }
      files.set(rel, bytes);
    }
  };
  await walk2("");
  return files;
}
function interpretFiles(source, format2, files, digest2, options) {
  if (options.verificationKey) {
    try {
      verifyBundleSignatures(files, options.verificationKey);
    } catch (err) {
      throw loadError2(source, `bundle signature verification failed: ${err.message}`, "Only bundles signed with the configured key are accepted. Re-sign the bundle (opa sign / opa build --signing-key) or check the verification key.", err);
    }
  }
  try {
    const manifest = files.has(".manifest") ? parseManifest(parseJsonFile(".manifest", files.get(".manifest"))) : EMPTY_MANIFEST;
    const modules = regoModules(source, format2, files, manifest, options.includeTests ?? false);
    const data = placeDataFiles(files, manifest);
    const wasm = findWasmModule(files, manifest);
    return { source, format: format2, modules, data, manifest, ...wasm ? { wasm } : {}, files, digest: digest2 };
  } catch (err) {
    if (err instanceof ManifestError || err instanceof DataError) {
      throw loadError2(source, err.message, "Fix the bundle contents and rebuild it; see docs/wasm.md for the bundle layout.", err);
    }
    throw err;
  }
}
var DataError = class extends Error {
  name = "DataError";
};
function decodeUtf8(path, bytes) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new DataError(`${path} is not valid UTF-8`);
  }
}
function parseJsonFile(path, bytes) {
  try {
    return JSON.parse(decodeUtf8(path, bytes));
  } catch (err) {
    throw new DataError(`${path} is not valid JSON: ${err.message}`);
  }
}
function parseDataFile(path, bytes) {
  if (path.endsWith(".json")) return parseJsonFile(path, bytes);
  try {
    return (0, import_yaml4.parse)(decodeUtf8(path, bytes)) ?? null;
  } catch (err) {
    throw new DataError(`${path} is not valid YAML: ${err.message}`);
  }
}
function modulePath(source, format2, rel) {
  if (format2 === "directory") return join2(source, rel);
  if (format2 === "rego-file") return source;
  return `${source}:${rel}`;
}
function regoModules(source, format2, files, manifest, includeTests) {
  const modules = [];
  for (const [rel, bytes] of [...files].sort(([a], [b2]) => a < b2 ? -1 : a > b2 ? 1 : 0)) {
    if (!rel.endsWith(".rego")) continue;
    if (!includeTests && rel.endsWith("_test.rego")) continue;
    const text = decodeUtf8(rel, bytes);
    const pkg = packagePath(text);
    if (pkg) checkPackageRoots(pkg, manifest.roots, rel);
    modules.push({ path: modulePath(source, format2, rel), source: text });
  }
  return modules;
}
function packagePath(text) {
  const match = /^[ \t]*package[ \t]+([^\s#]+)/m.exec(text);
  if (!match) return null;
  const segments = [];
  const ref = /([A-Za-z_][A-Za-z0-9_]*)|\["((?:[^"\\]|\\.)*)"\]|\./gy;
  let m2;
  let consumed = 0;
  while ((m2 = ref.exec(match[1])) !== null) {
    if (m2[1] !== void 0) segments.push(m2[1]);
    else if (m2[2] !== void 0) segments.push(JSON.parse(`"${m2[2]}"`));
    consumed = ref.lastIndex;
  }
  return consumed === match[1].length && segments.length > 0 ? segments : null;
}
function placeDataFiles(files, manifest) {
  const data = {};
  const owners = /* @__PURE__ */ new Map();
  const dataFiles = [...files.keys()].filter((p2) => DATA_FILES.has(basename2(p2))).sort();
  for (const rel of dataFiles) {
    const dir = rel.includes("/") ? rel.slice(0, rel.lastIndexOf("/")).split("/") : [];
    const value = parseDataFile(rel, files.get(rel));
    if (dir.length === 0 && !isPlainObject(value)) throw new DataError(`${rel} must hold a JSON object: it becomes the root of data`);
    checkDataRoots(dir, value, manifest.roots, rel);
    insertData(data, dir, value, rel, owners);
  }
  return data;
}
function isPlainObject(v2) {
  return typeof v2 === "object" && v2 !== null && !Array.isArray(v2);
}
function ownValue(object, key) {
  return Object.hasOwn(object, key) ? object[key] : void 0;
}
function setOwn(object, key, value) {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}
function insertData(data, path, value, file, owners) {
  let node = data;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    const next = ownValue(node, key);
    if (next === void 0) setOwn(node, key, {});
    else if (!isPlainObject(next)) throw conflict(path.slice(0, i + 1), file, owners);
    node = node[key];
  }
  if (path.length === 0) return mergeInto(node, value, [], file, owners);
  const last = path[path.length - 1];
  const existing = ownValue(node, last);
  if (existing === void 0) {
    setOwn(node, last, value);
    owners.set(path.join("/"), file);
  } else if (isPlainObject(existing) && isPlainObject(value)) {
    mergeInto(existing, value, path, file, owners);
  } else {
    throw conflict(path, file, owners);
  }
}
function mergeInto(target, source, path, file, owners) {
  for (const [key, value] of Object.entries(source)) {
    const childPath = [...path, key];
    const existing = ownValue(target, key);
    if (existing === void 0) {
      setOwn(target, key, value);
      owners.set(childPath.join("/"), file);
    } else if (isPlainObject(existing) && isPlainObject(value)) {
      mergeInto(existing, value, childPath, file, owners);
    } else {
      throw conflict(childPath, file, owners);
    }
  }
}
function conflict(path, file, owners) {
  let other;
  for (let n = path.length; n >= 0 && other === void 0; n--) other = owners.get(path.slice(0, n).join("/"));
  return new DataError(`data path /${path.join("/")} is defined by both ${other ?? "another data file"} and ${file}`);
}
function findWasmModule(files, manifest) {
  const named = new Set(manifest.wasm.map((w2) => w2.module.replace(/^\/+/, "")));
  for (const rel2 of files.keys()) if (basename2(rel2) === "policy.wasm") named.add(rel2);
  if (named.size === 0) return void 0;
  if (named.size > 1) throw new DataError(`the bundle holds several wasm modules (${[...named].sort().join(", ")}); Paved evaluates exactly one`);
  const [rel] = named;
  const bytes = files.get(rel);
  if (!bytes) throw new DataError(`.manifest names wasm module /${rel} but the bundle has no such file`);
  return bytes;
}

// action/src/rego/ast.ts
function termVars(t, out = /* @__PURE__ */ new Set()) {
  switch (t.type) {
    case "var":
      out.add(t.name);
      break;
    case "ref":
      termVars(t.head, out);
      for (const p2 of t.path) termVars(p2, out);
      break;
    case "array":
    case "set":
      for (const x of t.items) termVars(x, out);
      break;
    case "object":
      for (const [k2, v2] of t.entries) {
        termVars(k2, out);
        termVars(v2, out);
      }
      break;
    case "arraycompr":
    case "setcompr":
      termVars(t.head, out);
      bodyVars(t.body, out);
      break;
    case "objectcompr":
      termVars(t.key, out);
      termVars(t.value, out);
      bodyVars(t.body, out);
      break;
    case "call":
      for (const a of t.args) termVars(a, out);
      break;
    case "scalar":
      break;
  }
  return out;
}
function literalVars(l, out = /* @__PURE__ */ new Set()) {
  switch (l.type) {
    case "expr":
      termVars(l.term, out);
      for (const w2 of l.withs) termVars(w2.value, out);
      break;
    case "some":
      for (const v2 of l.vars) out.add(v2);
      break;
    case "somein":
      if (l.key) termVars(l.key, out);
      termVars(l.value, out);
      termVars(l.collection, out);
      break;
    case "every":
      if (l.key) termVars(l.key, out);
      termVars(l.value, out);
      termVars(l.domain, out);
      bodyVars(l.body, out);
      break;
  }
  return out;
}
function bodyVars(body, out = /* @__PURE__ */ new Set()) {
  for (const l of body) literalVars(l, out);
  return out;
}
function forEachChildTerm(t, onTerm, onLiteral) {
  switch (t.type) {
    case "ref":
      onTerm(t.head);
      t.path.forEach(onTerm);
      break;
    case "array":
    case "set":
      t.items.forEach(onTerm);
      break;
    case "object":
      for (const [k2, v2] of t.entries) {
        onTerm(k2);
        onTerm(v2);
      }
      break;
    case "arraycompr":
    case "setcompr":
      onTerm(t.head);
      t.body.forEach(onLiteral);
      break;
    case "objectcompr":
      onTerm(t.key);
      onTerm(t.value);
      t.body.forEach(onLiteral);
      break;
    case "call":
      t.args.forEach(onTerm);
      break;
    case "var":
    case "scalar":
      break;
  }
}

// action/src/rego/errors.ts
var RegoError = class extends Error {
  constructor(code, message, location) {
    super(message);
    this.code = code;
    this.location = location;
    this.name = "RegoError";
  }
  code;
  location;
  /** OPA's text form: `file:row: code: message`. */
  toString() {
    const where = this.location ? `${this.location.file}:${this.location.row}: ` : "";
    return `${where}${this.code}: ${this.message}`;
  }
};
var RegoErrors = class extends Error {
  constructor(errors) {
    super(errors.map((e) => e.toString()).join("\n"));
    this.errors = errors;
    this.name = "RegoErrors";
  }
  errors;
};

// action/src/rego/safety.ts
var ROOTS = /* @__PURE__ */ new Set(["input", "data"]);
function reorderBody(body, bound, outer) {
  let cur = /* @__PURE__ */ new Set([...bound, ...ROOTS]);
  const remaining = body.map((lit, index) => ({ lit, index }));
  const out = [];
  const views = otherVarViews(body, outer);
  while (remaining.length > 0) {
    let scheduled = false;
    for (let i = 0; i < remaining.length; i++) {
      const { lit, index } = remaining[i];
      const others = views[index];
      const next = schedule(lit, cur, others);
      if (!next) continue;
      out.push(rewriteNested(lit, cur, next, others));
      cur = next;
      remaining.splice(i, 1);
      scheduled = true;
      break;
    }
    if (!scheduled) throw unsafeError(remaining.map((r) => r.lit), cur);
  }
  return { body: out, bound: cur };
}
function checkHeadSafety(terms, bound) {
  for (const t of terms) {
    if (evaluable(t, new Set(bound), /* @__PURE__ */ new Set())) continue;
    const v2 = firstUnbound(t, bound);
    if (v2) throw new RegoError("rego_unsafe_var_error", `var ${displayName(v2.name)} is unsafe`, v2.loc);
  }
}
function otherVarViews(body, outer) {
  const own = body.map((l) => {
    const vars = /* @__PURE__ */ new Set();
    shallowLiteralVars(l, vars);
    return vars;
  });
  const count2 = /* @__PURE__ */ new Map();
  for (const vars of own) for (const v2 of vars) count2.set(v2, (count2.get(v2) ?? 0) + 1);
  return own.map((vars) => ({
    has: (v2) => outer.has(v2) || (count2.get(v2) ?? 0) > (vars.has(v2) ? 1 : 0)
  }));
}
function shallowLiteralVars(l, out) {
  const add = (t) => shallowTermVars(t, out);
  switch (l.type) {
    case "expr":
      add(l.term);
      l.withs.forEach((w2) => add(w2.value));
      break;
    case "some":
      l.vars.forEach((v2) => out.add(v2));
      break;
    case "somein":
      if (l.key) add(l.key);
      add(l.value);
      add(l.collection);
      break;
    case "every":
      add(l.domain);
      break;
  }
}
function shallowTermVars(t, out) {
  if (t.type === "var") out.add(t.name);
  else if (t.type !== "arraycompr" && t.type !== "setcompr" && t.type !== "objectcompr") {
    forEachChildTerm(t, (c) => shallowTermVars(c, out), () => void 0);
  }
}
function schedule(lit, bound, others) {
  const b2 = new Set(bound);
  switch (lit.type) {
    case "some":
      return b2;
    case "somein":
      if (!withsSafe(lit.withs, b2, others)) return null;
      if (!evaluable(lit.collection, b2, others)) return null;
      if (lit.key && !bindPattern(lit.key, b2, others)) return null;
      return bindPattern(lit.value, b2, others) ? b2 : null;
    case "every": {
      if (!withsSafe(lit.withs, b2, others)) return null;
      if (!evaluable(lit.domain, b2, others)) return null;
      const inner = /* @__PURE__ */ new Set();
      for (const l of lit.body) literalVars(l, inner);
      for (const v2 of inner) if (others.has(v2) && !b2.has(v2)) return null;
      return b2;
    }
    case "expr":
      if (!withsSafe(lit.withs, b2, others)) return null;
      if (lit.negated) {
        const inner = termVars(lit.term);
        for (const v2 of inner) if (others.has(v2) && !b2.has(v2)) return null;
        return evaluable(lit.term, new Set(b2), others) ? bound : null;
      }
      return exprSafe(lit.term, b2, others) ? b2 : null;
  }
}
function withsSafe(withs, b2, others) {
  return withs.every((w2) => evaluable(w2.value, new Set(b2), others));
}
function exprSafe(t, b2, others) {
  if (t.type !== "call" || t.target?.kind !== "builtin" && t.target?.kind !== "function") return evaluable(t, b2, others);
  const name = t.target.kind === "builtin" ? t.target.name : "";
  if (name === "eq") return unifiable(t.args[0], t.args[1], b2, others);
  if (name === "assign") return evaluable(t.args[1], b2, others) && bindPattern(t.args[0], b2, others);
  if (t.outputOperand) {
    const inputs = t.args.slice(0, -1);
    return inputs.every((a) => evaluable(a, b2, others)) && bindPattern(t.args[t.args.length - 1], b2, others);
  }
  return evaluable(t, b2, others);
}
function unifiable(x, y, b2, others) {
  if (x.type === "array" && y.type === "array" && x.items.length === y.items.length) {
    const trial = new Set(b2);
    let progress = true;
    const pending2 = x.items.map((item, i) => [item, y.items[i]]);
    while (pending2.length > 0 && progress) {
      progress = false;
      for (let i = 0; i < pending2.length; i++) {
        if (unifiable(pending2[i][0], pending2[i][1], trial, others)) {
          pending2.splice(i, 1);
          progress = true;
          break;
        }
      }
    }
    if (pending2.length > 0) return false;
    for (const v2 of trial) b2.add(v2);
    return true;
  }
  if (x.type === "object" && y.type === "object" && x.entries.length === y.entries.length) {
    const pairs = objectPairs(x.entries, y.entries);
    if (pairs) return unifiable({ ...x, type: "array", items: pairs.map((p2) => p2[0]) }, { ...y, type: "array", items: pairs.map((p2) => p2[1]) }, b2, others);
  }
  for (const [value, pattern] of [
    [x, y],
    [y, x]
  ]) {
    const trial = new Set(b2);
    if (evaluable(value, trial, others) && bindPattern(pattern, trial, others)) {
      for (const v2 of trial) b2.add(v2);
      return true;
    }
  }
  return false;
}
function evaluable(t, b2, others) {
  switch (t.type) {
    case "scalar":
      return true;
    case "var":
      return b2.has(t.name) || ROOTS.has(t.name) || t.name.startsWith("$builtin:") || t.name.startsWith("$function:");
    case "ref":
      if (t.head.type === "var" ? !(b2.has(t.head.name) || ROOTS.has(t.head.name)) : !evaluable(t.head, b2, others)) return false;
      for (const p2 of t.path) {
        if (p2.type === "var") b2.add(p2.name);
        else if (p2.type === "array" || p2.type === "object") {
          if (!bindPattern(p2, b2, others)) return false;
        } else if (!evaluable(p2, b2, others)) return false;
      }
      return true;
    case "array":
    case "set":
      return t.items.every((x) => evaluable(x, b2, others));
    case "object":
      return t.entries.every(([k2, v2]) => evaluable(k2, b2, others) && evaluable(v2, b2, others));
    case "call": {
      const pending2 = [...t.args];
      let progress = true;
      while (pending2.length > 0 && progress) {
        progress = false;
        for (let i = 0; i < pending2.length; i++) {
          const trial = new Set(b2);
          if (evaluable(pending2[i], trial, others)) {
            for (const v2 of trial) b2.add(v2);
            pending2.splice(i, 1);
            progress = true;
            break;
          }
        }
      }
      return pending2.length === 0;
    }
    case "arraycompr":
    case "setcompr":
    case "objectcompr":
      for (const v2 of termVars(t)) if (others.has(v2) && !b2.has(v2)) return false;
      return true;
  }
}
function bindPattern(t, b2, others) {
  switch (t.type) {
    case "var":
      b2.add(t.name);
      return true;
    case "array":
      return t.items.every((x) => bindPattern(x, b2, others));
    case "object":
      return t.entries.every(([k2, v2]) => evaluable(k2, b2, others) && bindPattern(v2, b2, others));
    default:
      return evaluable(t, b2, others);
  }
}
function rewriteNested(lit, before, after, others) {
  const scopeBound = /* @__PURE__ */ new Set([...before, ...after]);
  const litVars = /* @__PURE__ */ new Set();
  shallowLiteralVars(lit, litVars);
  const outer = { has: (v2) => others.has(v2) || litVars.has(v2) };
  const fix = (t) => rewriteTerm(t, scopeBound, outer);
  switch (lit.type) {
    case "expr":
      return { ...lit, term: fix(lit.term), withs: lit.withs.map((w2) => ({ ...w2, value: fix(w2.value) })) };
    case "somein":
      return { ...lit, collection: fix(lit.collection) };
    case "every": {
      const inner = new Set(scopeBound);
      if (lit.key) termVars(lit.key, inner);
      termVars(lit.value, inner);
      return { ...lit, domain: fix(lit.domain), body: reorderBody(lit.body, inner, outer).body };
    }
    case "some":
      return lit;
  }
}
function rewriteTerm(t, bound, outer) {
  const fix = (x) => rewriteTerm(x, bound, outer);
  switch (t.type) {
    case "scalar":
    case "var":
      return t;
    case "ref":
      return { ...t, head: fix(t.head), path: t.path.map(fix) };
    case "array":
    case "set":
      return { ...t, items: t.items.map(fix) };
    case "object":
      return { ...t, entries: t.entries.map(([k2, v2]) => [fix(k2), fix(v2)]) };
    case "call":
      return { ...t, args: t.args.map(fix) };
    case "arraycompr":
    case "setcompr": {
      const r = reorderBody(t.body, bound, outer);
      const head = rewriteTerm(t.head, r.bound, outer);
      checkHeadSafety([head], r.bound);
      return { ...t, body: r.body, head };
    }
    case "objectcompr": {
      const r = reorderBody(t.body, bound, outer);
      const key = rewriteTerm(t.key, r.bound, outer);
      const value = rewriteTerm(t.value, r.bound, outer);
      checkHeadSafety([key, value], r.bound);
      return { ...t, body: r.body, key, value };
    }
  }
}
function unsafeError(lits, bound) {
  const found = /* @__PURE__ */ new Map();
  for (const l of lits) {
    for (const t of inputTerms(l)) {
      for (const v2 of unboundVars(t, bound)) {
        const name = displayName(v2.name);
        if (!found.has(name)) found.set(name, new RegoError("rego_unsafe_var_error", `var ${name} is unsafe`, v2.loc));
      }
    }
  }
  if (found.size === 0) return new RegoErrors([new RegoError("rego_unsafe_var_error", "body contains unsafe variables", lits[0]?.loc)]);
  return new RegoErrors([...found.values()]);
}
function inputTerms(l) {
  switch (l.type) {
    case "expr": {
      const t = l.term;
      if (t.type === "call" && t.target?.kind === "builtin" && t.target.name === "assign") return [t.args[1]];
      if (t.type === "call" && t.outputOperand) return t.args.slice(0, -1);
      return [t];
    }
    case "somein":
      return [l.collection];
    case "every":
      return [l.domain];
    case "some":
      return [];
  }
}
function unboundVars(t, bound) {
  const out = [];
  const visit2 = (x) => {
    const v2 = firstUnbound(x, bound);
    if (!v2) return;
    if (x.type === "var") out.push(v2);
    else forEachChildTerm(x, visit2, () => void 0);
  };
  if (t.type !== "arraycompr" && t.type !== "setcompr" && t.type !== "objectcompr") visit2(t);
  return out;
}
function firstUnbound(t, bound) {
  if (t.type === "var") {
    if (bound.has(t.name) || ROOTS.has(t.name) || t.name.startsWith("$builtin:") || t.name.startsWith("$function:")) return void 0;
    return { name: t.name, loc: t.loc };
  }
  if (t.type === "arraycompr" || t.type === "setcompr" || t.type === "objectcompr") return void 0;
  let found;
  forEachChildTerm(
    t,
    (c) => {
      found ??= firstUnbound(c, bound);
    },
    () => void 0
  );
  return found;
}
function displayName(name) {
  if (name.startsWith("$_")) return "_";
  const i = name.indexOf("$");
  return i > 0 ? name.slice(0, i) : name;
}
function objectPairs(a, b2) {
  const byKey = /* @__PURE__ */ new Map();
  for (const [k2, v2] of b2) {
    if (k2.type !== "scalar") return void 0;
    byKey.set(JSON.stringify(k2.value), v2);
  }
  const out = [];
  for (const [k2, v2] of a) {
    if (k2.type !== "scalar") return void 0;
    const other = byKey.get(JSON.stringify(k2.value));
    if (!other) return void 0;
    out.push([v2, other]);
  }
  return out;
}

// action/src/rego/compiler.ts
var RuleNode = class _RuleNode {
  constructor(path) {
    this.path = path;
  }
  path;
  children = /* @__PURE__ */ new Map();
  rules = [];
  defaultRule;
  kind;
  child(name) {
    let c = this.children.get(name);
    if (!c) {
      c = new _RuleNode([...this.path, name]);
      this.children.set(name, c);
    }
    return c;
  }
  /** Node at a path, or undefined. */
  find(path) {
    let n = this;
    for (const p2 of path) {
      n = n.children.get(p2);
      if (!n) return void 0;
    }
    return n;
  }
};
var INTERNAL_BUILTINS = /* @__PURE__ */ new Map([
  ["eq", 2],
  ["assign", 2],
  ["internal.member_2", 2],
  ["internal.member_3", 3],
  ["print", -1],
  ["rego.metadata.rule", 0],
  ["rego.metadata.chain", 0]
]);
var Compiler = class {
  constructor(builtins) {
    this.builtins = builtins;
  }
  builtins;
  errors = [];
  root = new RuleNode([]);
  allRules = [];
  counter = 0;
  ruleNames = /* @__PURE__ */ new Map();
  compile(modules) {
    for (const m2 of modules) {
      const key = m2.packagePath.join(".");
      const names = this.ruleNames.get(key) ?? /* @__PURE__ */ new Set();
      for (const r of m2.rules) names.add(String(r.head.ref[0].value));
      this.ruleNames.set(key, names);
    }
    for (const m2 of modules) this.collect(m2);
    this.checkNesting(this.root);
    for (const m2 of modules) this.compileModule(m2);
    if (this.errors.length === 0) this.checkRecursion();
    if (this.errors.length > 0) throw new RegoErrors(this.errors);
    return { root: this.root, rules: this.allRules, modules };
  }
  /** Use an already compiled rule tree (for queries against it). */
  withTree(compiled) {
    this.root = compiled.root;
    return this;
  }
  /** Compiles a query body against the tree; returns the reordered body. */
  compileQuery(body) {
    this.errors.length = 0;
    const scope = { pkg: [], pkgRules: /* @__PURE__ */ new Set(), imports: /* @__PURE__ */ new Map(), locals: declaredVars(body, this.errors), renames: /* @__PURE__ */ new Map(), future: /* @__PURE__ */ new Set() };
    const resolved = this.resolveBody(body, scope);
    let out = resolved;
    if (this.errors.length === 0) out = this.guard(() => reorderBody(resolved, /* @__PURE__ */ new Set(), /* @__PURE__ */ new Set()).body, resolved);
    if (this.errors.length > 0) throw new RegoErrors(this.errors);
    return out;
  }
  // ---- pass 1: place every rule in the tree ---------------------------------
  collect(m2) {
    for (const rule of m2.rules) {
      this.guard(() => this.place(m2, rule), void 0);
    }
  }
  place(m2, rule) {
    const { staticPath, dynKeys } = splitHead(rule);
    const kind = rule.head.args ? "function" : rule.head.key ? "partial-set" : dynKeys.length > 0 ? "partial-object" : "complete";
    const path = [...m2.packagePath.slice(1), ...staticPath];
    const node = path.reduce((n, p2) => n.child(p2), this.root);
    if (node.kind && node.kind !== kind) {
      throw new RegoError("rego_type_error", `conflicting rules data.${path.join(".")} found`, rule.loc);
    }
    if (rule.isDefault) {
      if (node.defaultRule) throw new RegoError("rego_type_error", `multiple default rules data.${path.join(".")} found`, rule.loc);
    }
    node.kind = node.kind ?? kind;
    const placeholder = {
      kind,
      path,
      dynKeys,
      value: rule.head.value ?? { type: "scalar", value: true, loc: rule.loc },
      body: rule.body,
      isDefault: rule.isDefault,
      loc: rule.loc,
      annotations: rule.annotations,
      packagePath: m2.packagePath,
      packageAnnotations: m2.annotations,
      ...rule.head.key ? { key: rule.head.key } : {},
      ...rule.head.args ? { args: rule.head.args } : {}
    };
    pending.set(placeholder, { module: m2, rule });
    if (rule.isDefault) node.defaultRule = placeholder;
    else node.rules.push(placeholder);
    this.allRules.push(placeholder);
  }
  /** A complete rule, set or function cannot also have rules or packages below it. */
  checkNesting(node) {
    const generatesObject = node.kind === "partial-object" || node.kind === "partial-set" && node.rules.some((r) => r.dynKeys.length > 0);
    if (node.kind && !generatesObject && node.children.size > 0) {
      const below = [...node.children.keys()].map((c) => `data.${[...node.path, c].join(".")}`);
      const rule = node.rules[0] ?? node.defaultRule;
      this.errors.push(new RegoError("rego_type_error", `rule data.${node.path.join(".")} conflicts with [${below.join(" ")}]`, rule?.loc));
    }
    for (const c of node.children.values()) this.checkNesting(c);
  }
  // ---- pass 2: resolve names, scope and order every rule ---------------------
  compileModule(m2) {
    const pkg = m2.packagePath.slice(1);
    const pkgRules = this.ruleNames.get(m2.packagePath.join(".")) ?? /* @__PURE__ */ new Set();
    const imports = this.importAliases(m2);
    for (const cr2 of this.allRules) {
      const src = pending.get(cr2);
      if (!src || src.module !== m2) continue;
      pending.delete(cr2);
      this.guard(() => this.compileRule(cr2, src.rule, { pkg, pkgRules, imports, locals: /* @__PURE__ */ new Set(), renames: /* @__PURE__ */ new Map(), future: /* @__PURE__ */ new Set() }), void 0);
    }
  }
  importAliases(m2) {
    const out = /* @__PURE__ */ new Map();
    for (const imp of m2.imports) {
      const t = imp.path;
      const root = t.type === "var" ? t.name : t.type === "ref" && t.head.type === "var" ? t.head.name : "";
      if (root === "future" || root === "rego") continue;
      if (t.type === "var") continue;
      if (t.type !== "ref") continue;
      const last = t.path[t.path.length - 1];
      const alias = imp.alias ?? (last.type === "scalar" ? String(last.value) : "");
      if (out.has(alias)) this.errors.push(new RegoError("rego_compile_error", `import must not shadow import ${alias}`, imp.loc));
      out.set(alias, t);
    }
    return out;
  }
  compileRule(cr2, rule, base) {
    const argVars = /* @__PURE__ */ new Set();
    for (const a of rule.head.args ?? []) termVars(a, argVars);
    const scope = { ...base, locals: /* @__PURE__ */ new Set([...argVars, ...declaredVars(rule.body, this.errors)]) };
    const args = rule.head.args?.map((a) => this.resolveTerm(a, scope));
    const body = this.resolveBody(rule.body, scope);
    const dynKeys = cr2.dynKeys.map((k2) => this.resolveTerm(k2, scope));
    const key = rule.head.key ? this.resolveTerm(rule.head.key, scope) : void 0;
    const value = this.resolveTerm(cr2.value, scope);
    if (rule.isDefault) {
      const vars = [...termVars(value)];
      if (vars.length > 0) throw new RegoError("rego_compile_error", `default rule value cannot contain var ${vars[0]}`, rule.loc);
    }
    const bound = /* @__PURE__ */ new Set();
    if (args) for (const a of args) termVars(a, bound);
    const headTerms = [...dynKeys, ...key ? [key] : [], value];
    const headVars = /* @__PURE__ */ new Set();
    for (const h of headTerms) termVars(h, headVars);
    const ordered = reorderBody(body, bound, headVars);
    checkHeadSafety(headTerms, ordered.bound);
    Object.assign(cr2, { body: ordered.body, dynKeys, value, ...key ? { key } : {}, ...args ? { args } : {} });
    if (rule.elseRule) {
      const elseCr = { ...cr2, value: rule.elseRule.head.value ?? { type: "scalar", value: true, loc: rule.elseRule.loc }, loc: rule.elseRule.loc, annotations: null };
      delete elseCr.elseRule;
      this.compileRule(elseCr, { ...rule.elseRule, head: { ...rule.head, ...rule.elseRule.head.value ? { value: rule.elseRule.head.value } : {} } }, base);
      cr2.elseRule = elseCr;
    }
  }
  // ---- name resolution -------------------------------------------------------
  resolveLiteral(l, scope) {
    switch (l.type) {
      case "expr":
        return { ...l, term: this.resolveTerm(l.term, scope), withs: l.withs.map((w2) => this.resolveWith(w2, scope)) };
      case "some":
        return { ...l, vars: l.vars.map((v2) => scope.renames.get(v2) ?? v2) };
      case "somein":
        return {
          ...l,
          ...l.key ? { key: this.resolveTerm(l.key, scope) } : {},
          value: this.resolveTerm(l.value, scope),
          collection: this.resolveTerm(l.collection, scope),
          withs: l.withs.map((w2) => this.resolveWith(w2, scope))
        };
      case "every": {
        const domain = this.resolveTerm(l.domain, scope);
        const inner = this.nestedScope(scope, [...l.key ? termVars(l.key) : [], ...termVars(l.value), ...declaredVars(l.body, this.errors)]);
        return {
          ...l,
          ...l.key ? { key: this.resolveTerm(l.key, inner) } : {},
          value: this.resolveTerm(l.value, inner),
          domain,
          body: this.resolveBody(l.body, inner),
          withs: l.withs.map((w2) => this.resolveWith(w2, scope))
        };
      }
    }
  }
  /**
   * `with` targets are input/data paths (also through imports and rule
   * names of the package) or functions and built-ins to replace.
   */
  resolveWith(w2, scope) {
    let target = w2.target;
    const name = refName(target);
    if (!name) throw new RegoError("rego_compile_error", "with target must be a reference to input, data, a function or a built-in", w2.loc);
    if (name[0] !== "input" && name[0] !== "data") {
      const resolved = this.resolveTerm(target, scope);
      const path = refName(resolved);
      if (path && (path[0] === "input" || path[0] === "data")) target = resolved;
      else {
        const call = this.resolveCallTarget({ type: "call", op: target, args: [], loc: w2.loc }, scope, true);
        target = call.target?.kind === "function" ? dataRef(call.target.path, w2.loc) : { type: "var", name: call.target?.kind === "builtin" ? call.target.name : name.join("."), loc: w2.loc };
      }
    }
    const value = this.withValue(w2.value, scope);
    return { target, value, loc: w2.loc };
  }
  /** A `with` value may name a function or built-in to mock with. */
  withValue(t, scope) {
    const name = refName(t);
    if (name && name[0] !== "input" && name[0] !== "data" && !scope.locals.has(name[0]) && !scope.pkgRules.has(name[0]) && !scope.imports.has(name[0])) {
      const full = name.join(".");
      if (this.builtins.has(full) || INTERNAL_BUILTINS.has(full)) return { type: "var", name: "$builtin:" + full, loc: t.loc };
    }
    const resolved = this.resolveTerm(t, scope);
    const path = resolved.type === "ref" ? refName(resolved) : void 0;
    if (path && path[0] === "data") {
      const node = this.root.find(path.slice(1));
      if (node?.kind === "function") return { type: "var", name: "$function:" + path.slice(1).join("."), loc: t.loc };
    }
    return resolved;
  }
  /**
   * Resolves body literals in order. A variable that the enclosing body
   * declares with `:=` only later is not yet in scope inside a comprehension
   * (OPA's rule), so such comprehensions get their own variable.
   */
  resolveBody(body, scope) {
    const declaredAt = body.map((l) => declaredVars([l], []));
    return body.map((l, i) => {
      const future = /* @__PURE__ */ new Set();
      for (let j2 = i + 1; j2 < body.length; j2++) for (const v2 of declaredAt[j2]) future.add(v2);
      for (let j2 = 0; j2 <= i; j2++) for (const v2 of declaredAt[j2]) future.delete(v2);
      return this.resolveLiteral(l, { ...scope, future });
    });
  }
  comprehensionScope(t, scope) {
    const declared = declaredVars(t.body, this.errors);
    for (const v2 of termVars(t)) if (scope.future.has(v2) && !scope.renames.has(v2)) declared.add(v2);
    return this.nestedScope(scope, declared);
  }
  nestedScope(scope, declared) {
    const renames = new Map(scope.renames);
    const locals = new Set(scope.locals);
    for (const v2 of declared) {
      if (v2 === "_") continue;
      renames.set(v2, `${v2}$${++this.counter}`);
      locals.add(v2);
    }
    return { ...scope, renames, locals, future: /* @__PURE__ */ new Set() };
  }
  resolveTerm(t, scope) {
    switch (t.type) {
      case "scalar":
        return t;
      case "var":
        return this.resolveVar(t, scope);
      case "ref": {
        const head = this.resolveTerm(t.head, scope);
        const path = t.path.map((p2) => this.resolveTerm(p2, scope));
        if (head.type === "ref") return { type: "ref", head: head.head, path: [...head.path, ...path], loc: t.loc };
        return { type: "ref", head, path, loc: t.loc };
      }
      case "array":
      case "set":
        return { ...t, items: t.items.map((x) => this.resolveTerm(x, scope)) };
      case "object":
        return { ...t, entries: t.entries.map(([k2, v2]) => [this.resolveTerm(k2, scope), this.resolveTerm(v2, scope)]) };
      case "arraycompr":
      case "setcompr": {
        const inner = this.comprehensionScope(t, scope);
        return { ...t, body: this.resolveBody(t.body, inner), head: this.resolveTerm(t.head, inner) };
      }
      case "objectcompr": {
        const inner = this.comprehensionScope(t, scope);
        const body = this.resolveBody(t.body, inner);
        return { ...t, body, key: this.resolveTerm(t.key, inner), value: this.resolveTerm(t.value, inner) };
      }
      case "call": {
        const resolved = this.resolveCallTarget(t, scope, false);
        return { ...resolved, args: t.args.map((a) => this.resolveTerm(a, scope)) };
      }
    }
  }
  resolveVar(t, scope) {
    if (t.name === "_") return { type: "var", name: `$_${++this.counter}`, loc: t.loc };
    const renamed = scope.renames.get(t.name);
    if (renamed) return { type: "var", name: renamed, loc: t.loc };
    if (scope.locals.has(t.name) || t.name === "input" || t.name === "data") return t;
    const imported = scope.imports.get(t.name);
    if (imported) return this.resolveTerm(imported, { ...scope, imports: /* @__PURE__ */ new Map(), locals: /* @__PURE__ */ new Set() });
    if (scope.pkgRules.has(t.name)) return dataRef([...scope.pkg, t.name], t.loc);
    return t;
  }
  resolveCallTarget(t, scope, forWith) {
    const name = refName(t.op);
    if (!name) throw new RegoError("rego_type_error", "invalid function call: operator must be a name", t.loc);
    const full = name.join(".");
    const arity = t.args.length;
    const internalArity = INTERNAL_BUILTINS.get(full);
    if (internalArity !== void 0 && (t.op.type === "var" || !scope.locals.has(name[0]))) {
      if (internalArity >= 0 && arity !== internalArity) {
        throw new RegoError("rego_type_error", `${full}: arity mismatch: have ${arity} operands, want ${internalArity}`, t.loc);
      }
      return { ...t, target: { kind: "builtin", name: full } };
    }
    const head = name[0];
    let fnPath;
    const imported = scope.imports.get(head);
    if (imported && !scope.locals.has(head)) {
      const impName = refName(imported);
      if (impName && impName[0] === "data") fnPath = [...impName.slice(1), ...name.slice(1)];
    } else if (head === "data") fnPath = name.slice(1);
    else if (scope.pkgRules.has(head) && !scope.locals.has(head)) fnPath = [...scope.pkg, ...name];
    if (fnPath) {
      const node = this.root.find(fnPath);
      if (node?.kind === "function") {
        const want = forWith ? arity : this.checkFunctionArity(node, fnPath, arity, t.loc);
        return { ...t, target: { kind: "function", path: fnPath }, outputOperand: arity === want + 1 };
      }
      if (!forWith || !this.builtins.has(full)) throw new RegoError("rego_type_error", `undefined function data.${fnPath.join(".")}`, t.loc);
    }
    const def = this.builtins.get(full);
    if (def) {
      if (!forWith && arity !== def.arity && arity !== def.arity + 1) {
        throw new RegoError("rego_type_error", `${full}: arity mismatch: have ${arity} operands, want ${def.arity}`, t.loc);
      }
      return { ...t, target: { kind: "builtin", name: full }, outputOperand: arity === def.arity + 1 };
    }
    const reason = unsupportedReason(full);
    if (reason !== void 0) throw new RegoError("rego_type_error", `${full} is not supported: ${reason}`, t.loc);
    throw new RegoError("rego_type_error", `undefined function ${full}`, t.loc);
  }
  checkFunctionArity(node, path, arity, loc) {
    const rule = node.rules[0] ?? node.defaultRule;
    const want = rule?.args?.length ?? 0;
    if (arity !== want && arity !== want + 1) {
      throw new RegoError("rego_type_error", `data.${path.join(".")}: arity mismatch: have ${arity} operands, want ${want}`, loc);
    }
    return want;
  }
  // ---- recursion ---------------------------------------------------------------
  checkRecursion() {
    const deps = /* @__PURE__ */ new Map();
    for (const r of this.allRules) {
      const node = this.root.find(r.path);
      const set = deps.get(node) ?? /* @__PURE__ */ new Set();
      deps.set(node, set);
      for (let cur = r; cur; cur = cur.elseRule) {
        const terms = [cur.value, ...cur.dynKeys, ...cur.key ? [cur.key] : [], ...cur.args ?? []];
        for (const t of terms) this.collectDeps(t, set);
        for (const l of cur.body) this.collectLiteralDeps(l, set);
      }
    }
    const state = /* @__PURE__ */ new Map();
    const stack = [];
    const visit2 = (n) => {
      if (state.get(n) === "done") return;
      if (state.get(n) === "visiting") {
        const cycle = stack.slice(stack.indexOf(n)).map((x) => "data." + x.path.join("."));
        const rule = n.rules[0] ?? n.defaultRule;
        this.errors.push(new RegoError("rego_recursion_error", `rule data.${n.path.join(".")} is recursive: ${[...cycle, cycle[0]].join(" -> ")}`, rule?.loc));
        return;
      }
      state.set(n, "visiting");
      stack.push(n);
      for (const d of deps.get(n) ?? []) {
        if (this.errors.length > 0) break;
        visit2(d);
      }
      stack.pop();
      state.set(n, "done");
    };
    for (const n of deps.keys()) if (this.errors.length === 0) visit2(n);
  }
  collectLiteralDeps(l, out) {
    switch (l.type) {
      case "expr":
        this.collectDeps(l.term, out);
        for (const w2 of l.withs) this.collectDeps(w2.value, out);
        break;
      case "somein":
        this.collectDeps(l.collection, out);
        break;
      case "every":
        this.collectDeps(l.domain, out);
        for (const b2 of l.body) this.collectLiteralDeps(b2, out);
        break;
      case "some":
        break;
    }
  }
  /** Rule nodes a term may read: the node its static data prefix reaches and every rule node below it. */
  collectDeps(t, out) {
    if (t.type === "ref" && t.head.type === "var" && t.head.name === "data") {
      let node = this.root;
      let hitRule = false;
      for (const p2 of t.path) {
        if (p2.type !== "scalar" || typeof p2.value !== "string") break;
        node = node.children.get(p2.value);
        if (!node) break;
        if (node.rules.length > 0 || node.defaultRule) {
          out.add(node);
          hitRule = true;
          break;
        }
      }
      if (node && !hitRule && t.path.every((p2) => p2.type === "scalar" && typeof p2.value === "string")) addSubtree(node, out);
    }
    if (t.type === "call" && t.target?.kind === "function") {
      const n = this.root.find(t.target.path);
      if (n) out.add(n);
    }
    forEachChildTerm(t, (c) => this.collectDeps(c, out), (l) => this.collectLiteralDeps(l, out));
  }
  guard(f2, fallback) {
    try {
      return f2();
    } catch (e) {
      if (e instanceof RegoError) this.errors.push(e);
      else if (e instanceof RegoErrors) this.errors.push(...e.errors);
      else throw e;
      return fallback;
    }
  }
};
var pending = /* @__PURE__ */ new WeakMap();
function addSubtree(n, out) {
  if (n.rules.length > 0 || n.defaultRule) out.add(n);
  for (const c of n.children.values()) addSubtree(c, out);
}
function declaredVars(body, errors) {
  const out = /* @__PURE__ */ new Set();
  const assigned = /* @__PURE__ */ new Set();
  for (const l of body) {
    if (l.type === "some") for (const v2 of l.vars) out.add(v2);
    if (l.type === "somein") {
      if (l.key) patternVars(l.key, out);
      patternVars(l.value, out);
    }
    if (l.type === "expr" && l.term.type === "call" && l.term.op.type === "var" && l.term.op.name === "assign") {
      const vars = patternVars(l.term.args[0], /* @__PURE__ */ new Set());
      for (const v2 of vars) {
        if (assigned.has(v2) || out.has(v2) && !assigned.has(v2) && isSomeDeclared(body, v2)) {
          errors.push(new RegoError("rego_compile_error", `var ${v2} assigned above`, l.loc));
        }
        assigned.add(v2);
        out.add(v2);
      }
    }
  }
  out.delete("_");
  return out;
}
function isSomeDeclared(body, v2) {
  return body.some((l) => l.type === "some" && l.vars.includes(v2));
}
function patternVars(t, out) {
  if (t.type === "var") out.add(t.name);
  else if (t.type === "array") t.items.forEach((x) => patternVars(x, out));
  else if (t.type === "object") t.entries.forEach(([, v2]) => patternVars(v2, out));
  return out;
}
function refName(t) {
  if (t.type === "var") return [t.name];
  if (t.type !== "ref" || t.head.type !== "var") return void 0;
  const out = [t.head.name];
  for (const p2 of t.path) {
    if (p2.type !== "scalar" || typeof p2.value !== "string") return void 0;
    out.push(p2.value);
  }
  return out;
}
function dataRef(path, loc) {
  return { type: "ref", head: { type: "var", name: "data", loc }, path: path.map((p2) => ({ type: "scalar", value: p2, loc })), loc };
}
function splitHead(rule) {
  const staticPath = [];
  const ref = rule.head.ref;
  let i = 0;
  for (; i < ref.length; i++) {
    const t = ref[i];
    if (t.type !== "scalar" || typeof t.value !== "string") break;
    staticPath.push(t.value);
  }
  const dynKeys = ref.slice(i);
  return { staticPath, dynKeys };
}

// action/src/rego/eval-values.ts
function setPath(doc, path, value) {
  if (path.length === 0) return value;
  const obj = doc instanceof ObjectValue ? doc : new ObjectValue();
  const [head, ...rest] = path;
  const entries = [...obj.entries()].filter(([k2]) => k2 !== head);
  entries.push([head, setPath(obj.get(head), rest, value)]);
  return new ObjectValue(entries);
}
function lookupBase(v2, key) {
  const found = lookup(v2, key);
  if (found === void 0 && typeof key === "number" && v2 instanceof ObjectValue) return v2.get(String(key));
  return found;
}
function lookup(v2, key) {
  if (v2 instanceof ObjectValue) return v2.get(key);
  if (Array.isArray(v2)) return typeof key === "number" && Number.isInteger(key) && key >= 0 ? v2[key] : void 0;
  if (v2 instanceof SetValue) return v2.has(key) ? key : void 0;
  return void 0;
}
var BuildNode = class _BuildNode {
  children = /* @__PURE__ */ new Map();
  leaf;
  set;
  at(path) {
    let n = this;
    for (const key of path) {
      const kk = keyOf(key);
      let c = n.children.get(kk);
      if (!c) {
        c = [key, new _BuildNode()];
        n.children.set(kk, c);
      }
      n = c[1];
    }
    return n;
  }
  addToSet(path, v2, loc) {
    const n = this.at(path);
    if (n.leaf) throw new RegoError("eval_conflict_error", "object keys must be unique", loc);
    n.set ??= /* @__PURE__ */ new Map();
    n.set.set(keyOf(v2), v2);
  }
  put(path, v2, loc) {
    const n = this.at(path);
    if (n.leaf && !equal(n.leaf.value, v2)) throw new RegoError("eval_conflict_error", "object keys must be unique", loc);
    if (n.children.size > 0 || n.set) throw new RegoError("eval_conflict_error", "object keys must be unique", loc);
    n.leaf = { value: v2 };
  }
  toSet() {
    return new SetValue(this.set?.values() ?? []);
  }
  toValue() {
    if (this.leaf) return this.leaf.value;
    if (this.set) return new SetValue(this.set.values());
    return new ObjectValue([...this.children.values()].map(([k2, n]) => [k2, n.toValue()]));
  }
};
function internalBuiltin(name, args) {
  if (name === "internal.member_2") return isMember(args[0], args[1]);
  if (name === "internal.member_3") {
    return memberOf(args[2], (k2, v2) => equal(k2, args[0]) && equal(v2, args[1]));
  }
  return void 0;
}
function memberOf(coll, match) {
  if (Array.isArray(coll)) return coll.some((v2, i) => match(i, v2));
  if (coll instanceof ObjectValue) {
    for (const [k2, v2] of coll.entries()) if (match(k2, v2)) return true;
    return false;
  }
  if (coll instanceof SetValue) {
    for (const v2 of coll.values()) if (match(v2, v2)) return true;
  }
  return false;
}
function isMember(x, coll) {
  if (coll instanceof SetValue) return coll.has(x);
  return memberOf(coll, (_k, v2) => equal(v2, x));
}
function formatForPrint(v2) {
  return typeof v2 === "string" ? v2 : formatTerm(v2);
}
function formatTerm(v2) {
  if (v2 === null || typeof v2 !== "object") return JSON.stringify(v2);
  if (Array.isArray(v2)) return "[" + v2.map(formatTerm).join(", ") + "]";
  if (v2 instanceof SetValue) return v2.size === 0 ? "set()" : "{" + v2.sorted().map(formatTerm).join(", ") + "}";
  return "{" + v2.sortedEntries().map(([k2, x]) => `${formatTerm(k2)}: ${formatTerm(x)}`).join(", ") + "}";
}

// action/src/rego/evaluator.ts
var IN_PROGRESS = /* @__PURE__ */ Symbol("in-progress");
var MULTI = /* @__PURE__ */ Symbol("multi");
var scopeCounter = 0;
var Stop = class {
};
var Env = class {
  vals = /* @__PURE__ */ new Map();
  trail = [];
  bind(name, v2) {
    this.vals.set(name, v2);
    this.trail.push(name);
  }
  mark() {
    return this.trail.length;
  }
  undo(mark) {
    while (this.trail.length > mark) this.vals.delete(this.trail.pop());
  }
};
var Evaluator = class {
  constructor(root, builtins, settings) {
    this.root = root;
    this.builtins = builtins;
    this.settings = settings;
    this.scope = { id: ++scopeCounter, input: settings.input, data: settings.data, overridden: null, mocks: null, cache: /* @__PURE__ */ new Map(), fnCache: /* @__PURE__ */ new Map() };
    this.ctx = { nowNs: settings.nowNs, cache: /* @__PURE__ */ new Map() };
  }
  root;
  builtins;
  settings;
  scope;
  ticks = 0;
  currentRule;
  ctx;
  // ---- bodies and literals -------------------------------------------------
  evalBody(body, i, env, k2) {
    const mark = env.mark();
    for (; i < body.length; i++) {
      const outcome = this.evalLiteralDirect(body[i], env);
      if (outcome === MULTI) break;
      if (!outcome) {
        env.undo(mark);
        return;
      }
    }
    if (i === body.length) k2();
    else this.evalLiteral(body[i], env, () => this.evalBody(body, i + 1, env, k2));
    env.undo(mark);
  }
  /** true/false when the literal could be decided directly, MULTI otherwise. */
  evalLiteralDirect(lit, env) {
    if (lit.type !== "expr" || lit.withs.length > 0) return MULTI;
    this.tick(lit.loc);
    const t = lit.term;
    if (!lit.negated && t.type === "call" && t.target?.kind === "builtin" && (t.target.name === "assign" || t.target.name === "eq")) {
      const lhs = t.args[0];
      if (lhs.type !== "var" || env.vals.has(lhs.name) || lhs.name === "input" || lhs.name === "data") return MULTI;
      const v3 = this.evalDirect(t.args[1], env);
      if (v3 === MULTI) return MULTI;
      if (v3 === void 0) return false;
      env.bind(lhs.name, v3);
      return true;
    }
    const v2 = this.evalDirect(t, env);
    if (v2 === MULTI) return MULTI;
    const holds = v2 !== void 0 && v2 !== false;
    return lit.negated ? !holds : holds;
  }
  /** Runs `run` until its first solution; true when there was one. Bindings are undone. */
  exists(env, run) {
    const stop = new Stop();
    const mark = env.mark();
    try {
      run(() => {
        throw stop;
      });
    } catch (e) {
      if (e !== stop) throw e;
      env.undo(mark);
      return true;
    }
    return false;
  }
  evalLiteral(lit, env, k2) {
    this.tick(lit.loc);
    if (lit.type !== "some" && lit.withs.length > 0) {
      this.withScope(lit.withs, env, (inner) => this.evalLiteralPlain(lit, env, inner), k2);
      return;
    }
    this.evalLiteralPlain(lit, env, k2);
  }
  evalLiteralPlain(lit, env, k2) {
    switch (lit.type) {
      case "some":
        return k2();
      case "somein": {
        const keyTerm = lit.key;
        return this.evalTerm(lit.collection, env, (coll) => {
          if (!keyTerm) this.forEachMember(coll, (_key, val) => this.unifyValue(lit.value, val, env, k2));
          else this.forEachMember(coll, (key, val) => this.unifyValue(keyTerm, key, env, () => this.unifyValue(lit.value, val, env, k2)));
        });
      }
      case "every":
        return this.evalEvery(lit, env, k2);
      case "expr":
        if (lit.negated) {
          if (!this.exists(env, (inner) => this.evalExpr(lit.term, env, inner))) k2();
          return;
        }
        return this.evalExpr(lit.term, env, k2);
    }
  }
  evalEvery(lit, env, k2) {
    let domainSeen = false;
    this.evalTerm(lit.domain, env, (dom) => {
      domainSeen = true;
      let all = true;
      this.forEachMember(dom, (key, val) => {
        if (!all) return;
        const ok = this.exists(env, (inner) => {
          const withValue = () => this.unifyValue(lit.value, val, env, () => this.evalBody(lit.body, 0, env, inner));
          if (lit.key) this.unifyValue(lit.key, key, env, withValue);
          else withValue();
        });
        if (!ok) all = false;
      });
      if (all) k2();
    });
    if (!domainSeen) k2();
  }
  evalExpr(t, env, k2) {
    if (t.type === "call" && t.target?.kind === "builtin") {
      const name = t.target.name;
      if (name === "eq" || name === "assign") return this.unify(t.args[0], t.args[1], env, k2);
    }
    if (t.type === "call" && t.outputOperand) {
      const out = t.args[t.args.length - 1];
      return this.evalCall(t, env, (v2) => this.unifyValue(out, v2, env, k2));
    }
    this.evalTerm(t, env, (v2) => {
      if (v2 !== false) k2();
    });
  }
  // ---- with --------------------------------------------------------------------
  withScope(withs, env, body, k2) {
    this.evalWithValues(withs, 0, [], env, (values) => {
      const inner = this.applyWiths(withs, values);
      const saved = this.scope;
      this.scope = inner;
      try {
        body(() => {
          this.scope = saved;
          try {
            k2();
          } finally {
            this.scope = inner;
          }
        });
      } finally {
        this.scope = saved;
      }
    });
  }
  evalWithValues(withs, i, acc, env, k2) {
    if (i === withs.length) return k2(acc);
    const v2 = withs[i].value;
    if (v2.type === "var" && v2.name.startsWith("$builtin:")) {
      return this.evalWithValues(withs, i + 1, [...acc, { kind: "builtin", name: v2.name.slice(9) }], env, k2);
    }
    if (v2.type === "var" && v2.name.startsWith("$function:")) {
      return this.evalWithValues(withs, i + 1, [...acc, { kind: "function", path: v2.name.slice(10).split(".") }], env, k2);
    }
    this.evalTerm(v2, env, (val) => this.evalWithValues(withs, i + 1, [...acc, val], env, k2));
  }
  applyWiths(withs, values) {
    const s3 = { ...this.scope, id: ++scopeCounter, cache: /* @__PURE__ */ new Map(), fnCache: /* @__PURE__ */ new Map() };
    withs.forEach((w2, i) => {
      const v2 = values[i];
      const target = targetPath(w2.target);
      const asMock = isMock(v2) ? v2 : { kind: "value", value: v2 };
      if (target[0] === "input") {
        s3.input = setPath(s3.input, target.slice(1), mockValue(asMock, w2.loc));
        return;
      }
      if (target[0] === "data") {
        const node = this.root.find(target.slice(1));
        if (node?.kind === "function") {
          s3.mocks = new Map(s3.mocks ?? []);
          s3.mocks.set("data." + target.slice(1).join("."), asMock);
          return;
        }
        s3.data = setPath(s3.data, target.slice(1), mockValue(asMock, w2.loc)) ?? new ObjectValue();
        s3.overridden = new Set(s3.overridden ?? []);
        s3.overridden.add(pathKey(target.slice(1)));
        return;
      }
      s3.mocks = new Map(s3.mocks ?? []);
      s3.mocks.set(target.join("."), asMock);
    });
    return s3;
  }
  // ---- unification ---------------------------------------------------------------
  unify(a, b2, env, k2) {
    if (this.isUnboundVar(a, env)) return this.evalTerm(b2, env, (v2) => this.unifyValue(a, v2, env, k2));
    if (this.isUnboundVar(b2, env)) return this.evalTerm(a, env, (v2) => this.unifyValue(b2, v2, env, k2));
    if (a.type === "array" && b2.type === "array") {
      if (a.items.length !== b2.items.length) return;
      const step = (i) => i === a.items.length ? k2() : this.unify(a.items[i], b2.items[i], env, () => step(i + 1));
      return step(0);
    }
    if (a.type === "object" && b2.type === "object" && a.entries.length === b2.entries.length) {
      const pairs = objectPairs(a.entries, b2.entries);
      if (pairs) {
        const step = (i) => i === pairs.length ? k2() : this.unify(pairs[i][0], pairs[i][1], env, () => step(i + 1));
        return step(0);
      }
    }
    if (!this.hasUnboundPattern(a, env)) return this.evalTerm(a, env, (v2) => this.unifyValue(b2, v2, env, k2));
    this.evalTerm(b2, env, (v2) => this.unifyValue(a, v2, env, k2));
  }
  unifyValue(pattern, v2, env, k2) {
    switch (pattern.type) {
      case "var": {
        const bound = env.vals.get(pattern.name);
        if (bound !== void 0) {
          if (equal(bound, v2)) k2();
          return;
        }
        if (pattern.name === "input" || pattern.name === "data") {
          return this.evalTerm(pattern, env, (pv) => {
            if (equal(pv, v2)) k2();
          });
        }
        const mark = env.mark();
        env.bind(pattern.name, v2);
        k2();
        env.undo(mark);
        return;
      }
      case "scalar":
        if (equal(pattern.value, v2)) k2();
        return;
      case "array": {
        if (!Array.isArray(v2) || v2.length !== pattern.items.length) return;
        const step = (i) => i === v2.length ? k2() : this.unifyValue(pattern.items[i], v2[i], env, () => step(i + 1));
        return step(0);
      }
      case "object": {
        if (!(v2 instanceof ObjectValue) || v2.size !== pattern.entries.length) return;
        const step = (i) => {
          if (i === pattern.entries.length) return k2();
          const [kt2, vt2] = pattern.entries[i];
          this.evalTerm(kt2, env, (key) => {
            const child2 = v2.get(key);
            if (child2 !== void 0) this.unifyValue(vt2, child2, env, () => step(i + 1));
          });
        };
        return step(0);
      }
      default:
        this.evalTerm(pattern, env, (pv) => {
          if (equal(pv, v2)) k2();
        });
    }
  }
  isUnboundVar(t, env) {
    return t.type === "var" && !env.vals.has(t.name) && t.name !== "input" && t.name !== "data";
  }
  hasUnboundPattern(t, env) {
    if (t.type === "var") return this.isUnboundVar(t, env);
    if (t.type === "array") return t.items.some((x) => this.hasUnboundPattern(x, env));
    if (t.type === "object") return t.entries.some(([, x]) => this.hasUnboundPattern(x, env));
    return false;
  }
  // ---- terms ---------------------------------------------------------------------
  evalTerm(t, env, k2) {
    const direct = this.evalDirect(t, env);
    if (direct !== MULTI) {
      if (direct !== void 0) k2(direct);
      return;
    }
    switch (t.type) {
      case "scalar":
        return k2(t.value);
      case "var":
        return this.evalVar(t.name, env, k2, t.loc);
      case "ref":
        return this.evalRef(t, env, k2);
      case "array":
        return this.evalTerms(t.items, env, (vals) => k2(vals));
      case "set":
        return this.evalTerms(t.items, env, (vals) => k2(new SetValue(vals)));
      case "object":
        return this.evalObject(t.entries, env, k2);
      case "arraycompr":
      case "setcompr":
      case "objectcompr":
        return k2(this.evalComprehension(t, env));
      case "call":
        return this.evalCall(t, env, k2);
    }
  }
  /**
   * Fast path without continuations for terms that have at most one value and
   * bind nothing: scalars, bound vars, refs over values with ground keys,
   * collections and calls of such terms. MULTI means "use the general path".
   */
  evalDirect(t, env) {
    switch (t.type) {
      case "scalar":
        return t.value;
      case "var": {
        const v2 = env.vals.get(t.name);
        if (v2 !== void 0) return v2;
        return t.name === "input" ? this.scope.input : MULTI;
      }
      case "ref":
        return this.directRef(t, env);
      case "array":
      case "set": {
        const out = [];
        for (const item of t.items) {
          const v2 = this.evalDirect(item, env);
          if (v2 === MULTI || v2 === void 0) return v2;
          out.push(v2);
        }
        return t.type === "array" ? out : new SetValue(out);
      }
      case "object": {
        const entries = [];
        for (const [kt2, vt2] of t.entries) {
          const key = this.evalDirect(kt2, env);
          if (key === MULTI || key === void 0) return key;
          const val = this.evalDirect(vt2, env);
          if (val === MULTI || val === void 0) return val;
          entries.push([key, val]);
        }
        return new ObjectValue(entries);
      }
      case "arraycompr":
      case "setcompr":
      case "objectcompr":
        return this.evalComprehension(t, env);
      case "call":
        return this.directCall(t, env);
      default:
        return MULTI;
    }
  }
  directRef(t, env) {
    if (t.head.type === "var" && t.head.name === "data") {
      if (!isStaticPath(t.path)) return this.dataDirect(t.path, env);
      if (t.memo?.scopeId === this.scope.id) return t.memo.value;
      const v2 = this.dataDirect(t.path, env);
      if (v2 !== MULTI) t.memo = { scopeId: this.scope.id, value: v2 };
      return v2;
    }
    let cur = this.evalDirect(t.head, env);
    if (cur === MULTI || cur === void 0) return cur;
    for (const p2 of t.path) {
      let key;
      if (p2.type === "scalar") key = p2.value;
      else {
        if (p2.type === "var" && !env.vals.has(p2.name)) return MULTI;
        key = this.evalDirect(p2, env);
        if (key === MULTI || key === void 0) return key;
      }
      cur = lookup(cur, key);
      if (cur === void 0) return void 0;
    }
    return cur;
  }
  /** A call whose operands are direct; eq/assign/print, relations and mocks take the general path. */
  directCall(t, env) {
    const target = t.target;
    if (!target || t.outputOperand) return MULTI;
    if (target.kind === "builtin" && !target.name.startsWith("internal.") && this.builtinDef(t) === null) return MULTI;
    const n = t.args.length;
    const args = new Array(n);
    for (let j2 = 0; j2 < n; j2++) {
      const v2 = this.evalDirect(t.args[j2], env);
      if (v2 === MULTI || v2 === void 0) return v2;
      args[j2] = v2;
    }
    const mock = this.scope.mocks?.get(target.kind === "builtin" ? target.name : "data." + target.path.join("."));
    if (mock) return MULTI;
    if (target.kind === "function") return this.callFunction(target.path, args, t.loc);
    const def = this.builtinDef(t);
    if (def === null) return target.name.startsWith("internal.") ? internalBuiltin(target.name, args) : MULTI;
    if (def.relation) return MULTI;
    return this.invokeDef(def, args, t.loc);
  }
  /** The registry entry of a call's built-in, cached on the term; null for eq, assign, print. */
  builtinDef(t) {
    if (t.def === void 0) t.def = t.target?.kind === "builtin" ? this.builtins.get(t.target.name) ?? null : null;
    return t.def;
  }
  /** walkData without continuations, for refs whose keys are all ground. */
  dataDirect(path, env) {
    const keys = [];
    for (const p2 of path) {
      if (p2.type === "var" && !env.vals.has(p2.name)) return MULTI;
      const key = this.evalDirect(p2, env);
      if (key === MULTI || key === void 0) return key;
      keys.push(key);
    }
    let node = this.root;
    let base = this.scope.data;
    let i = 0;
    const at2 = [];
    for (; i < keys.length; i++) {
      if (node.kind !== void 0 || this.scope.overridden?.has(pathKey(at2))) break;
      const key = keys[i];
      base = base === void 0 ? void 0 : lookupBase(base, key);
      const child2 = typeof key === "string" ? node.children.get(key) : void 0;
      if (!child2) {
        node = void 0;
        i++;
        break;
      }
      node = child2;
      at2.push(key);
    }
    let cur = node ? this.nodeValue(node, base, at2) : base;
    for (; i < keys.length && cur !== void 0; i++) cur = node ? lookup(cur, keys[i]) : lookupBase(cur, keys[i]);
    return cur;
  }
  evalVar(name, env, k2, loc) {
    const v2 = env.vals.get(name);
    if (v2 !== void 0) return k2(v2);
    if (name === "input") {
      if (this.scope.input !== void 0) k2(this.scope.input);
      return;
    }
    if (name === "data") {
      const d = this.nodeValue(this.root, this.scope.data, []);
      if (d !== void 0) k2(d);
      return;
    }
    throw new RegoError("eval_internal_error", `var ${name} is unbound`, loc);
  }
  /**
   * Evaluates terms left to right, except that plain variables still unbound
   * come last: `foo == xs[foo]` binds foo through the ref first.
   */
  evalTerms(terms, env, k2) {
    const out = new Array(terms.length);
    let order;
    for (let i = 0; i < terms.length; i++) {
      if (this.isUnboundVar(terms[i], env)) {
        order = [...terms.keys()].sort((a, b2) => Number(this.isUnboundVar(terms[a], env)) - Number(this.isUnboundVar(terms[b2], env)));
        break;
      }
    }
    const step = (j2) => {
      if (j2 === terms.length) return k2(out.slice());
      const i = order ? order[j2] : j2;
      this.evalTerm(terms[i], env, (v2) => {
        out[i] = v2;
        step(j2 + 1);
      });
    };
    step(0);
  }
  evalObject(entries, env, k2) {
    const flat = [];
    for (const [key, val] of entries) flat.push(key, val);
    this.evalTerms(flat, env, (vals) => {
      const pairs = [];
      for (let i = 0; i < vals.length; i += 2) pairs.push([vals[i], vals[i + 1]]);
      k2(new ObjectValue(pairs));
    });
  }
  evalComprehension(t, env) {
    if (t.type === "objectcompr") return this.evalObjectComprehension(t, env);
    const out = [];
    this.evalBody(t.body, 0, env, () => this.evalTerm(t.head, env, (v2) => out.push(v2)));
    return t.type === "arraycompr" ? out : new SetValue(out);
  }
  evalObjectComprehension(t, env) {
    const out = /* @__PURE__ */ new Map();
    this.evalBody(
      t.body,
      0,
      env,
      () => this.evalTerm(
        t.key,
        env,
        (key) => this.evalTerm(t.value, env, (val) => {
          const kk = keyOf(key);
          const prev = out.get(kk);
          if (prev && !equal(prev[1], val)) throw new RegoError("eval_conflict_error", "object keys must be unique", t.loc);
          out.set(kk, [key, val]);
        })
      )
    );
    return new ObjectValue(out.values());
  }
  // ---- refs ------------------------------------------------------------------------
  evalRef(t, env, k2) {
    const head = t.head;
    if (head.type === "var" && !env.vals.has(head.name)) {
      if (head.name === "data") return this.walkData(this.root, this.scope.data, [], t.path, 0, env, k2);
      if (head.name === "input") {
        if (this.scope.input !== void 0) this.walkValue(this.scope.input, t.path, 0, env, k2);
        return;
      }
    }
    this.evalTerm(head, env, (v2) => this.walkValue(v2, t.path, 0, env, k2));
  }
  /** @param inBase v is (part of) the base document, where numbers also find string keys. */
  walkValue(v2, path, i, env, k2, inBase = false) {
    if (i === path.length) return k2(v2);
    const p2 = path[i];
    if (this.hasUnboundPattern(p2, env)) {
      return this.forEachMember(v2, (key, val) => this.unifyValue(p2, key, env, () => this.walkValue(val, path, i + 1, env, k2, inBase)));
    }
    this.evalTerm(p2, env, (key) => {
      const child2 = inBase ? lookupBase(v2, key) : lookup(v2, key);
      if (child2 !== void 0) this.walkValue(child2, path, i + 1, env, k2, inBase);
    });
  }
  walkData(node, base, at2, path, i, env, k2) {
    if (this.scope.overridden?.has(pathKey(at2)) || node.kind !== void 0 || i === path.length) {
      const v2 = this.nodeValue(node, base, at2);
      if (v2 !== void 0) this.walkValue(v2, path, i, env, k2);
      return;
    }
    const p2 = path[i];
    const step = (key) => {
      const childBase = base === void 0 ? void 0 : lookupBase(base, key);
      const child2 = typeof key === "string" ? node.children.get(key) : void 0;
      if (child2) this.walkData(child2, childBase, [...at2, key], path, i + 1, env, k2);
      else if (childBase !== void 0) this.walkValue(childBase, path, i + 1, env, k2, true);
    };
    if (!this.hasUnboundPattern(p2, env)) return this.evalTerm(p2, env, step);
    const keys = /* @__PURE__ */ new Map();
    for (const name of node.children.keys()) keys.set(keyOf(name), name);
    if (base instanceof ObjectValue) for (const key of base.keys()) keys.set(keyOf(key), key);
    for (const key of keys.values()) this.unifyValue(p2, key, env, () => step(key));
  }
  // ---- virtual documents ---------------------------------------------------------------
  /** The value of the document at a rule-tree node merged with the base document there. */
  nodeValue(node, base, at2) {
    if (this.scope.overridden?.has(pathKey(at2))) return base;
    if (node.kind === "function") return void 0;
    if (node.kind === "complete") return this.cachedRuleValue(node, () => this.evalComplete(node));
    const own = node.kind ? this.cachedRuleValue(node, () => this.evalPartial(node)) : void 0;
    if (own instanceof SetValue) return own;
    const entries = /* @__PURE__ */ new Map();
    if (base instanceof ObjectValue) for (const [k2, v2] of base.entries()) entries.set(keyOf(k2), [k2, v2]);
    if (own instanceof ObjectValue) for (const [k2, v2] of own.entries()) mergeEntry(entries, k2, v2, node);
    for (const [name, child2] of node.children) {
      const childBase = base instanceof ObjectValue ? base.get(name) : void 0;
      const cv = this.nodeValue(child2, childBase, [...at2, name]);
      const fromOwnRules = own instanceof ObjectValue && own.has(name);
      if (cv !== void 0) mergeEntry(entries, name, cv, child2, !fromOwnRules);
      else if (childBase !== void 0 && child2.kind !== void 0) entries.delete(keyOf(name));
    }
    return new ObjectValue(entries.values());
  }
  cachedRuleValue(node, compute) {
    const cached2 = this.scope.cache.get(node);
    if (cached2 === IN_PROGRESS) {
      throw new RegoError("rego_recursion_error", `rule data.${node.path.join(".")} is recursive`, node.rules[0]?.loc);
    }
    if (cached2 !== void 0 || this.scope.cache.has(node)) return cached2;
    this.scope.cache.set(node, IN_PROGRESS);
    try {
      const v2 = compute();
      this.scope.cache.set(node, v2);
      return v2;
    } catch (e) {
      this.scope.cache.delete(node);
      throw e;
    }
  }
  evalComplete(node) {
    const values = /* @__PURE__ */ new Map();
    for (const rule of node.rules) {
      for (let r = rule; r; r = r.elseRule) {
        const before = values.size;
        const rr2 = r;
        const produced = this.inRule(rr2, () => this.ruleSolutions(rr2, new Env(), rr2.value, (v2) => values.set(keyOf(v2), v2)));
        if (values.size > 1) {
          throw new RegoError("eval_conflict_error", `rule data.${node.path.join(".")} produced conflicting values`, r.loc);
        }
        if (produced || values.size > before) break;
      }
    }
    if (values.size === 1) return values.values().next().value;
    if (node.defaultRule) return this.groundValue(node.defaultRule.value);
    return void 0;
  }
  /**
   * Runs a rule body and evaluates `head` for each solution. A ground head
   * value needs only the first solution. Returns whether the body had one.
   */
  ruleSolutions(r, env, head, onValue) {
    if (termVars(head).size === 0 && head.type !== "call" && !hasRefOrCall(head)) {
      const found2 = this.exists(env, (k2) => this.evalBody(r.body, 0, env, k2));
      if (found2) this.evalTerm(head, env, onValue);
      return found2;
    }
    let found = false;
    this.evalBody(r.body, 0, env, () => {
      found = true;
      this.evalTerm(head, env, onValue);
    });
    return found;
  }
  groundValue(t) {
    let out;
    this.evalTerm(t, new Env(), (v2) => {
      out = v2;
    });
    return out;
  }
  evalPartial(node) {
    const isSet = node.kind === "partial-set";
    const tree = new BuildNode();
    for (const rule of node.rules) {
      const env = new Env();
      const keys = isSet ? [...rule.dynKeys, rule.key] : [...rule.dynKeys, rule.value];
      this.inRule(
        rule,
        () => this.evalBody(
          rule.body,
          0,
          env,
          () => this.evalTerms(keys, env, (vals) => {
            if (isSet) tree.addToSet(vals.slice(0, -1), vals[vals.length - 1], rule.loc);
            else tree.put(vals.slice(0, -1), vals[vals.length - 1], rule.loc);
          })
        )
      );
    }
    if (isSet && node.rules.every((r) => r.dynKeys.length === 0)) return tree.toSet();
    return tree.toValue();
  }
  // ---- calls ------------------------------------------------------------------------------
  evalCall(t, env, k2) {
    const target = t.target;
    if (!target) throw new RegoError("eval_internal_error", "unresolved call", t.loc);
    const inputs = t.outputOperand ? t.args.slice(0, -1) : t.args;
    if (target.kind === "builtin") {
      switch (target.name) {
        case "eq":
        case "assign":
          return this.unify(t.args[0], t.args[1], env, () => k2(true));
        case "print":
          return this.evalPrint(t.args, env, () => k2(true));
        case "rego.metadata.rule":
        case "rego.metadata.chain":
          return k2(this.metadata(target.name));
      }
    }
    this.evalTerms(inputs, env, (args) => {
      const mockKey = target.kind === "builtin" ? target.name : "data." + target.path.join(".");
      const mock = this.scope.mocks?.get(mockKey);
      if (mock) return this.callMock(mock, args, t, k2);
      if (target.kind === "function") {
        const v2 = this.callFunction(target.path, args, t.loc);
        if (v2 !== void 0) k2(v2);
        return;
      }
      this.callBuiltin(target.name, args, t.loc, k2);
    });
  }
  callMock(mock, args, t, k2) {
    if (mock.kind === "value") return k2(mock.value);
    if (mock.kind === "builtin") return this.callBuiltin(mock.name, args, t.loc, k2);
    const saved = this.scope;
    this.scope = { ...saved, id: ++scopeCounter, mocks: null, cache: /* @__PURE__ */ new Map(), fnCache: /* @__PURE__ */ new Map() };
    let v2;
    try {
      v2 = this.callFunction(mock.path, args, t.loc);
    } finally {
      this.scope = saved;
    }
    if (v2 !== void 0) k2(v2);
  }
  callBuiltin(name, args, loc, k2) {
    const def = this.builtins.get(name);
    const result = this.invokeBuiltin(name, args, loc);
    if (result === void 0) return;
    if (def?.relation && Array.isArray(result)) {
      for (const r of result) k2(r);
      return;
    }
    k2(result);
  }
  /** Calls a built-in; a BuiltinError is undefined unless strict, as in OPA. */
  invokeBuiltin(name, args, loc) {
    if (name.startsWith("internal.")) return internalBuiltin(name, args);
    const def = this.builtins.get(name);
    if (!def) throw new RegoError("eval_internal_error", `built-in ${name} is not registered`, loc);
    return this.invokeDef(def, args, loc);
  }
  invokeDef(def, args, loc) {
    const name = def.name;
    try {
      return def.fn(args, this.ctx);
    } catch (e) {
      if (e instanceof BuiltinError) {
        if (this.settings.strictBuiltinErrors) throw new RegoError(e.code, `${name}: ${e.message}`, loc);
        return void 0;
      }
      if (e instanceof RegoError) throw e;
      throw new RegoError("eval_internal_error", `${name}: ${e.message}`, loc);
    }
  }
  /** Calls a user function; undefined when no definition applies. */
  callFunction(path, args, loc) {
    const node = this.root.find(path);
    if (!node) throw new RegoError("eval_internal_error", `function data.${path.join(".")} not found`, loc);
    const memoKey = path.join(".") + "(" + args.map(keyOf).join(",");
    if (this.scope.fnCache.has(memoKey)) return this.scope.fnCache.get(memoKey);
    const values = /* @__PURE__ */ new Map();
    for (const rule of node.rules) {
      for (let r = rule; r; r = r.elseRule) {
        const env = new Env();
        let produced = false;
        const rr2 = r;
        this.inRule(
          rr2,
          () => this.bindArgs(
            rr2.args ?? [],
            args,
            env,
            () => this.evalBody(rr2.body, 0, env, () => {
              produced = true;
              this.evalTerm(rr2.value, env, (v2) => values.set(keyOf(v2), v2));
            })
          )
        );
        if (values.size > 1) {
          throw new RegoError("eval_conflict_error", `function data.${path.join(".")} produced conflicting values for the same inputs`, loc);
        }
        if (produced) break;
      }
    }
    let out = values.size === 1 ? values.values().next().value : void 0;
    if (out === void 0 && node.defaultRule) out = this.groundValue(node.defaultRule.value);
    this.scope.fnCache.set(memoKey, out);
    return out;
  }
  /** Runs f with `rule` as the rule whose body is being evaluated (for rego.metadata.*). */
  inRule(rule, f2) {
    const saved = this.currentRule;
    this.currentRule = rule;
    try {
      return f2();
    } finally {
      this.currentRule = saved;
    }
  }
  /** rego.metadata.rule() / chain(): the METADATA of the rule being evaluated, {} / [] outside rules. */
  metadata(name) {
    const rule = this.currentRule;
    if (name === "rego.metadata.rule") return annotationValue(rule?.annotations ?? {});
    if (!rule) return [];
    const chain = [entry(["data", ...rule.path], rule.annotations)];
    if (rule.packageAnnotations) chain.push(entry(rule.packagePath, rule.packageAnnotations));
    return chain;
  }
  bindArgs(params, args, env, k2) {
    const step = (i) => i === params.length ? k2() : this.unifyValue(params[i], args[i], env, () => step(i + 1));
    step(0);
  }
  evalPrint(args, env, k2) {
    const parts = args.map((a) => {
      const vals = [];
      this.evalTerm(a, env, (v2) => vals.push(v2));
      return vals.length === 0 ? "<undefined>" : vals.map(formatForPrint).join(" ");
    });
    this.settings.print(parts.join(" "));
    k2();
  }
  // ---- iteration ---------------------------------------------------------------------------
  /** Calls f for each member; each one counts towards the time budget. */
  forEachMember(coll, f2) {
    if (Array.isArray(coll)) {
      for (let i = 0; i < coll.length; i++) {
        this.tick();
        f2(i, coll[i]);
      }
    } else if (coll instanceof ObjectValue) {
      for (const [k2, v2] of [...coll.entries()]) {
        this.tick();
        f2(k2, v2);
      }
    } else if (coll instanceof SetValue) {
      for (const v2 of [...coll.values()]) {
        this.tick();
        f2(v2, v2);
      }
    }
  }
  /** Counts one step; every 1,024 steps, past the deadline is eval_cancel_error. */
  tick(loc) {
    if (++this.ticks % 1024 === 0 && Date.now() > this.settings.deadline) {
      throw new RegoError("eval_cancel_error", "evaluation timed out (time budget exceeded)", loc);
    }
  }
};
var staticPaths = /* @__PURE__ */ new WeakMap();
function isStaticPath(path) {
  let known = staticPaths.get(path);
  if (known === void 0) {
    known = path.every((p2) => p2.type === "scalar");
    staticPaths.set(path, known);
  }
  return known;
}
function isMock(v2) {
  return typeof v2 === "object" && v2 !== null && !Array.isArray(v2) && !(v2 instanceof SetValue) && !(v2 instanceof ObjectValue);
}
function mockValue(m2, loc) {
  if (m2.kind === "value") return m2.value;
  throw new RegoError("rego_compile_error", "with: a function can only replace a function", loc);
}
function targetPath(t) {
  if (t.type === "var") return [t.name];
  if (t.type === "ref" && t.head.type === "var") {
    return [t.head.name, ...t.path.map((p2) => p2.type === "scalar" ? String(p2.value) : "")];
  }
  throw new RegoError("rego_compile_error", "with target must be a reference", t.loc);
}
function pathKey(path) {
  return path.join("\0");
}
function hasRefOrCall(t) {
  switch (t.type) {
    case "ref":
    case "call":
    case "arraycompr":
    case "setcompr":
    case "objectcompr":
      return true;
    case "array":
    case "set":
      return t.items.some(hasRefOrCall);
    case "object":
      return t.entries.some(([a, b2]) => hasRefOrCall(a) || hasRefOrCall(b2));
    default:
      return false;
  }
}
function mergeEntry(entries, k2, v2, node, replacesBase = false) {
  const kk = keyOf(k2);
  const prev = entries.get(kk);
  if (prev === void 0 || equal(prev[1], v2)) {
    entries.set(kk, [k2, v2]);
    return;
  }
  if (prev[1] instanceof ObjectValue && v2 instanceof ObjectValue) {
    const merged = /* @__PURE__ */ new Map();
    for (const [a, b2] of prev[1].entries()) merged.set(keyOf(a), [a, b2]);
    for (const [a, b2] of v2.entries()) mergeEntry(merged, a, b2, node, replacesBase);
    entries.set(kk, [k2, new ObjectValue(merged.values())]);
    return;
  }
  if (!replacesBase) throw new RegoError("eval_conflict_error", `object keys must be unique`, node.rules[0]?.loc);
  entries.set(kk, [k2, v2]);
}
function entry(path, annotations) {
  const fields = [["path", path]];
  if (annotations) fields.push(["annotations", annotationValue(annotations)]);
  return new ObjectValue(fields);
}
function annotationValue(annotations) {
  return fromJSON(JSON.parse(JSON.stringify(annotations)));
}

// action/src/rego/parser.ts
var import_yaml5 = __toESM(require_dist(), 1);

// action/src/rego/lexer.ts
var PUNCT2 = /* @__PURE__ */ new Set([":=", "==", "!=", "<=", ">="]);
var PUNCT1 = /* @__PURE__ */ new Set(["{", "}", "[", "]", "(", ")", ".", ",", ";", ":", "=", "<", ">", "+", "-", "*", "/", "%", "&", "|"]);
function lex(source, file) {
  const tokens = [];
  const comments = [];
  let i = 0;
  let row = 1;
  let lineStart = 0;
  let nl = true;
  const fail = (msg, r = row, c = i - lineStart + 1) => {
    throw new RegoError("rego_parse_error", msg, { file, row: r, col: c });
  };
  while (i < source.length) {
    const ch = source[i];
    if (ch === "\n") {
      i++;
      row++;
      lineStart = i;
      nl = true;
      continue;
    }
    if (ch === " " || ch === "	" || ch === "\r") {
      i++;
      continue;
    }
    const col = i - lineStart + 1;
    if (ch === "#") {
      let j2 = i;
      while (j2 < source.length && source[j2] !== "\n") j2++;
      comments.push({ text: source.slice(i + 1, j2), row, col });
      i = j2;
      continue;
    }
    const push = (kind, text, raw) => {
      tokens.push({ kind, text, row, col, nl, ...raw ? { raw } : {} });
      nl = false;
    };
    if (isIdentStart(ch)) {
      let j2 = i + 1;
      while (j2 < source.length && isIdentPart(source[j2])) j2++;
      push("ident", source.slice(i, j2));
      i = j2;
      continue;
    }
    if (isDigit2(ch)) {
      const j2 = scanNumber(source, i);
      if (j2 < 0) fail("invalid number");
      push("number", source.slice(i, j2));
      i = j2;
      continue;
    }
    if (ch === '"') {
      const [text, end] = scanString(source, i, () => fail("non-terminated string"));
      push("string", text);
      i = end;
      continue;
    }
    if (ch === "`") {
      const end = source.indexOf("`", i + 1);
      if (end < 0) fail("non-terminated raw string");
      const text = source.slice(i + 1, end);
      push("string", text, true);
      for (let k2 = i; k2 < end; k2++) {
        if (source[k2] === "\n") {
          row++;
          lineStart = k2 + 1;
        }
      }
      i = end + 1;
      continue;
    }
    const two = source.slice(i, i + 2);
    if (PUNCT2.has(two)) {
      push("punct", two);
      i += 2;
      continue;
    }
    if (PUNCT1.has(ch)) {
      push("punct", ch);
      i++;
      continue;
    }
    fail(`illegal token ${JSON.stringify(ch)}`);
  }
  tokens.push({ kind: "eof", text: "", row, col: i - lineStart + 1, nl: true });
  return { tokens, comments };
}
function isIdentStart(ch) {
  return ch >= "a" && ch <= "z" || ch >= "A" && ch <= "Z" || ch === "_";
}
function isIdentPart(ch) {
  return isIdentStart(ch) || isDigit2(ch);
}
function isDigit2(ch) {
  return ch >= "0" && ch <= "9";
}
function scanNumber(s3, i) {
  let j2 = i;
  while (j2 < s3.length && isDigit2(s3[j2])) j2++;
  if (s3[j2] === "." && isDigit2(s3[j2 + 1] ?? "")) {
    j2++;
    while (j2 < s3.length && isDigit2(s3[j2])) j2++;
  }
  if (s3[j2] === "e" || s3[j2] === "E") {
    let k2 = j2 + 1;
    if (s3[k2] === "+" || s3[k2] === "-") k2++;
    if (!isDigit2(s3[k2] ?? "")) return -1;
    while (k2 < s3.length && isDigit2(s3[k2])) k2++;
    j2 = k2;
  }
  if (j2 < s3.length && isIdentStart(s3[j2])) return -1;
  return j2;
}
function scanString(s3, i, fail) {
  let j2 = i + 1;
  while (j2 < s3.length && s3[j2] !== '"') {
    if (s3[j2] === "\n") fail();
    if (s3[j2] === "\\") j2++;
    j2++;
  }
  if (j2 >= s3.length) fail();
  try {
    return [JSON.parse(s3.slice(i, j2 + 1)), j2 + 1];
  } catch {
    throw new RegoError("rego_parse_error", `invalid string escape in ${s3.slice(i, j2 + 1)}`);
  }
}

// action/src/rego/parser.ts
var RELATION_OPS = { "==": "equal", "!=": "neq", "<": "lt", "<=": "lte", ">": "gt", ">=": "gte" };
var ARITH_OPS = { "+": "plus", "-": "minus" };
var FACTOR_OPS = { "*": "mul", "/": "div", "%": "rem" };
function parseModule(source, file, version = "v1") {
  const { tokens, comments } = lex(source, file);
  return new Parser(tokens, file, version, annotationBlocks(comments, file)).module();
}
function parseQuery(source, file = "query") {
  const { tokens } = lex(source, file);
  const p2 = new Parser(tokens, file, "v1", []);
  const body = p2.bodyUntil("eof");
  if (body.length === 0) p2.fail("empty query", tokens[0]);
  return body;
}
function annotationBlocks(comments, file) {
  const blocks = [];
  for (let i = 0; i < comments.length; i++) {
    if (comments[i].text.trim() !== "METADATA") continue;
    const startRow = comments[i].row;
    const lines = [];
    let row = startRow;
    while (i + 1 < comments.length && comments[i + 1].row === row + 1) {
      i++;
      row++;
      lines.push(comments[i].text.replace(/^ /, ""));
    }
    let value;
    try {
      value = (0, import_yaml5.parse)(lines.join("\n")) ?? {};
    } catch (e) {
      throw new RegoError("rego_parse_error", `invalid METADATA block: ${e.message}`, { file, row: startRow, col: 1 });
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new RegoError("rego_parse_error", "METADATA block must be a YAML mapping", { file, row: startRow, col: 1 });
    }
    blocks.push({ startRow, endRow: row, value });
  }
  return blocks;
}
var Parser = class {
  constructor(tokens, file, version, annotations) {
    this.tokens = tokens;
    this.file = file;
    this.version = version;
    this.annotations = annotations;
  }
  tokens;
  file;
  version;
  annotations;
  pos = 0;
  depth = 0;
  /** `import rego.v2` or `future.keywords.not`: `not { … }` negates a whole body. */
  notBody = false;
  // ---- token helpers -------------------------------------------------------
  peek(offset = 0) {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)];
  }
  next() {
    const t = this.peek();
    if (t.kind !== "eof") this.pos++;
    return t;
  }
  is(text, t = this.peek()) {
    return (t.kind === "punct" || t.kind === "ident") && t.text === text;
  }
  /** The token continues the current expression (not a new literal on the next line). */
  continues(t = this.peek()) {
    return this.depth > 0 || !t.nl;
  }
  accept(text) {
    if (this.is(text)) {
      this.next();
      return true;
    }
    return false;
  }
  expect(text) {
    const t = this.peek();
    if (!this.is(text)) this.fail(`expected ${JSON.stringify(text)} but found ${describe(t)}`, t);
    return this.next();
  }
  expectEof() {
    if (this.peek().kind !== "eof") this.fail(`unexpected ${describe(this.peek())}`, this.peek());
  }
  fail(message, t) {
    throw new RegoError("rego_parse_error", message, this.loc(t));
  }
  loc(t) {
    return { file: this.file, row: t.row, col: t.col };
  }
  takeAnnotations(beforeRow) {
    let found;
    while (this.annotations.length > 0 && this.annotations[0].endRow < beforeRow) found = this.annotations.shift();
    return found ? found.value : null;
  }
  // ---- module --------------------------------------------------------------
  module() {
    const pkgTok = this.peek();
    const pkgAnnotations = this.takeAnnotations(pkgTok.row);
    this.expect("package");
    const pkgRef = this.exprTerm();
    const packagePath2 = ["data", ...this.staticPath(pkgRef, "package")];
    const imports = [];
    while (this.is("import")) imports.push(this.importDecl());
    const rules = [];
    let moduleAnnotations = pkgAnnotations;
    while (this.peek().kind !== "eof") {
      const ann = this.takeAnnotations(this.peek().row);
      if (ann && ann["scope"] === "package") {
        moduleAnnotations = { ...moduleAnnotations ?? {}, ...ann };
        continue;
      }
      if (this.is("import")) {
        imports.push(this.importDecl());
        continue;
      }
      rules.push(...this.rule(ann));
    }
    return { file: this.file, packagePath: packagePath2, packageLoc: this.loc(pkgTok), imports, rules, annotations: moduleAnnotations };
  }
  staticPath(t, what) {
    const parts = [];
    if (t.type === "var") return [t.name];
    if (t.type !== "ref" || t.head.type !== "var") return this.fail(`invalid ${what} path`, this.peek());
    parts.push(t.head.name);
    for (const p2 of t.path) {
      if (p2.type !== "scalar" || typeof p2.value !== "string") {
        throw new RegoError("rego_parse_error", `${what} path must contain only strings`, p2.loc);
      }
      parts.push(p2.value);
    }
    return parts;
  }
  importDecl() {
    const t = this.expect("import");
    const path = this.exprTerm();
    const root = path.type === "var" ? path.name : path.type === "ref" && path.head.type === "var" ? path.head.name : "";
    if (!["data", "input", "future", "rego"].includes(root)) {
      throw new RegoError("rego_parse_error", `invalid import path: must begin with input or data`, path.loc);
    }
    const dotted = path.type === "ref" ? [root, ...path.path.map((p2) => p2.type === "scalar" ? String(p2.value) : "")].join(".") : root;
    if (dotted === "rego.v2" || dotted === "future.keywords.not") this.notBody = true;
    if (dotted === "rego.v1") this.version = "v1";
    let alias;
    if (this.accept("as")) {
      const a = this.next();
      if (a.kind !== "ident") this.fail('expected an alias name after "as"', a);
      alias = a.text;
    }
    return { path, ...alias ? { alias } : {}, loc: this.loc(t) };
  }
  // ---- rules ---------------------------------------------------------------
  rule(annotations) {
    const start = this.peek();
    const isDefault = this.accept("default");
    const head = this.ruleHead();
    const loc = this.loc(start);
    if (isDefault) {
      if (!head.value && !head.assign) this.fail("default rule must have a value", start);
      return [{ isDefault, head, body: [], loc, annotations }];
    }
    const bodies = this.ruleBodies(head);
    const rule = { isDefault, head, body: bodies[0], loc, annotations };
    let last = rule;
    while (this.is("else")) {
      const elseTok = this.next();
      let value;
      if (this.accept(":=") || this.accept("=")) value = this.exprTerm();
      const elseHead = { ...head, ...value ? { value } : {} };
      if (!value) delete elseHead.value;
      const body = this.elseBody();
      last.elseRule = { isDefault: false, head: elseHead, body, loc: this.loc(elseTok), annotations: null };
      last = last.elseRule;
    }
    return bodies.map((body, i) => i === 0 ? rule : { isDefault, head, body, loc, annotations });
  }
  ruleHead() {
    const nameTok = this.next();
    if (nameTok.kind !== "ident") this.fail(`expected a rule name but found ${describe(nameTok)}`, nameTok);
    const ref = [{ type: "scalar", value: nameTok.text, loc: this.loc(nameTok) }];
    for (; ; ) {
      if (this.is(".") && !this.peek().nl) {
        this.next();
        const id = this.next();
        if (id.kind !== "ident") this.fail('expected a name after "."', id);
        ref.push({ type: "scalar", value: id.text, loc: this.loc(id) });
      } else if (this.is("[") && !this.peek().nl) {
        ref.push(this.bracketed("[", "]", () => this.exprTerm()));
      } else break;
    }
    const head = { ref, assign: false };
    if (this.is("(") && !this.peek().nl) {
      head.args = this.bracketed("(", ")", () => this.termList(")"));
    }
    if (this.is("contains")) {
      this.next();
      head.key = this.exprTerm();
    } else if (this.is(":=") || this.is("=")) {
      head.assign = this.next().text === ":=";
      head.value = this.exprTerm();
    } else if (this.version === "v0" && ref.length === 2 && !head.args && this.is("{")) {
      head.key = ref.pop();
    }
    return head;
  }
  ruleBodies(head) {
    if (this.accept("if")) return [this.ifBody()];
    if (this.is("{") && !this.peek().nl) {
      if (this.version === "v1") this.fail("`if` keyword is required before rule body", this.peek());
      const bodies = [this.braceBody()];
      while (this.is("{") && this.version === "v0") bodies.push(this.braceBody());
      return bodies;
    }
    if (!head.value && !head.key && !head.args && this.version === "v1" && head.ref.length === 1) {
      this.fail(`rule must have a value, a body, or \`contains\``, this.peek());
    }
    return [[]];
  }
  /** After `if`: a `{ body }`, or a single literal (which may itself start with `{`). */
  ifBody() {
    if (this.is("{")) {
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
  elseBody() {
    if (this.accept("if")) return this.ifBody();
    if (this.is("{") && !this.peek().nl) return this.braceBody();
    return [];
  }
  braceBody() {
    this.expect("{");
    const saved = this.depth;
    this.depth = 0;
    const body = this.bodyUntil("}");
    this.depth = saved;
    this.expect("}");
    return body;
  }
  /** Literals separated by `;` or newlines until `end` ('}' or 'eof'). */
  bodyUntil(end) {
    const body = [];
    const atEnd = () => end === "eof" ? this.peek().kind === "eof" : this.is("}");
    for (; ; ) {
      while (this.accept(";")) ;
      if (atEnd()) break;
      body.push(this.literal());
      const t = this.peek();
      if (atEnd() || this.is(";") || t.nl) continue;
      this.fail(`unexpected ${describe(t)}`, t);
    }
    return body;
  }
  // ---- literals ------------------------------------------------------------
  literal() {
    const t = this.peek();
    const loc = this.loc(t);
    if (this.is("some")) return this.someLiteral();
    if (this.is("every")) return this.everyLiteral();
    const negated = this.accept("not");
    if (negated && this.notBody && this.is("{")) return this.negatedBody(loc);
    let term = this.exprTerm();
    if (this.is(",") && this.continues() && !negated) {
      this.next();
      const value = this.relation();
      this.expect("in");
      const coll = this.relation();
      term = { type: "call", op: opVar("internal.member_3", loc), args: [term, value, coll], loc };
    }
    return { type: "expr", term, negated, withs: this.withs(), loc };
  }
  /** `not { a; b }` is read as `not [1 | a; b] != []`: true when the body has no solution. */
  negatedBody(loc) {
    const body = this.braceBody();
    const exists = {
      type: "call",
      op: opVar("neq", loc),
      args: [
        { type: "arraycompr", head: { type: "scalar", value: 1, loc }, body, loc },
        { type: "array", items: [], loc }
      ],
      loc
    };
    return { type: "expr", term: exists, negated: true, withs: this.withs(), loc };
  }
  someLiteral() {
    const loc = this.loc(this.expect("some"));
    const first = this.relation();
    if (this.is(",") || this.is("in")) {
      let key;
      let value = first;
      if (this.accept(",")) {
        key = first;
        value = this.relation();
        if (!this.is("in")) {
          return this.someDecl([first, value, ...this.moreDeclTerms()], loc);
        }
      }
      this.expect("in");
      const collection = this.relation();
      return { type: "somein", ...key ? { key } : {}, value, collection, withs: this.withs(), loc };
    }
    if (first.type === "call" && first.target === void 0 && isOpVar(first.op, "internal.member_2")) {
      return { type: "somein", value: first.args[0], collection: first.args[1], withs: this.withs(), loc };
    }
    return this.someDecl([first], loc);
  }
  moreDeclTerms() {
    const out = [];
    while (this.accept(",")) out.push(this.relation());
    return out;
  }
  someDecl(terms, loc) {
    const vars = terms.map((t) => {
      if (t.type !== "var") throw new RegoError("rego_parse_error", "expected a variable in `some` declaration", t.loc);
      return t.name;
    });
    return { type: "some", vars, loc };
  }
  everyLiteral() {
    const loc = this.loc(this.expect("every"));
    let key;
    let value = this.relation();
    if (this.accept(",")) {
      key = value;
      value = this.relation();
    } else if (value.type === "call" && isOpVar(value.op, "internal.member_2")) {
      const domain2 = value.args[1];
      const body2 = this.braceBody();
      return { type: "every", value: value.args[0], domain: domain2, body: body2, withs: this.withs(), loc };
    }
    this.expect("in");
    const domain = this.relation();
    const body = this.braceBody();
    return { type: "every", ...key ? { key } : {}, value, domain, body, withs: this.withs(), loc };
  }
  withs() {
    const out = [];
    while (this.is("with")) {
      const t = this.next();
      const target = this.relation();
      this.expect("as");
      const value = this.membership();
      out.push({ target, value, loc: this.loc(t) });
    }
    return out;
  }
  // ---- expressions ---------------------------------------------------------
  /** A full expression, including `=` and `:=`. */
  exprTerm() {
    const lhs = this.membership();
    const t = this.peek();
    if ((this.is("=") || this.is(":=")) && this.continues()) {
      this.next();
      const rhs = this.membership();
      return { type: "call", op: opVar(t.text === "=" ? "eq" : "assign", this.loc(t)), args: [lhs, rhs], loc: lhs.loc };
    }
    return lhs;
  }
  membership() {
    let lhs = this.relation();
    while (this.is("in") && this.continues()) {
      const t = this.next();
      const rhs = this.relation();
      lhs = { type: "call", op: opVar("internal.member_2", this.loc(t)), args: [lhs, rhs], loc: lhs.loc };
    }
    return lhs;
  }
  relation(noOr = false) {
    return this.binary(RELATION_OPS, () => this.or(noOr));
  }
  or(noOr) {
    if (noOr) return this.and();
    return this.binary({ "|": "or" }, () => this.and());
  }
  and() {
    return this.binary({ "&": "and" }, () => this.arith());
  }
  arith() {
    return this.binary(ARITH_OPS, () => this.factor());
  }
  factor() {
    return this.binary(FACTOR_OPS, () => this.unary());
  }
  binary(ops, operand) {
    let lhs = operand();
    for (; ; ) {
      const t = this.peek();
      const name = t.kind === "punct" && Object.hasOwn(ops, t.text) ? ops[t.text] : void 0;
      if (!name || !this.continues(t)) return lhs;
      this.next();
      const rhs = operand();
      lhs = { type: "call", op: opVar(name, this.loc(t)), args: [lhs, rhs], loc: lhs.loc };
    }
  }
  unary() {
    const t = this.peek();
    if (this.is("-")) {
      const n = this.peek(1);
      if (n.kind === "number" && n.row === t.row && n.col === t.col + 1) {
        this.next();
        this.next();
        return this.postfix({ type: "scalar", value: -Number(n.text), loc: this.loc(t) });
      }
      this.next();
      const operand = this.unary();
      return { type: "call", op: opVar("minus", this.loc(t)), args: [{ type: "scalar", value: 0, loc: this.loc(t) }, operand], loc: this.loc(t) };
    }
    return this.postfix(this.primary());
  }
  primary() {
    const t = this.next();
    const loc = this.loc(t);
    switch (t.kind) {
      case "number":
        return { type: "scalar", value: Number(t.text), loc };
      case "string":
        return { type: "scalar", value: t.text, loc };
      case "ident":
        return this.identTerm(t, loc);
      case "punct":
        if (t.text === "[") return this.arrayTerm(loc);
        if (t.text === "{") return this.braceTerm(loc);
        if (t.text === "(") {
          this.depth++;
          let inner = this.exprTerm();
          if (this.accept(",")) {
            const value = this.relation();
            this.expect("in");
            inner = { type: "call", op: opVar("internal.member_3", loc), args: [inner, value, this.relation()], loc };
          }
          this.depth--;
          this.expect(")");
          return inner;
        }
        break;
      case "eof":
        break;
    }
    return this.fail(`unexpected ${describe(t)}`, t);
  }
  identTerm(t, loc) {
    const scalar = SCALAR_WORDS.get(t.text);
    if (scalar !== void 0) return { type: "scalar", value: scalar, loc };
    if (t.text === "set" && this.is("(") && this.is(")", this.peek(1))) {
      this.next();
      this.next();
      return { type: "set", items: [], loc };
    }
    if (KEYWORDS.has(t.text) && !(this.is("(") && !this.peek().nl)) this.fail(`unexpected keyword ${t.text}`, t);
    return { type: "var", name: t.text, loc };
  }
  postfix(term) {
    let cur = term;
    for (; ; ) {
      const t = this.peek();
      if (t.nl && this.depth === 0) return cur;
      if (this.is(".")) {
        this.next();
        const id = this.next();
        if (id.kind !== "ident") this.fail(`expected a name after "." but found ${describe(id)}`, id);
        cur = appendRef(cur, { type: "scalar", value: id.text, loc: this.loc(id) });
      } else if (this.is("[") && t.nl === false) {
        const key = this.bracketed("[", "]", () => this.exprTerm());
        cur = appendRef(cur, key);
      } else if (this.is("(") && t.nl === false && (cur.type === "var" || cur.type === "ref")) {
        const args = this.bracketed("(", ")", () => this.termList(")"));
        const call = { type: "call", op: cur, args, loc: cur.loc };
        cur = call;
      } else return cur;
    }
  }
  bracketed(open, close, inner) {
    this.expect(open);
    this.depth++;
    const out = inner();
    this.depth--;
    this.expect(close);
    return out;
  }
  termList(close) {
    const items = [];
    while (!this.is(close)) {
      items.push(this.exprTerm());
      if (!this.accept(",")) break;
    }
    return items;
  }
  arrayTerm(loc) {
    this.depth++;
    if (this.accept("]")) {
      this.depth--;
      return { type: "array", items: [], loc };
    }
    const first = this.membershipNoOr();
    if (this.accept("|")) {
      const body = this.comprehensionBody("]");
      this.depth--;
      this.expect("]");
      return { type: "arraycompr", head: first, body, loc };
    }
    const items = [first];
    while (this.accept(",")) {
      if (this.is("]")) break;
      items.push(this.exprTerm());
    }
    this.depth--;
    this.expect("]");
    return { type: "array", items, loc };
  }
  braceTerm(loc) {
    this.depth++;
    if (this.accept("}")) {
      this.depth--;
      return { type: "object", entries: [], loc };
    }
    const first = this.membershipNoOr();
    if (this.accept(":")) {
      const value = this.membershipNoOr();
      if (this.accept("|")) {
        const body = this.comprehensionBody("}");
        this.depth--;
        this.expect("}");
        return { type: "objectcompr", key: first, value, body, loc };
      }
      const entries = [[first, value]];
      while (this.accept(",")) {
        if (this.is("}")) break;
        const k2 = this.exprTerm();
        this.expect(":");
        entries.push([k2, this.exprTerm()]);
      }
      this.depth--;
      this.expect("}");
      return { type: "object", entries, loc };
    }
    if (this.accept("|")) {
      const body = this.comprehensionBody("}");
      this.depth--;
      this.expect("}");
      return { type: "setcompr", head: first, body, loc };
    }
    const items = [first];
    while (this.accept(",")) {
      if (this.is("}")) break;
      items.push(this.exprTerm());
    }
    this.depth--;
    this.expect("}");
    return { type: "set", items, loc };
  }
  /** First element of a collection: `|` there starts a comprehension body, not a set union. */
  membershipNoOr() {
    let lhs = this.relation(true);
    while (this.is("in")) {
      const t = this.next();
      const rhs = this.relation(true);
      lhs = { type: "call", op: opVar("internal.member_2", this.loc(t)), args: [lhs, rhs], loc: lhs.loc };
    }
    if (this.is("=") || this.is(":=")) {
      const t = this.next();
      const rhs = this.relation(true);
      return { type: "call", op: opVar(t.text === "=" ? "eq" : "assign", this.loc(t)), args: [lhs, rhs], loc: lhs.loc };
    }
    return lhs;
  }
  comprehensionBody(close) {
    const saved = this.depth;
    this.depth = 0;
    const body = [];
    for (; ; ) {
      while (this.accept(";")) ;
      if (this.is(close)) break;
      body.push(this.literal());
      const t = this.peek();
      if (this.is(close) || this.is(";") || t.nl) continue;
      this.fail(`unexpected ${describe(t)}`, t);
    }
    this.depth = saved;
    return body;
  }
};
var SCALAR_WORDS = /* @__PURE__ */ new Map([
  ["true", true],
  ["false", false],
  ["null", null]
]);
var KEYWORDS = /* @__PURE__ */ new Set(["if", "contains", "else", "default", "some", "every", "in", "not", "with", "as", "import", "package"]);
function opVar(name, loc) {
  return { type: "var", name, loc };
}
function isOpVar(t, name) {
  return t.type === "var" && t.name === name;
}
function appendRef(base, key) {
  if (base.type === "ref") return { type: "ref", head: base.head, path: [...base.path, key], loc: base.loc };
  return { type: "ref", head: base, path: [key], loc: base.loc };
}
function describe(t) {
  if (t.kind === "eof") return "end of input";
  if (t.kind === "string") return `string ${JSON.stringify(t.text)}`;
  return JSON.stringify(t.text);
}

// action/src/rego/index.ts
var defaultRegistry;
function compileModules(modules, options = {}) {
  const builtins = options.builtins ?? (defaultRegistry ??= createBuiltinRegistry());
  const parsed = [];
  const errors = [];
  for (const m2 of modules) {
    try {
      parsed.push(withinStack(() => parseModule(m2.source, m2.path, options.regoVersion ?? "v1"), "rego_parse_error", m2.path));
    } catch (e) {
      if (e instanceof RegoError) errors.push(e);
      else throw e;
    }
  }
  if (errors.length > 0) throw new RegoErrors(errors);
  const compiled = withinStack(() => new Compiler(builtins).compile(parsed), "rego_compile_error");
  return new CompiledPolicy(compiled, builtins);
}
var CompiledPolicy = class {
  constructor(compiled, builtins) {
    this.compiled = compiled;
    this.builtins = builtins;
  }
  compiled;
  builtins;
  queryCache = /* @__PURE__ */ new Map();
  /** The value of a reference such as `data.paved.decision`; undefined when the document is undefined. */
  evaluate(ref, options = {}) {
    const body = this.compileQuery(ref);
    const only = body[0];
    if (body.length !== 1 || only?.type !== "expr" || only.negated) {
      throw new RegoError("rego_parse_error", `evaluate() takes a single reference, got ${JSON.stringify(ref)}`);
    }
    const ev = this.evaluator(options);
    let out;
    const env = new Env();
    failClosed(
      () => ev.exists(
        env,
        (k2) => ev.evalTerm(only.term, env, (v2) => {
          out = v2;
          k2();
        })
      )
    );
    return out;
  }
  /** Runs a query (a Rego body) and returns one row per solution. */
  query(query, options = {}) {
    const body = this.compileQuery(query);
    const ev = this.evaluator(options);
    const env = new Env();
    const rows = [];
    const outputs = [...new Set(body.flatMap((l) => [...literalVars(l)]))].filter(isUserVar);
    const sourceOrder = [...body].sort((a, b2) => a.loc.row - b2.loc.row || a.loc.col - b2.loc.col);
    failClosed(() => ev.evalBody(body, 0, env, () => rows.push(queryRow(ev, env, outputs, sourceOrder, query))));
    return rows;
  }
  rules() {
    return this.compiled.rules.map((r) => ({
      path: ["data", ...r.path],
      kind: r.kind,
      location: r.loc,
      annotations: r.annotations
    }));
  }
  /** Package names as written after `package`, e.g. `paved.rules.tests`. */
  packages() {
    return [...new Set(this.compiled.modules.map((m2) => m2.packagePath.slice(1).join(".")))].sort();
  }
  /** Package-level METADATA annotations by package name. */
  packageAnnotations() {
    const byPackage = /* @__PURE__ */ new Map();
    for (const m2 of this.compiled.modules) {
      const name = m2.packagePath.slice(1).join(".");
      if (m2.annotations) byPackage.set(name, { ...byPackage.get(name) ?? {}, ...m2.annotations });
    }
    return Object.fromEntries(byPackage);
  }
  compileQuery(query) {
    let body = this.queryCache.get(query);
    if (!body) {
      body = withinStack(() => new Compiler(this.builtins).withTree(this.compiled).compileQuery(parseQuery(query)), "rego_parse_error", "query");
      this.queryCache.set(query, body);
    }
    return body;
  }
  evaluator(options) {
    const timeout = options.timeoutMs;
    return new Evaluator(this.compiled.root, this.builtins, {
      input: options.input === void 0 ? void 0 : toValue(options.input, "input"),
      data: options.data === void 0 ? new ObjectValue() : toValue(options.data, "data"),
      strictBuiltinErrors: options.strictBuiltinErrors ?? false,
      deadline: timeout === void 0 ? Number.POSITIVE_INFINITY : Date.now() + timeout,
      print: options.print ?? ((line) => process.stderr.write(line + "\n")),
      nowNs: options.nowNs ?? BigInt(Date.now()) * 1000000n
    });
  }
};
function withinStack(run, code, file) {
  try {
    return run();
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      const where = file === void 0 ? void 0 : { file, row: 1, col: 1 };
      throw new RegoError(code, "the policy nests or iterates too deeply for the interpreter stack", where);
    }
    throw e;
  }
}
function failClosed(run) {
  withinStack(run, "eval_internal_error");
}
function toValue(j2, root) {
  try {
    return convert(j2);
  } catch (e) {
    if (!(e instanceof NotJson)) throw e;
    throw new RegoError("eval_internal_error", `${root} is not JSON: ${root}${e.path} is a ${e.kind}`);
  }
}
var NotJson = class extends Error {
  constructor(kind) {
    super(kind);
    this.kind = kind;
  }
  kind;
  path = "";
};
function convert(j2) {
  if (j2 === null || typeof j2 === "boolean" || typeof j2 === "number" || typeof j2 === "string") return j2;
  if (j2 instanceof ObjectValue || j2 instanceof SetValue) return j2;
  if (Array.isArray(j2)) {
    const out = new Array(j2.length);
    for (let i = 0; i < j2.length; i++) out[i] = j2[i] === void 0 ? null : convertAt(j2[i], i);
    return out;
  }
  if (typeof j2 !== "object") throw new NotJson(typeof j2);
  const entries = [];
  for (const [k2, v2] of Object.entries(j2)) if (v2 !== void 0) entries.push([k2, convertAt(v2, k2)]);
  return new ObjectValue(entries);
}
function convertAt(j2, key) {
  try {
    return convert(j2);
  } catch (e) {
    if (e instanceof NotJson) e.path = (typeof key === "number" ? `[${key}]` : `.${key}`) + e.path;
    throw e;
  }
}
function isUserVar(name) {
  return !name.includes("$") && name !== "input" && name !== "data";
}
function queryRow(ev, env, outputs, sourceOrder, query) {
  const bound = [];
  for (const name of outputs) {
    const v2 = env.vals.get(name);
    if (v2 !== void 0) bound.push([name, v2]);
  }
  const bindings = Object.fromEntries(bound);
  const expressions = sourceOrder.map((l, i) => expressionResult(ev, l, env, literalText(query, l, sourceOrder[i + 1])));
  return { bindings, expressions };
}
function expressionResult(ev, l, env, text) {
  const location = { row: l.loc.row, col: l.loc.col };
  if (l.type !== "expr" || l.negated || isUnification(l.term)) return { value: true, text, location };
  let value = true;
  ev.exists(
    env,
    (k2) => ev.evalTerm(l.term, env, (v2) => {
      value = v2;
      k2();
    })
  );
  return { value, text, location };
}
function isUnification(t) {
  return t.type === "call" && (t.outputOperand === true || t.target?.kind === "builtin" && (t.target.name === "eq" || t.target.name === "assign"));
}
function literalText(query, l, next) {
  const line = query.split("\n")[l.loc.row - 1] ?? "";
  const end = next && next.loc.row === l.loc.row ? next.loc.col - 1 : line.length;
  return line.slice(l.loc.col - 1, end).trim().replace(/;$/, "").trim();
}

// action/src/engine/interpreter.ts
var MAX_LISTED_ERRORS = 10;
function createInterpreterEngine(policy) {
  const compiled = compile(policy);
  const entrypoints = entrypointsOf(compiled);
  return {
    info: policy.info,
    entrypoints: () => [...entrypoints],
    async evaluate(entrypoint, input, options = {}) {
      let value;
      try {
        value = compiled.evaluate(entrypointRef(entrypoint), {
          input,
          data: policy.data,
          strictBuiltinErrors: true,
          ...options.timeoutMs !== void 0 ? { timeoutMs: options.timeoutMs } : {}
        });
      } catch (error) {
        throw evaluationError2(error, entrypoint, policy.info, options.timeoutMs);
      }
      return value === void 0 ? { defined: false } : { defined: true, value: toJSON(value) };
    }
  };
}
function compile(policy) {
  try {
    return compileModules(policy.modules, policy.regoVersion ? { regoVersion: policy.regoVersion } : {});
  } catch (error) {
    const errors = error instanceof RegoErrors ? error.errors : error instanceof RegoError ? [error] : null;
    if (!errors) throw error;
    const listed = errors.slice(0, MAX_LISTED_ERRORS).map(describeRegoError);
    const more = errors.length > MAX_LISTED_ERRORS ? [`…and ${errors.length - MAX_LISTED_ERRORS} more`] : [];
    const first = errors[0];
    throw new GateError(
      "policy_load_failed",
      `${policy.info.source}: the policies do not compile (${errors.length} error${errors.length === 1 ? "" : "s"}):
${[...listed, ...more].join("\n")}`,
      "Fix the policy at the location shown; `paved eval -d <policies> data` reproduces the error locally.",
      first?.location ? { ...first.location } : { file: policy.info.source },
      { cause: error }
    );
  }
}
function entrypointsOf(compiled) {
  const paths = /* @__PURE__ */ new Set();
  for (const rule of compiled.rules()) {
    if (rule.kind === "function") continue;
    const segments = rule.path[0] === "data" ? rule.path.slice(1) : rule.path;
    for (let end = 1; end <= segments.length; end++) paths.add(segments.slice(0, end).join("/"));
  }
  return [...paths].sort();
}
function entrypointRef(entrypoint) {
  const segments = entrypoint.split("/").filter((s3) => s3 !== "");
  if (segments.length === 0) {
    throw new GateError("usage", `entrypoint ${JSON.stringify(entrypoint)} is empty`, "Give an entrypoint as a slash path, e.g. paved/decision.");
  }
  return "data" + segments.map((s3) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(s3) ? `.${s3}` : `[${JSON.stringify(s3)}]`).join("");
}
function evaluationError2(error, entrypoint, info, timeoutMs) {
  if (!(error instanceof RegoError)) return error;
  if (error.code === "eval_cancel_error") {
    return new GateError(
      "policy_eval_failed",
      `${info.source}: evaluating ${entrypoint} took longer than ${timeoutMs ?? "?"} ms and was stopped`,
      "Look for a policy that iterates over a large cross product, or raise the timeout.",
      error.location ? { ...error.location } : void 0,
      { cause: error }
    );
  }
  return new GateError(
    "policy_eval_failed",
    `${info.source}: evaluating ${entrypoint} failed: ${describeRegoError(error)}`,
    "The policy failed at run time on this input (the location is shown); fix the policy, or the input it did not expect.",
    error.location ? { ...error.location } : void 0,
    { cause: error }
  );
}
function describeRegoError(error) {
  const where = error.location ? `${error.location.file}:${error.location.row}:${error.location.col}: ` : "";
  return `${where}${error.code}: ${error.message}`;
}

// action/src/engine/load.ts
async function loadPolicyEngine(source, options = {}) {
  const files = await readPolicyFiles(source, {
    ...options.policySha256 !== void 0 ? { sha256: options.policySha256 } : {},
    ...options.verificationKey ? { verificationKey: options.verificationKey } : {},
    includeTests: options.includeTests ?? false
  });
  return createPolicyEngine(files, options);
}
async function createPolicyEngine(files, options = {}) {
  const { source } = files;
  const info = (kind) => ({ kind, source, revision: files.manifest.revision, digest: files.digest });
  if (files.wasm) {
    return createWasmEngine(files.wasm, {
      data: files.data,
      info: info("wasm"),
      registry: createBuiltinRegistry(),
      ...options.wasmMemory ? { memory: options.wasmMemory } : {}
    });
  }
  if (files.modules.length === 0) {
    throw new GateError(
      "policy_load_failed",
      `${source}: no .rego files and no policy.wasm found`,
      "Point the policies path at the directory holding your .rego files, or at an OPA bundle.",
      { file: source }
    );
  }
  const regoVersion = options.regoVersion ?? files.manifest.regoVersion ?? void 0;
  return createInterpreterEngine({
    modules: files.modules,
    data: files.data,
    info: info("interpreter"),
    ...regoVersion ? { regoVersion } : {}
  });
}

// action/src/gate.ts
var DEFAULT_ENTRYPOINT = "paved/decision";
var DEFAULT_TIMEOUT_MS = 2e4;
var PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
var DEFAULT_POLICY_DIR = join3(PACKAGE_ROOT, "policies");
var DEFAULT_RULES_DIR = join3(PACKAGE_ROOT, "rules");
async function runGate(options) {
  const entrypoint = options.entrypoint ?? DEFAULT_ENTRYPOINT;
  const failOpen = options.failOpen ?? false;
  const clock = stageClock();
  let input = null;
  let engine = null;
  let catalog = null;
  const loading = settle(loadPolicies(options));
  try {
    input = validateInput(await options.collect());
    clock.endCollect();
    const loaded = await loading;
    if (!loaded.ok) throw loaded.error;
    ({ engine, catalog } = loaded.value);
    requireRules(engine, options.policies);
    const result = await engine.evaluate(entrypoint, input, { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS });
    const decision = decide({
      value: result.defined ? result.value : void 0,
      entrypoint,
      catalog,
      input,
      policy: engine.info,
      timings: clock.timings(),
      failOpen
    });
    return { decision, input, catalog };
  } catch (error) {
    const decision = errorDecision({
      error,
      entrypoint,
      input,
      policy: engine?.info ?? null,
      policySource: options.policies,
      timings: clock.timings(),
      failOpen
    });
    return { decision, input, catalog };
  }
}
async function loadPolicies(options) {
  const [engine, catalog] = await Promise.all([
    loadPolicyEngine(options.policies, {
      ...options.policySha256 !== void 0 ? { policySha256: options.policySha256 } : {},
      ...options.verificationKey ? { verificationKey: options.verificationKey } : {},
      ...options.regoVersion ? { regoVersion: options.regoVersion } : {}
    }),
    loadRuleCatalog(options.rulesDir ?? DEFAULT_RULES_DIR)
  ]);
  return { engine, catalog };
}
function settle(promise) {
  return promise.then(
    (value) => ({ ok: true, value }),
    (error) => ({ ok: false, error })
  );
}
function requireRules(engine, source) {
  if (engine.entrypoints().length === 0) {
    throw new GateError("vacuous", `${source}: the policies define no rules, so nothing would be checked.`, "Point --policies at a policy pack whose packages define deny/warn rules.");
  }
}
function stageClock() {
  const start = performance.now();
  let collectEnd = null;
  return {
    endCollect() {
      collectEnd = performance.now();
    },
    timings() {
      const now = performance.now();
      const collect = (collectEnd ?? now) - start;
      const evaluate = collectEnd === null ? 0 : now - collectEnd;
      return { collect: round(collect), evaluate: round(evaluate), report: 0, total: round(now - start) };
    }
  };
}
function round(ms2) {
  return Math.round(ms2 * 10) / 10;
}
function findPackageRoot(start) {
  for (let dir = start; dirname(dir) !== dir; dir = dirname(dir)) {
    if (isPavedManifest(join3(dir, "package.json"))) return dir;
  }
  return start;
}
function isPavedManifest(path) {
  if (!existsSync(path)) return false;
  try {
    return JSON.parse(readFileSync(path, "utf8")).name === "paved";
  } catch {
    return false;
  }
}
export {
  DEFAULT_ENTRYPOINT,
  DEFAULT_POLICY_DIR,
  DEFAULT_RULES_DIR,
  DEFAULT_TIMEOUT_MS,
  PACKAGE_ROOT,
  runGate
};
