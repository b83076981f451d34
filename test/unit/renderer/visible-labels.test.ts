import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { BenchmarkTable } from '../../../renderer/src/components/benchmark-table';
import { setupI18n } from '../../../renderer/src/i18n/setup-i18n';
import type { BenchmarkPeriodDto } from '../../../shared/summary/summary-contract';
import { indicatorIds } from '../../../shared/summary/indicator-definitions';

describe('labels on screen', () => {
  it('shows a practice label with a right-to-left override as typed, without the override', () => {
    const shares = Object.fromEntries(indicatorIds.map((id) => [id, 0.5]));
    const period = {
      period: '2026',
      practices: [{ name: '\u202EnesnaH \u200Bsuhegæl', population: 40, shares, unavailable: [] }],
      network: { threshold: 5, population: 40, practices: 1, indicators: [] },
    } as unknown as BenchmarkPeriodDto;
    const html = renderToStaticMarkup(createElement(I18nextProvider, { i18n: setupI18n('da') }, createElement(BenchmarkTable, { period })));
    expect(html).toContain('nesnaH suhegæl');
    expect(html).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u);
  });
});
