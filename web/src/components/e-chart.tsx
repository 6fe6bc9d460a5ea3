import { useEffect, useRef, type CSSProperties } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, EffectScatterChart, GaugeChart, LineChart, LinesChart, MapChart, PieChart } from 'echarts/charts';
import { GeoComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { BarSeriesOption, EffectScatterSeriesOption, GaugeSeriesOption, LineSeriesOption, LinesSeriesOption, MapSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GeoComponentOption, GridComponentOption, LegendComponentOption, TitleComponentOption, TooltipComponentOption } from 'echarts/components';

// Only what the platform draws is registered, which keeps the echarts chunk small.
echarts.use([BarChart, LineChart, PieChart, GaugeChart, MapChart, LinesChart, EffectScatterChart, GeoComponent, GridComponent, TooltipComponent, LegendComponent, TitleComponent, CanvasRenderer]);

/** The option type limited to the registered charts and components. */
export type ChartOption = echarts.ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GaugeSeriesOption
  | MapSeriesOption
  | LinesSeriesOption
  | EffectScatterSeriesOption
  | GeoComponentOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | TitleComponentOption
>;

/** Registers a GeoJSON map once (for MapChart). */
export function registerMap(name: string, geoJson: Parameters<typeof echarts.registerMap>[1]) {
  if (!echarts.getMap(name)) echarts.registerMap(name, geoJson);
}

type Props = {
  option: ChartOption;
  /** Text alternative read by screen readers in place of the canvas. */
  ariaLabel: string;
  height?: number | string;
  style?: CSSProperties;
  onClick?: (params: { name: string; value: unknown; seriesName?: string; dataIndex: number }) => void;
};

/** ECharts on a div that follows its container's size; options come from pure builder functions. */
export function EChart({ option, ariaLabel, height = 320, style, onClick }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onClick) return;
    const handler = (p: unknown) => onClick(p as Parameters<typeof onClick>[0]);
    instance.on('click', handler);
    return () => {
      instance.off('click', handler);
    };
  }, [onClick]);

  return <div ref={ref} role="img" aria-label={ariaLabel} style={{ width: '100%', height, ...style }} />;
}
