import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { IndicatorId } from '../../../shared/summary/indicator-definitions';
import { visibleText } from '../../../shared/display-text';
import { targetText } from '../../../shared/summary/summary-display';
import type { BenchmarkPeriodDto } from '../../../shared/summary/summary-contract';
import { formatShare, sharePercent } from '../../../shared/shares';
import { chartColors } from './chart-colors';

/**
 * One indicator for one period: a bar per practice and one for the network total (drawn in the
 * network's colour), the target as a dashed line. A practice whose share is hidden has no bar.
 */
export function BenchmarkChart({ period, indicator }: { period: BenchmarkPeriodDto; indicator: IndicatorId }) {
  const { t, i18n } = useTranslation();
  const network = period.network.indicators.find((entry) => entry.id === indicator);
  const toPercent = (share: number | null | undefined) => (share === null || share === undefined ? null : sharePercent(share));
  const rows = [
    ...period.practices.map((practice) => ({ name: visibleText(practice.name), share: toPercent(practice.shares[indicator]), isNetwork: false })),
    { name: t('network.coordinator.network'), share: toPercent(network?.share), isNetwork: true },
  ];
  return (
    <ResponsiveContainer width="100%" height={280}>
      <BarChart data={rows} margin={{ top: 16, right: 16, bottom: 4, left: 0 }}>
        <CartesianGrid stroke="#e3e7ec" vertical={false} />
        <XAxis dataKey="name" tick={{ fontSize: 12 }} />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" width={44} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(value) => [typeof value === 'number' ? formatShare(value / 100, i18n.language) : '', t('network.summary.share')]} />
        {network?.target ? (
          <ReferenceLine
            y={network.target.percent}
            stroke={chartColors.target}
            strokeDasharray="6 4"
            label={{ value: t('network.dashboard.targetLine', { target: targetText(network.target) }), position: 'insideTopRight', fontSize: 11, fill: chartColors.target }}
          />
        ) : null}
        <Bar dataKey="share" isAnimationActive={false}>
          {rows.map((row) => (
            <Cell key={row.name} fill={row.isNetwork ? chartColors.network : chartColors.practice} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
