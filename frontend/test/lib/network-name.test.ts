import { render } from 'lit';
import { describe, expect, it } from 'vitest';
import { keepNetworkNameTogether } from '../../src/lib/network-name.js';
import '../../src/components/hrw-group-card.js';

function rendered(name: string): HTMLElement {
  const host = document.createElement('div');
  render(keepNetworkNameTogether(name), host);
  return host;
}

describe('keepNetworkNameTogether', () => {
  it('keeps "Works-HRW" on one line and the text as it was', () => {
    const host = rendered('Harm Reduction Works-HRW Northampton (example)');
    expect(host.textContent).toBe('Harm Reduction Works-HRW Northampton (example)');
    expect(host.querySelector('span.network-name')?.textContent).toBe('Works-HRW');
  });

  it('leaves a name without the network name alone', () => {
    const host = rendered('Stewards of HRH413');
    expect(host.textContent).toBe('Stewards of HRH413');
    expect(host.querySelector('span')).toBeNull();
  });

  it('is used, with its style, for the group card\'s name', async () => {
    const card = document.createElement('hrw-group-card') as HTMLElement & { group: unknown; updateComplete: Promise<unknown> };
    card.group = {
      slug: 'northampton-example',
      name: 'Harm Reduction Works-HRW Northampton',
      meetingType: 'open',
      attendance: 'in-person',
      focus: [],
      offerings: [],
      languages: ['en'],
      place: { city: 'Northampton', region: 'MA', country: 'US' },
    };
    document.body.append(card);
    await card.updateComplete;
    const link = card.shadowRoot!.querySelector('a');
    expect(link?.textContent?.trim()).toBe('Harm Reduction Works-HRW Northampton');
    expect(link?.querySelector('.network-name')).not.toBeNull();
    const styles = (card.constructor as unknown as { elementStyles: { cssText: string }[] }).elementStyles;
    expect(styles.some((style) => /\.network-name\s*\{\s*white-space:\s*nowrap/.test(style.cssText))).toBe(true);
    card.remove();
  });
});
