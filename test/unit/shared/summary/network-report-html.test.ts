import { describe, expect, it } from 'vitest';
import { indicatorIds } from '../../../../shared/summary/indicator-definitions';
import type { BenchmarkPeriod } from '../../../../shared/summary/network-aggregate';
import { networkReportHtml } from '../../../../shared/summary/network-report-html';

const shares = Object.fromEntries(indicatorIds.map((id) => [id, 0.5])) as BenchmarkPeriod['practices'][number]['shares'];

const period = {
  period: '2026',
  practices: [
    { name: '<img src=x onerror=alert(1)>', population: 120, shares, unavailable: [] },
    { name: 'B', population: null, shares: { ...shares, statin: null, ualb_registered: null }, unavailable: ['ualb_registered'] },
  ],
  network: {
    disclosure: { policy: 'suppress', threshold: 5 },
    population: { count: null, practicesIncluded: 1, withheld: 'fewer_than_three_practices' },
    practices: 2,
    indicators: indicatorIds.map((id) => ({ id, numerator: { count: null, practicesIncluded: 1, withheld: 'fewer_than_three_practices' }, share: null, target: null })),
  },
} as unknown as BenchmarkPeriod;

describe('network report HTML', () => {
  it('escapes every name and marks what is hidden', () => {
    const html = networkReportHtml([period], 'Netværk & "venner"', '2026-06-02');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Netværksrapport: Netværk &amp; &quot;venner&quot;');
    // A practice's hidden N is x, its hidden share "skjult"; a network total says why it is withheld.
    expect(html).toContain('<td class="number">x</td>');
    expect(html).toContain('<td class="number">skjult</td>');
    expect(html).toContain('<td class="number network">x (færre end 3 praksis)</td>');
    expect(html).toContain('Et antal fra 0 til 7 skjules');
    // A share the practice's extract could not give is not available, not hidden.
    expect(html).toContain('<td class="number">ikke i udtrækket</td>');
    expect(html).toContain("default-src 'none'");
  });
});
