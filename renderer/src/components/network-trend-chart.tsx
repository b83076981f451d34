import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { IndicatorId } from '../../../shared/summary/indicator-definitions';
import type { BenchmarkPeriodDto } from '../../../shared/summary/summary-contract';
import { formatShare, sharePercent } from '../../../shared/shares';
import { chartColors } from './chart-colors';

/** The network's share of one indicator per period, like the networks' yearly tables. */
export function NetworkTrendChart({ periods, indicator }: { periods: readonly BenchmarkPeriodDto[]; indicator: IndicatorId }) {
  const { t, i18n } = useTranslation();
  const target = periods.at(-1)?.network.indicators.find((entry) => entry.id === indicator)?.target ?? null;
  const data = periods.map((period) => {
    const share = period.network.indicators.find((entry) => entry.id === indicator)?.share ?? null;
    return { period: period.period, share: share === null ? null : sharePercent(share) };
  });
  return (
    <ResponsiveContainer width="100%" height={220}>
      <LineChart data={data} margin={{ top: 16, right: 16, bottom: 4, left: 0 }}>
        <CartesianGrid stroke="#e3e7ec" />
        <XAxis dataKey="period" tick={{ fontSize: 12 }} />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" width={44} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(value) => [typeof value === 'number' ? formatShare(value / 100, i18n.language) : '', t('network.coordinator.network')]} />
        {target ? <ReferenceLine y={target.percent} stroke={chartColors.target} strokeDasharray="6 4" /> : null}
        <Line type="monotone" dataKey="share" stroke={chartColors.network} strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
