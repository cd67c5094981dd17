/**
 * One ECharts chart as a React component: registers only the chart types and components the dashboard
 * uses (tree-shaken imports), draws with the SVG renderer, follows the container's size and disposes on
 * unmount. The option is data: each chart component builds its own.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { init, use, type ComposeOption, type ECharts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { AriaComponentOption, GridComponentOption, LegendComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import { useEffect, useRef } from 'react';

use([BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

/** The options the dashboard's charts may use. */
export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | AriaComponentOption | GridComponentOption | LegendComponentOption | MarkLineComponentOption | TooltipComponentOption
>;

interface EChartProps {
  option: ChartOption;
  /** The chart's accessible name (the option's aria description adds the data). */
  label: string;
  height: number;
  testId?: string;
}

/** A chart. */
export function EChart({ option, label, height, testId }: EChartProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ECharts | null>(null);

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const chart = init(box, undefined, { renderer: 'svg' });
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(box);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={boxRef} className="echart" style={{ height }} role="img" aria-label={label} data-testid={testId} />;
}
