import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// happy-dom gives modules http: URLs, so the file is found from the working directory (frontend/).
const xliff = readFileSync(resolve('xliff/es.xlf'), 'utf8');
const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map((match) => ({
  id: match[1],
  source: /<source>([\s\S]*?)<\/source>/.exec(match[2] ?? '')?.[1] ?? '',
  target: /<target>([\s\S]*?)<\/target>/.exec(match[2] ?? '')?.[1],
}));

describe('the Spanish catalogue', () => {
  it('has messages', () => {
    expect(units.length).toBeGreaterThan(0);
  });

  it('has a Spanish text for every message', () => {
    const without = units.filter((unit) => !unit.target?.trim()).map((unit) => `${unit.id}: ${unit.source}`);
    expect(without).toEqual([]);
  });

  it("never translates the network's name", () => {
    const renamed = units.filter(
      (unit) => unit.source.includes('Harm Reduction Works-HRW') && !unit.target?.includes('Harm Reduction Works-HRW'),
    );
    expect(renamed.map((unit) => unit.id)).toEqual([]);
  });
});

describe('the Spanish the app loads', () => {
  it('shows plain messages as text, with no XML escapes left in them', () => {
    const module = readFileSync(resolve('src/generated/locales/es.ts'), 'utf8');
    const escaped = [...module.matchAll(/^'(s[0-9a-f]+)': (?:str)?`([\s\S]*?)`,$/gm)]
      .filter((entry) => /&(?:lt|gt|quot|apos|amp);/.test(entry[2] ?? ''))
      .map((entry) => entry[1]);
    expect(escaped).toEqual([]);
  });
});
