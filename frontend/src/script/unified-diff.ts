export type DiffLineKind = 'context' | 'added' | 'removed';

export interface DiffLine {
  kind: DiffLineKind;
  text: string;
}

/** One run of nearby changes; the unchanged lines between runs are left out. */
export interface DiffHunk {
  lines: DiffLine[];
}

/**
 * Reads the unified diff the server sends for a section's Markdown into runs of lines marked added, removed or
 * unchanged. The "---"/"+++" file header before the first "@@" is dropped, as is "\ No newline at end of file".
 * A line that only looks like a header after the first "@@" (a removed line starting "--") stays a removed line.
 */
export function parseUnifiedDiff(diff: string | null | undefined): DiffHunk[] {
  if (!diff) {
    return [];
  }
  const hunks: DiffHunk[] = [];
  let current: DiffHunk | null = null;
  for (const raw of diff.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.startsWith('@@')) {
      current = { lines: [] };
      hunks.push(current);
      continue;
    }
    if (!current || raw.startsWith('\\')) {
      continue;
    }
    const marker = raw.charAt(0);
    const text = raw.slice(1);
    if (marker === '+') {
      current.lines.push({ kind: 'added', text });
    } else if (marker === '-') {
      current.lines.push({ kind: 'removed', text });
    } else if (marker === ' ') {
      current.lines.push({ kind: 'context', text });
    }
    // Anything else (the empty string after a final newline) is not a line of the section.
  }
  return hunks.filter((hunk) => hunk.lines.length > 0);
}
