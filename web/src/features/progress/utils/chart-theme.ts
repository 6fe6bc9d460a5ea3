/** Text and line colours of charts on the light page and on the big screen's dark background. */
export type ChartPalette = {
  text: string;
  muted: string;
  grid: string;
  marker: string;
  target: string;
  background: string;
};

export const LIGHT: ChartPalette = {
  text: '#1f1f1f',
  muted: '#595959',
  grid: '#e8e8e8',
  marker: '#1f1f1f',
  target: '#a8071a',
  background: 'transparent',
};
export const DARK: ChartPalette = {
  text: '#f0f5ff',
  muted: '#bfc8d6',
  grid: '#2b3b55',
  marker: '#ffffff',
  target: '#ff7875',
  background: 'transparent',
};

export const paletteOf = (dark: boolean): ChartPalette => (dark ? DARK : LIGHT);

/** Rounds for display in a chart (values drawn, not typeset): two decimals at most. */
export const round2 = (n: number) => Math.round(n * 100) / 100;
