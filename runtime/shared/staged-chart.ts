import type { Chart as ChartInstance, ChartConfiguration, Plugin } from 'chart.js';
import { registerCharts } from './chart-registry.ts';
import { chartConfigBeside, setDrawOptions, sizeChartHolder } from './draw-chart.ts';
import { LayoutSizePlatform, rememberLayoutSize } from '../deck/layout-size-platform.ts';
import { maskedConfig, type StepMask } from '../../charts/steps.ts';
import { createThemedChart } from './chart-theme.ts';

/**
 * Where a staged chart is:
 * - `new`: nothing made yet;
 * - `sized`: the size of its holder measured (its slide must be laid out for this step);
 * - `built`: the Chart.js instance exists (options resolved, canvas sized), nothing laid out;
 * - `primed`: laid out once without its data (axes and plugins only), which runs Chart.js's layout
 *   code for the first time, so the full layout that follows is a shorter task;
 * - `laid-out`: scales and bars computed, bars rewound to their base, the canvas blank;
 * - `playing`: drawn on screen, growing (or, still, drawn at once);
 * - `drawn`: fully drawn.
 */
export type ChartStage = 'new' | 'sized' | 'built' | 'primed' | 'laid-out' | 'playing' | 'drawn';

const stagesByCanvas = new WeakMap<HTMLCanvasElement, StagedChart>();

/**
 * Keeps a staged chart off the screen until it plays: Chart.js's first update (inside its
 * constructor) is held back, so building and laying out can be tasks of their own, and nothing is
 * rendered before `play()` — not even when Chart.js re-renders on a resize.
 */
const offstagePlugin: Plugin<'bar'> = {
  id: 'offstage',
  beforeUpdate: (chart) => stagesByCanvas.get(chart.canvas)?.stage !== 'sized',
  beforeRender: (chart) => stagesByCanvas.get(chart.canvas)?.onScreen === true,
};

/**
 * A slide's chart made in small steps, so that no single task of the page runs long: Chart.js
 * creating a chart in one go costs tens of milliseconds of main-thread time, most of it the first
 * layout. `advance()` takes one step (measure, build, prime, then lay out); `play()` draws it —
 * growing from the axis, as a chart does when Chart.js creates it, or at once when still — and
 * `rewind()` takes it back off the screen so it can play again. Each step is meant to run as a
 * task of its own.
 *
 * The configuration is the one the build wrote beside the canvas
 * (`<script type="application/json" data-chart-config>`, charts/config-json.ts).
 */
export class StagedChart {
  private chart: ChartInstance<'bar'> | null = null;
  private current: ChartStage = 'new';
  /** A chart built in steps: the step it shows (null: every bar), and its full data and labels to mask. */
  private mask: StepMask | null = null;
  private full: ChartConfiguration<'bar'> | null = null;
  /** The step that leaves each stage on the way to `laid-out`. */
  private readonly steps: Partial<Record<ChartStage, () => void>> = {
    new: () => this.measure(),
    sized: () => this.build(),
    built: () => this.prime(),
    primed: () => this.layOut(),
  };

  constructor(
    readonly canvas: HTMLCanvasElement,
    private readonly animate: boolean,
    private readonly pixelRatio: number,
    /** Called once the chart is fully drawn after `play()`. */
    private readonly onDrawn: () => void,
  ) {
    stagesByCanvas.set(canvas, this);
  }

  get stage(): ChartStage {
    return this.current;
  }

  /** Moves to a stage; the canvas says which (`data-chart-stage`), so a test or tool can wait for a chart made ready ahead. */
  private enter(stage: ChartStage): void {
    this.current = stage;
    this.canvas.dataset.chartStage = stage;
  }

  /** Steps are left before it can play (see advance()). */
  get stepsLeft(): boolean {
    return this.current !== 'laid-out' && !this.onScreen;
  }

  /** Playing or drawn: on the screen. */
  get onScreen(): boolean {
    return this.current === 'playing' || this.current === 'drawn';
  }

  /** Ready to play at once: built and laid out. */
  get ready(): boolean {
    return this.current === 'laid-out';
  }

  /** Takes the next step towards `laid-out`; returns false when there was none left to take. */
  advance(): boolean {
    const step = this.steps[this.current];
    step?.();
    return step !== undefined;
  }

  /** Shows the chart: grows it from the axis (or draws it still). Takes any step still missing first. */
  play(): void {
    while (this.advance());
    const chart = this.chart;
    if (!chart || this.current !== 'laid-out') return;
    this.enter('playing');
    if (this.animate) {
      chart.update();
      return;
    }
    chart.draw();
    this.finish();
  }

  /**
   * A chart built in steps shows one (runtime/shared/chart-steps.ts): bars not shown yet stand at the
   * axis with no label. On screen the change is drawn at once — newly shown bars growing from the
   * axis, or still under reduced motion — and `onDrawn` follows when it is done; off screen it is
   * laid out for when the chart plays.
   */
  setStep(mask: StepMask | null): void {
    if (sameMask(this.mask, mask)) return;
    this.mask = mask;
    const chart = this.chart;
    if (!chart || !this.full) return;
    this.applyMask(chart);
    if (this.onScreen) {
      this.enter('playing');
      if (this.animate) {
        chart.update();
        return;
      }
      chart.update('none');
      this.finish();
    } else if (this.current === 'laid-out') {
      chart.update('none');
      if (this.animate) chart.reset();
    }
  }

  /** Takes a played chart off the screen (blank canvas, bars back at the axis), ready to play again. */
  rewind(): void {
    const chart = this.chart;
    if (!chart || !this.onScreen) return;
    this.enter('laid-out');
    chart.stop();
    if (this.animate) chart.reset();
    chart.clear();
  }

  /** The pixel ratio it was built for. */
  get ratio(): number {
    return this.pixelRatio;
  }

  /** A chart on screen takes a new pixel ratio (reveal's scale changed); returns false when it is not on screen. */
  resizeOnScreen(pixelRatio: number): boolean {
    const chart = this.chart;
    if (!chart || !this.onScreen) return false;
    if (chart.options.devicePixelRatio !== pixelRatio) {
      chart.options.devicePixelRatio = pixelRatio;
      chart.resize();
    }
    return true;
  }

  destroy(): void {
    this.chart?.destroy();
    this.chart = null;
    this.enter('new');
    if (stagesByCanvas.get(this.canvas) === this) stagesByCanvas.delete(this.canvas);
  }

  /** Sizes the holder as the build chose and measures it, so the chart can be built while its slide is hidden. */
  private measure(): void {
    sizeChartHolder(this.canvas);
    rememberLayoutSize(this.canvas);
    this.enter('sized');
  }

  private build(): void {
    const config = chartConfigBeside(this.canvas);
    // A copy: the chart shares (and the masks replace) the data of the configuration it is given.
    this.full = structuredClone(config);
    setDrawOptions(config, this.animate, this.pixelRatio, () => this.finish());
    const Chart = registerCharts();
    // Still 'sized' while Chart.js constructs it: offstagePlugin holds back its first update. In the page's theme.
    this.chart = createThemedChart(
      config,
      (themed) => new Chart(this.canvas, { ...themed, plugins: [...(themed.plugins ?? []), offstagePlugin], platform: LayoutSizePlatform }),
      () => this.recoloured(),
    );
    this.applyMask(this.chart);
    this.enter('built');
  }

  /** Draws the chart again in its new colours (chart-theme.ts): at once on screen, laid out again off it. */
  private recoloured(): void {
    const chart = this.chart;
    if (!chart) return;
    if (this.onScreen) {
      // A growing chart jumps to its end (its onComplete marks it drawn).
      chart.stop();
      chart.update('none');
    } else if (this.current === 'laid-out') {
      chart.update('none');
      if (this.animate) chart.reset();
    }
  }

  private prime(): void {
    const chart = this.chart;
    if (!chart) return;
    // Not rendered (offstagePlugin); the chart's own data is back before anything can draw it.
    const data = chart.data;
    chart.data = { labels: [], datasets: [] };
    chart.update('none');
    chart.data = data;
    this.enter('primed');
  }

  private layOut(): void {
    const chart = this.chart;
    if (!chart) return;
    // Lays out scales and bars at their values without rendering (offstagePlugin), then — for a
    // growing chart — rewinds the bars to the axis, where play()'s update grows them from.
    chart.update('none');
    if (this.animate) chart.reset();
    this.enter('laid-out');
  }

  /** Puts the step's data and labels (or the full ones) into the chart; the next update draws them. */
  private applyMask(chart: ChartInstance<'bar'>): void {
    const full = this.full;
    if (!full) return;
    const shown = this.mask ? maskedConfig(full, this.mask) : full;
    shown.data.datasets.forEach((dataset, index) => {
      const target = chart.data.datasets[index];
      if (target) target.data = [...dataset.data];
    });
    const labels = shown.options?.plugins?.valueLabels?.labels;
    const plugins = chart.config.options?.plugins;
    if (labels && plugins?.valueLabels) plugins.valueLabels = { ...plugins.valueLabels, labels };
  }

  private finish(): void {
    if (this.current !== 'playing') return;
    this.enter('drawn');
    this.onDrawn();
  }
}

function sameMask(a: StepMask | null, b: StepMask | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
