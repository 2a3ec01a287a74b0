import { BarChart as Bars } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([Bars, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface BarSeries {
  name: string;
  values: number[];
}

/** Grouped horizontal bars; `label` names it for screen readers, which cannot read the canvas. */
export function BarChart({ categories, series, label, unit }: { categories: string[]; series: BarSeries[]; label: string; unit: string }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current);
    chart.setOption({
      tooltip: { trigger: 'axis', valueFormatter: (value: number) => `${value.toLocaleString('zh-CN')} ${unit}` },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value' },
      // Inverse: the first category on top, in the order of the table beside it.
      yAxis: { type: 'category', inverse: true, data: categories, axisLabel: { width: 160, overflow: 'truncate' } },
      series: series.map((s) => ({ type: 'bar', name: s.name, data: s.values })),
      // A comparison draws the reference grey and the figure red; a lone series is the figure.
      color: series.length === 1 ? ['#c8102e'] : ['#d9d9d9', '#c8102e'],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [categories, series, unit]);
  return <div ref={element} role="img" aria-label={label} style={{ width: '100%', height: Math.max(160, categories.length * 56 + 60) }} />;
}
