import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distanceText, radiusShortText, radiusText, viewerUnit } from '../../src/groups/units.js';
import { showLocale } from '../../src/i18n/locale.js';

describe('the unit distances lead with', () => {
  it('is miles where people measure in miles, kilometres elsewhere', () => {
    expect(viewerUnit(['en-US', 'en'])).toBe('mi');
    expect(viewerUnit(['en'])).toBe('mi');
    expect(viewerUnit(['es-US'])).toBe('mi');
    expect(viewerUnit(['en-GB'])).toBe('mi');
    expect(viewerUnit(['en-CA', 'en-US'])).toBe('km');
    expect(viewerUnit(['es'])).toBe('km');
    expect(viewerUnit(['es-MX'])).toBe('km');
    expect(viewerUnit(['de-DE'])).toBe('km');
  });

  it('falls back to miles when the browser names no language or an unreadable one', () => {
    expect(viewerUnit([])).toBe('mi');
    expect(viewerUnit(['not a language tag'])).toBe('mi');
  });
});

describe('distances and radii in words', () => {
  it('leads with the viewer’s unit', () => {
    expect(distanceText(3.2, 'mi')).toBe('2.0 mi · 3.2 km away');
    expect(distanceText(3.2, 'km')).toBe('3.2 km · 2.0 mi away');
    expect(distanceText(42.4, 'mi')).toBe('26 mi · 42 km away');
    expect(distanceText(1.2, 'mi')).toBe('Less than 1 mi · 1.2 km away');
    expect(distanceText(0.4, 'km')).toBe('Less than 1 km · less than 1 mi away');
    expect(radiusText(25, 'mi')).toBe('16 mi (25 km)');
    expect(radiusText(25, 'km')).toBe('25 km (16 mi)');
    expect(radiusShortText(25, 'mi')).toBe('16 mi');
    expect(radiusShortText(25, 'km')).toBe('25 km');
  });
});

describe('distances in Spanish', () => {
  beforeAll(async () => {
    await showLocale('es', { remember: false });
  });

  afterAll(async () => {
    await showLocale('en', { remember: false });
  });

  it('are written as Spanish writes numbers, in the same units', () => {
    expect(distanceText(3.2, 'km')).toBe('A 3.2 km · 2.0 mi');
    expect(distanceText(0.4, 'mi')).toBe('A menos de 1 mi · menos de 1 km');
    expect(radiusText(25, 'km')).toBe('25 km (16 mi)');
  });
});
