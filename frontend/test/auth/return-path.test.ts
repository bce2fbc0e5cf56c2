import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '../../src/auth/return-path.js';

const origin = 'http://hrw.test';

describe('safeReturnPath', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(safeReturnPath('/hosting', origin)).toBe('/hosting');
    expect(safeReturnPath('/groups?near=Northampton#list', origin)).toBe('/groups?near=Northampton#list');
  });

  it('sends anything that could leave the site, or loop, back home', () => {
    expect(safeReturnPath('https://evil.example/', origin)).toBe('/');
    expect(safeReturnPath('//evil.example/', origin)).toBe('/');
    expect(safeReturnPath('/\\evil.example', origin)).toBe('/');
    expect(safeReturnPath('/auth/callback?code=x', origin)).toBe('/');
    expect(safeReturnPath(undefined, origin)).toBe('/');
    expect(safeReturnPath(42, origin)).toBe('/');
  });
});
