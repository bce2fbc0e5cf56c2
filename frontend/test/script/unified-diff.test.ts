import { describe, expect, it } from 'vitest';
import { parseUnifiedDiff } from '../../src/script/unified-diff.js';

describe('parseUnifiedDiff', () => {
  it('drops the file header and marks each line added, removed or unchanged', () => {
    const diff = [
      '--- agreements',
      '+++ agreements',
      '@@ -1,3 +1,3 @@',
      ' We listen without interrupting.',
      '-What is said here stays here.',
      '+What is said here, and who says it, stays here.',
      ' ',
    ].join('\n');

    expect(parseUnifiedDiff(diff)).toEqual([
      {
        lines: [
          { kind: 'context', text: 'We listen without interrupting.' },
          { kind: 'removed', text: 'What is said here stays here.' },
          { kind: 'added', text: 'What is said here, and who says it, stays here.' },
          { kind: 'context', text: '' },
        ],
      },
    ]);
  });

  it('keeps hunks apart, and reads "---" inside a hunk as a removed line starting "--"', () => {
    const diff = '--- k\n+++ k\n@@ -1 +1 @@\n-one\n+uno\n@@ -9,2 +9,2 @@\n--- a rule\n+++ bold\n\\ No newline at end of file\n';

    const hunks = parseUnifiedDiff(diff);

    expect(hunks).toHaveLength(2);
    expect(hunks[1]?.lines).toEqual([
      { kind: 'removed', text: '-- a rule' },
      { kind: 'added', text: '++ bold' },
    ]);
  });

  it('reads an added section as one run of added lines, and nothing as nothing', () => {
    expect(parseUnifiedDiff('--- poem\n+++ poem\n@@ -0,0 +1,2 @@\n+Line one\n+Line two')).toEqual([
      { lines: [{ kind: 'added', text: 'Line one' }, { kind: 'added', text: 'Line two' }] },
    ]);
    expect(parseUnifiedDiff('')).toEqual([]);
    expect(parseUnifiedDiff(undefined)).toEqual([]);
    expect(parseUnifiedDiff('--- a\n+++ a\n')).toEqual([]);
  });

  it('copes with Windows line endings', () => {
    expect(parseUnifiedDiff('@@ -1 +1 @@\r\n-a\r\n+b\r\n')).toEqual([
      { lines: [{ kind: 'removed', text: 'a' }, { kind: 'added', text: 'b' }] },
    ]);
  });
});
