import { describe, expect, it } from 'vitest';
import { formatWorkflowCommand } from './workflow-commands.js';

describe('formatWorkflowCommand', () => {
  it('writes one command line with file, line and title', () => {
    expect(formatWorkflowCommand({ level: 'warning', file: 'src/a.ts', line: 3, title: 'rule: Title', message: 'Fix it' })).toBe(
      '::warning file=src/a.ts,line=3,title=rule%3A Title::Fix it',
    );
  });

  it('cannot be broken out of by hostile file names or messages', () => {
    const line = formatWorkflowCommand({
      level: 'error',
      file: 'a,line=1::x.ts',
      line: 9,
      title: 't\n::set-env name=X::y',
      message: '100% done\r\n::add-mask::secret',
    });
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toBe('::error file=a%2Cline=1%3A%3Ax.ts,line=9,title=t%0A%3A%3Aset-env name=X%3A%3Ay::100%25 done%0D%0A::add-mask::secret');
  });
});
