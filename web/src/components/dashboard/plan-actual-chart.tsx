/**
 * The year's key figures against their plans: one bar per indicator with a plan, in % of plan (the
 * indicators have different units), a line at 100%; the tooltip gives both figures in their units.
 */
import { useMemo } from 'react';
import type { KeyFigure } from '../../api/analytics.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDecimal, formatIndicatorNumber } from '../../lib/dashboard-format.ts';
import { EChart, type ChartOption } from './echart.tsx';

const MET = '#2e7d4f';
const BELOW = '#c0392b';

/** The chart, or a note when no key figure has a plan. */
export function PlanActualChart({ figures }: { figures: readonly KeyFigure[] }) {
  const { t, lang } = useI18n();
  const planned = useMemo(() => figures.filter((f) => f.comparison.percentOfPlan !== null), [figures]);
  const option = useMemo<ChartOption>(() => {
    const names = planned.map((f) => (lang === 'vi' ? f.indicator.shortVi || f.indicator.name.vi : f.indicator.name.en));
    return {
      aria: { enabled: true },
      animation: false,
      grid: { left: 8, right: 56, top: 8, bottom: 4, containLabel: true },
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (raw: unknown) => {
          const index = (raw as { dataIndex?: number }).dataIndex ?? 0;
          const f = planned[index];
          if (!f) return '';
          const actual = typeof f.cell.value === 'number' ? formatIndicatorNumber(f.cell.value, f.indicator, lang) : t.dashNoValue;
          const plan = f.plan === null ? t.dashNone : formatIndicatorNumber(f.plan, f.indicator, lang);
          return [
            `<strong>${f.indicator.name[lang]}</strong>`,
            `${t.dashActual}: ${actual}`,
            `${t.dashPlanSeries}: ${plan}`,
            f.comparison.text.ofPlan?.[lang] ?? '',
          ].join('<br>');
        },
      },
      xAxis: {
        type: 'value',
        axisLabel: { fontSize: 11, formatter: (v: number) => `${formatDecimal(v, lang, 0)}%` },
        splitLine: { lineStyle: { color: '#e6eaf0' } },
      },
      yAxis: { type: 'category', inverse: true, data: names, axisLabel: { fontSize: 11, width: 150, overflow: 'truncate' } },
      series: [
        {
          name: t.dashPercentOfPlan,
          type: 'bar',
          barMaxWidth: 22,
          data: planned.map((f) => ({ value: f.comparison.percentOfPlan ?? 0, itemStyle: { color: (f.comparison.percentOfPlan ?? 0) >= 100 ? MET : BELOW } })),
          label: { show: true, position: 'right', fontSize: 11, formatter: (p: { value?: unknown }) => `${formatDecimal(Number(p.value), lang, 1)}%` },
          markLine: { symbol: 'none', silent: true, lineStyle: { color: '#5a6575', type: 'dashed' }, label: { show: false }, data: [{ xAxis: 100 }] },
        },
      ],
    };
  }, [planned, lang, t]);
  return (
    <section className="panel dash-panel" aria-labelledby="dash-plan-heading" data-testid="plan-actual">
      <h2 id="dash-plan-heading">{t.dashPlanVsActual}</h2>
      {planned.length === 0 ? (
        <p className="empty-note">{t.dashPlanVsActualNone}</p>
      ) : (
        <EChart option={option} label={t.dashChartLabel(t.dashPlanVsActual)} height={Math.max(140, 44 * planned.length + 30)} testId="plan-actual-chart" />
      )}
    </section>
  );
}
