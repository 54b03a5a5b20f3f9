/**
 * The one place where text a user controls (PR titles, commit messages, file
 * names, policy messages that quote them) is made safe for each medium.
 * One function per medium (and per context within Markdown, because what is
 * inert differs); reporters never build their own escaping:
 *
 *   escapeTerminal          terminal output
 *   escapeMarkdown          untrusted text in Markdown prose and table cells
 *   markdownCodeSpan        untrusted text shown as inline code
 *   markdownCodeBlock       untrusted multi-line text shown as a code block
 *   escapeHtml              untrusted text inside our own HTML elements (<summary>)
 *   sanitizeMarkdown        policy-authored Markdown (remediation) that may quote PR data
 *   escapeWorkflowData      workflow-command message (::error ...::data)
 *   escapeWorkflowProperty  workflow-command property (file=, title=)
 */

/** Bidirectional overrides/isolates: they make text display in another order than it reads (Trojan Source). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** C0 controls except tab and newline, DEL, and C1 controls. */
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Terminal escape sequences: CSI (ESC [ … final byte, or the 8-bit CSI 0x9B),
 * OSC (ESC ] … terminated by BEL or ESC \ — hyperlinks, window titles), the
 * other string sequences DCS/SOS/PM/APC, and two-byte ESC sequences.
 */
const TERMINAL_SEQUENCES =
  /(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?|(?:\u001B[\]PX^_]|[\u0090\u0098\u009D\u009E\u009F])[^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?|\u001B[\u0020-\u007E]?/g;

/**
 * Text for a terminal: no escape sequence, control character or bidi control
 * survives, so a file name cannot recolour, retitle, hyperlink or rewrite the
 * report. Tabs and newlines are kept; a CR becomes a newline (alone it would
 * let text overwrite the start of its line).
 */
export function escapeTerminal(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(TERMINAL_SEQUENCES, '')
    .replace(CONTROL_CHARS, '')
    .replace(BIDI_CONTROLS, '');
}

/** ASCII punctuation that Markdown could read as syntax (emphasis, code, links, tables, lists, headings), `:` for autolinks and `$` for math; all backslash-escapable. */
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~:$]/g;

const ZERO_WIDTH_JOINER = '\u200D';

/**
 * Untrusted text as literal inline Markdown (table cells, list items,
 * headings): HTML is entity-encoded, every Markdown control character is
 * backslash-escaped (no links, images, emphasis, code fences, tables or
 * autolinks), `@mentions` get a zero-width joiner so nobody is notified, and
 * line breaks become spaces so the text cannot start a new block.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(CONTROL_CHARS, (c) => (c === '\t' || c === '\r' || c === '\n' ? c : ''))
    .replace(BIDI_CONTROLS, '')
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_PUNCTUATION, '\\$&')
    .replace(/@/g, '@' + ZERO_WIDTH_JOINER);
}

/**
 * Untrusted text as an inline code span (ids, digests, paths shown as code):
 * the fence is one backtick longer than the longest run inside, so the text
 * cannot close it; inside a code span Markdown, HTML and mentions are inert.
 * Backslash escapes would show literally there, so use this, not
 * escapeMarkdown, between backticks.
 */
export function markdownCodeSpan(text: string): string {
  const flat = text
    .replace(CONTROL_CHARS, '')
    .replace(BIDI_CONTROLS, '')
    .replace(/\s*[\r\n]+\s*/g, ' ');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  // A space on both sides keeps a leading/trailing backtick from merging with the fence (CommonMark strips one).
  const padded = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ` ${flat} ` : flat;
  return `${fence}${padded}${fence}`;
}

/**
 * Untrusted multi-line text as a fenced code block (e.g. a list of compile
 * errors): nothing inside is interpreted, and the fence is longer than any
 * backtick run in the text so the text cannot close it.
 */
export function markdownCodeBlock(text: string): string {
  const cleaned = text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_CHARS, (c) => (c === '\t' || c === '\n' ? c : ''))
    .replace(BIDI_CONTROLS, '');
  const longestRun = Math.max(0, ...(cleaned.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}text\n${cleaned}\n${fence}`;
}

/**
 * Text inside our own HTML elements in a Markdown report (e.g. `<summary>`),
 * where Markdown is not parsed and backslash escapes would show: entity-encode
 * the HTML specials and defuse mentions.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(CONTROL_CHARS, '')
    .replace(BIDI_CONTROLS, '')
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/@/g, '@' + ZERO_WIDTH_JOINER);
}

/**
 * Markdown written by the policy and catalog authors (remediation hints) is
 * rendered as Markdown, but a policy may quote PR data inside it. So outside
 * code, raw HTML, images, `@mentions` and links to anything but http(s),
 * relative paths and anchors are neutralised; code spans and fenced blocks are
 * left as written (nothing in them is interpreted), and an unclosed fence is
 * closed so it cannot swallow the rest of the report.
 */
export function sanitizeMarkdown(markdown: string): string {
  const text = markdown
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_CHARS, (c) => (c === '\t' || c === '\n' ? c : ''))
    .replace(BIDI_CONTROLS, '');
  const out: string[] = [];
  let prose: string[] = [];
  let openFence: string | null = null;
  const flushProse = () => {
    if (prose.length > 0) out.push(sanitizeProse(prose.join('\n')));
    prose = [];
  };
  for (const line of text.split('\n')) {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (openFence === null && fence === undefined) {
      prose.push(line);
      continue;
    }
    flushProse();
    out.push(line);
    if (openFence === null) openFence = fence!;
    else if (fence !== undefined && fence[0] === openFence[0] && fence.length >= openFence.length && line.trim() === fence) openFence = null;
  }
  flushProse();
  if (openFence !== null) out.push(openFence);
  return out.join('\n');
}

/** Prose between fenced blocks: neutralise what is outside its inline code spans. */
function sanitizeProse(text: string): string {
  const codeSpan = /(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g;
  let result = '';
  let last = 0;
  for (const match of text.matchAll(codeSpan)) {
    result += neutraliseProse(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return result + neutraliseProse(text.slice(last));
}

function neutraliseProse(text: string): string {
  return text
    .replace(/</g, '&lt;')
    .replace(/!\[/g, '!\\[')
    .replace(/\]\(\s*<?([^)\s]*)/g, (match, target: string) => (isSafeLinkTarget(target) ? match : match.replace('](', ']\\(')))
    .replace(/^(\s{0,3})\[([^\]\n]*)\]:\s*(\S*)/gm, (match, indent: string, label: string, target: string) =>
      isSafeLinkTarget(target) ? match : `${indent}\\[${label}\\]: ${target}`,
    )
    .replace(/(^|[^\w`])@(?=[A-Za-z0-9])/g, '$1@' + ZERO_WIDTH_JOINER);
}

function isSafeLinkTarget(target: string): boolean {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(target.replace(/&lt;/g, ''));
  return scheme === null || /^https?$/i.test(scheme[1]!);
}

/**
 * Workflow-command message data (`::error ...::<data>`), per actions/toolkit:
 * `%`, CR and LF are percent-encoded so the text cannot end the command or
 * start another one.
 */
export function escapeWorkflowData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow-command property values (`file=`, `title=`): additionally `:` and `,`. */
export function escapeWorkflowProperty(text: string): string {
  return escapeWorkflowData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
