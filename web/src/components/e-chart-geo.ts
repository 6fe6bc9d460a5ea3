import * as echarts from 'echarts/core';
import { EffectScatterChart, LinesChart, MapChart } from 'echarts/charts';
import { GeoComponent } from 'echarts/components';
import { registerCharts } from './e-chart';

// The map and its series are large and only the pairings overview draws them: registered here, not in e-chart.
registerCharts([MapChart, LinesChart, EffectScatterChart, GeoComponent]);

/** Registers a GeoJSON map once (for MapChart). */
export function registerMap(name: string, geoJson: Parameters<typeof echarts.registerMap>[1]) {
  if (!echarts.getMap(name)) echarts.registerMap(name, geoJson);
}
