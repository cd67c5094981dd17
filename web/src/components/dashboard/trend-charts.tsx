/**
 * One line chart per key indicator over the years: the actual figures (hollow points where re-based from
 * former units) and the plan as a dashed line; the tooltip gives the value, plan and source of each year.
 */
import { useMemo } from 'react';
import type { TrendSeries } from '../../api/analytics.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDecimal, formatIndicatorNumber } from '../../lib/dashboard-format.ts';
import { EChart, type ChartOption } from './echart.tsx';

const ACTUAL_COLOUR = '#0b4f8a';
const PLAN_COLOUR = '#c77700';

/** The trend charts (only series with at least one figure). */
export function TrendCharts({ trends }: { trends: readonly TrendSeries[] }) {
  const { t } = useI18n();
  const drawn = trends.filter((s) => s.points.some((p) => p.value !== null));
  return (
    <section className="dash-section" aria-labelledby="dash-trends-heading" data-testid="trends">
      <h2 id="dash-trends-heading">{t.dashTrends}</h2>
      {drawn.length === 0 ? (
        <p className="empty-note">{t.dashTrendsNone}</p>
      ) : (
        <div className="trend-grid">
          {drawn.map((series) => (
            <TrendChart key={series.indicator.code} series={series} />
          ))}
        </div>
      )}
    </section>
  );
}

function TrendChart({ series }: { series: TrendSeries }) {
  const { t, lang } = useI18n();
  const { indicator, points } = series;
  const option = useMemo<ChartOption>(() => {
    const hasPlan = points.some((p) => p.plan !== null);
    const format = (v: number) => formatIndicatorNumber(v, indicator, lang);
    return {
      aria: { enabled: true },
      animation: false,
      grid: { left: 8, right: 12, top: hasPlan ? 30 : 12, bottom: 4, containLabel: true },
      legend: hasPlan ? { top: 0, right: 0, itemWidth: 18, textStyle: { fontSize: 11 } } : { show: false },
      tooltip: {
        trigger: 'axis',
        confine: true,
        formatter: (raw: unknown) => {
          const index = Array.isArray(raw) ? ((raw[0] as { dataIndex?: number } | undefined)?.dataIndex ?? 0) : 0;
          const p = points[index];
          if (!p) return '';
          const lines = [`<strong>${p.period}</strong>`, `${t.dashActual}: ${p.value === null ? t.dashNoValue : format(p.value)}`];
          if (p.plan !== null) lines.push(`${t.dashPlanSeries}: ${format(p.plan)}`);
          lines.push(`${t.dashSourceLabel}: ${t.dashSource(p.source)}`);
          if (p.derived) lines.push(t.dashDerived);
          if (!p.comparable) lines.push(t.dashNotComparable);
          return lines.join('<br>');
        },
      },
      xAxis: { type: 'category', data: points.map((p) => p.period), axisLabel: { fontSize: 11 }, boundaryGap: false },
      yAxis: {
        type: 'value',
        scale: true,
        axisLabel: { fontSize: 11, formatter: (v: number) => formatDecimal(v, lang, indicator.decimals) },
        splitLine: { lineStyle: { color: '#e6eaf0' } },
      },
      series: [
        {
          name: t.dashActual,
          type: 'line',
          color: ACTUAL_COLOUR,
          symbolSize: 7,
          connectNulls: false,
          data: points.map((p) => ({ value: p.value ?? '-', symbol: p.derived ? 'emptyCircle' : 'circle' })),
        },
        ...(hasPlan
          ? [
              {
                name: t.dashPlanSeries,
                type: 'line' as const,
                color: PLAN_COLOUR,
                symbol: 'diamond',
                symbolSize: 6,
                lineStyle: { type: 'dashed' as const },
                data: points.map((p) => p.plan ?? '-'),
              },
            ]
          : []),
      ],
    };
  }, [indicator, points, lang, t]);
  const unit = indicator.valueType === 'percent' ? '%' : indicator.unit[lang];
  return (
    <figure className="trend-chart" data-testid="trend-chart" data-indicator={indicator.code}>
      <figcaption>
        {indicator.name[lang]}
        {unit ? <span className="muted"> ({unit})</span> : null}
      </figcaption>
      <EChart option={option} label={t.dashChartLabel(indicator.name[lang])} height={200} />
    </figure>
  );
}
