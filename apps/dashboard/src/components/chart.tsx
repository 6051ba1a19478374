import { useEffect, useRef } from 'react';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJs,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartData,
  type ChartOptions,
} from 'chart.js';

// Only what the reports draw (bars, lines, their two axes, the legend and tooltips): Chart.js
// leaves every other controller, scale and plugin out of the bundle.
ChartJs.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

export type ChartKind = 'bar' | 'line';
export type ChartSeries = ChartData<ChartKind, (number | null)[], string>;

/** Colours that stay apart for the common colour-vision deficiencies (Okabe–Ito), by meaning. */
export const CHART_COLOURS = {
  green: '#009E73',
  blue: '#0072B2',
  sky: '#56B4E9',
  orange: '#E69F00',
  vermilion: '#D55E00',
  purple: '#CC79A7',
  yellow: '#F0E442',
  grey: '#7a7a7a',
  black: '#222222',
} as const;

/** A line of colours for series without a meaning of their own (one per team). */
export const SERIES_COLOURS: readonly string[] = [
  CHART_COLOURS.blue,
  CHART_COLOURS.orange,
  CHART_COLOURS.green,
  CHART_COLOURS.purple,
  CHART_COLOURS.vermilion,
  CHART_COLOURS.sky,
  CHART_COLOURS.grey,
];

interface ChartProps {
  readonly type: ChartKind;
  readonly data: ChartSeries;
  readonly options?: ChartOptions<ChartKind>;
  /** What the chart shows, read by screen readers (the same figures are in the table beside it). */
  readonly label: string;
  /** In CSS pixels; the width follows the page. */
  readonly height?: number;
  readonly testId?: string;
}

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * A Chart.js chart on a canvas, drawn again when its figures change and released when the
 * screen closes. Charts only illustrate: every figure is also in a table a screen reader can read.
 */
export function Chart({ type, data, options, label, height = 280, testId }: ChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const latest = useRef({ data, options });
  latest.current = { data, options };
  // Callers build their series on every render: compare what is drawn, not the objects.
  const drawn = JSON.stringify({ type, data, options });

  useEffect(() => {
    const element = canvas.current;
    if (!element) return undefined;
    const font = window.getComputedStyle(element).fontFamily;
    const chart = new ChartJs(element, {
      type,
      data: latest.current.data,
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: prefersReducedMotion() ? false : { duration: 300 },
        font: font ? { family: font } : undefined,
        ...latest.current.options,
      } as ChartOptions<ChartKind>,
    });
    return () => chart.destroy();
  }, [drawn, type]);

  return (
    <div className="chart" data-testid={testId} style={{ position: 'relative', height, width: '100%', marginBottom: '1rem' }}>
      <canvas ref={canvas} role="img" aria-label={label}>
        {label}
      </canvas>
    </div>
  );
}
