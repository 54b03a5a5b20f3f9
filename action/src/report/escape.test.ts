import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, markdownCodeBlock, markdownCodeSpan, escapeTerminal, escapeWorkflowData, escapeWorkflowProperty, sanitizeMarkdown } from './escape.js';

const ZWJ = '\u200D';

describe('escapeMarkdown (untrusted text, literal)', () => {
  it('entity-encodes HTML', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).not.toMatch(/<img/);
  });

  it('breaks links and images', () => {
    expect(escapeMarkdown('[click](javascript:alert(1))')).toBe('\\[click\\]\\(javascript\\:alert\\(1\\)\\)');
    expect(escapeMarkdown('![x](https://evil.example/p.png)')).toBe('\\!\\[x\\]\\(https\\://evil\\.example/p\\.png\\)');
  });

  it('defuses @mentions of users and teams with a zero-width joiner', () => {
    expect(escapeMarkdown('ping @org/team and @alice')).toBe(`ping @${ZWJ}org/team and @${ZWJ}alice`);
  });

  it('cannot open a code fence, a table cell or a heading', () => {
    expect(escapeMarkdown('```js\nevil\n```')).toBe('\\`\\`\\`js evil \\`\\`\\`');
    expect(escapeMarkdown('a | b')).toBe('a \\| b');
    expect(escapeMarkdown('# title')).toBe('\\# title');
  });

  it('turns CR/LF into one space so the text stays on its line', () => {
    expect(escapeMarkdown('one\r\n\r\ntwo\rthree\nfour')).toBe('one two three four');
  });

  it('drops control characters, terminal escapes and bidi overrides', () => {
    expect(escapeMarkdown('a\u0000b\u001b[31mred\u202Eevil\u2066')).toBe('ab\\[31mredevil');
  });

  it('escapes HTML entities literally instead of letting them decode', () => {
    expect(escapeMarkdown('&#64;alice &lt;')).toBe('&amp;\\#64;alice &amp;lt;');
  });

  it('handles very long hostile strings whole (no truncation, no backtracking blow-up)', () => {
    const long = '[a](b)<@x>`'.repeat(50_000);
    expect(escapeMarkdown(long)).toBe('\\[a\\]\\(b\\)&lt;@\u200Dx&gt;\\`'.repeat(50_000));
  });
});

describe('sanitizeMarkdown (policy-authored Markdown)', () => {
  it('keeps formatting and http(s)/relative links', () => {
    const md = '1. Run `npm test`\n2. See [the docs](https://example.com/docs) and [rules](docs/rules.md#x)';
    expect(sanitizeMarkdown(md)).toBe(md);
  });

  it('neutralises HTML, images, script links and mentions', () => {
    expect(sanitizeMarkdown('<details open>')).toBe('&lt;details open>');
    expect(sanitizeMarkdown('![pixel](https://t.example/p.gif)')).toBe('!\\[pixel](https://t.example/p.gif)');
    expect(sanitizeMarkdown('[fix](javascript:alert(1))')).toBe('[fix]\\(javascript:alert(1))');
    expect(sanitizeMarkdown('[fix]( data:text/html,x)')).toBe('[fix]\\( data:text/html,x)');
    expect(sanitizeMarkdown('[ref]: javascript:alert(1)')).toBe('\\[ref\\]: javascript:alert(1)');
    expect(sanitizeMarkdown('ask @security-team, mail a@b.com')).toBe(`ask @${ZWJ}security-team, mail a@b.com`);
  });

  it('leaves code spans and fenced blocks as written', () => {
    expect(sanitizeMarkdown('Comment `/paved waive no-secrets: <reason>` then ask @bob <b>')).toBe(
      `Comment \`/paved waive no-secrets: <reason>\` then ask @${ZWJ}bob &lt;b>`,
    );
    expect(sanitizeMarkdown('Run:\n```sh\necho "<b>@x</b>" ![i](data:x)\n```\n<i>@y')).toBe(`Run:\n\`\`\`sh\necho "<b>@x</b>" ![i](data:x)\n\`\`\`\n&lt;i>@${ZWJ}y`);
  });

  it('closes an unclosed code fence', () => {
    expect(sanitizeMarkdown('```sh\nrm -rf tmp')).toBe('```sh\nrm -rf tmp\n```');
    expect(sanitizeMarkdown('~~~~\nx\n~~~~')).toBe('~~~~\nx\n~~~~');
    expect(sanitizeMarkdown('````\n```\n')).toBe('````\n```\n\n````');
  });

  it('drops control and bidi characters and normalises CR', () => {
    expect(sanitizeMarkdown('a\r\nb\u202E\u0007')).toBe('a\nb');
  });
});

describe('escapeTerminal', () => {
  it('strips CSI colour and cursor sequences', () => {
    expect(escapeTerminal('\u001b[31mred\u001b[0m \u001b[2J\u001b[1;1H')).toBe('red ');
    expect(escapeTerminal('8bit\u009b31mcsi')).toBe('8bitcsi');
  });

  it('strips OSC 8 hyperlinks and window titles (BEL or ST terminated)', () => {
    expect(escapeTerminal('\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007')).toBe('click');
    expect(escapeTerminal('\u001b]0;pwned\u001b\\title')).toBe('title');
  });

  it('strips other controls, CR and bidi overrides but keeps newlines and tabs', () => {
    expect(escapeTerminal('ok\rFAKE PASS\u0008\u0007\u202Eevil\n\tnext')).toBe('ok\nFAKE PASSevil\n\tnext');
    expect(escapeTerminal('a\r\nb')).toBe('a\nb');
  });

  it('removes a lone ESC', () => {
    expect(escapeTerminal('x\u001b')).toBe('x');
  });
});

describe('workflow command escaping (actions/toolkit rules)', () => {
  it('escapes data', () => {
    expect(escapeWorkflowData('50% done\r\n::error::x')).toBe('50%25 done%0D%0A::error::x');
  });
  it('escapes properties', () => {
    expect(escapeWorkflowProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });
});

describe('escapeHtml (text inside our own HTML elements)', () => {
  it('encodes specials, defuses mentions, keeps one line', () => {
    expect(escapeHtml('<b>"x" & @bob</b>\nnext')).toBe(`&lt;b&gt;&quot;x&quot; &amp; @${ZWJ}bob&lt;/b&gt; next`);
  });
});

describe('markdownCodeSpan', () => {
  it('wraps plain ids in single backticks without escaping', () => {
    expect(markdownCodeSpan('ai-change-needs-tests')).toBe('`ai-change-needs-tests`');
  });
  it('uses a longer fence than any backtick run inside, padding edge backticks', () => {
    expect(markdownCodeSpan('a `b` ``c``')).toBe('``` a `b` ``c`` ```');
    expect(markdownCodeSpan('`x')).toBe('`` `x ``');
  });
  it('stays on one line and drops controls', () => {
    expect(markdownCodeSpan('a\nb\u202E\u001b')).toBe('`a b`');
  });
});

describe('markdownCodeBlock', () => {
  it('fences multi-line text longer than any backtick run inside', () => {
    expect(markdownCodeBlock('a.rego:1: error\r\nb.rego:2: ````x````')).toBe('`````text\na.rego:1: error\nb.rego:2: ````x````\n`````');
    expect(markdownCodeBlock('plain <b>@x</b>\u001b[31m')).toBe('```text\nplain <b>@x</b>[31m\n```');
  });
});
