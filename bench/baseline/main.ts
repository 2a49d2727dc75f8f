import Reveal from 'reveal.js';
import 'reveal.js/reveal.css';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale } from 'chart.js';
import { READY } from '../../contracts/readiness.ts';

/** The same Chart.js parts the decks register (runtime/shared/chart-registry.ts). */
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend);

const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const deck = new Reveal({ hash: true, history: false, width: 1280, height: 720, transition: reduced ? 'none' : 'slide' });
const charts = new Map<HTMLCanvasElement, Chart<'bar'>>();

/** Draws the current slide's charts, as the decks do, and marks each canvas once drawn. */
function showCurrent(): void {
  for (const [canvas, chart] of charts) {
    chart.destroy();
    canvas.removeAttribute(READY.chart);
  }
  charts.clear();
  for (const canvas of deck.getCurrentSlide().querySelectorAll<HTMLCanvasElement>('canvas[data-chart-id]')) {
    const ready = (): void => canvas.setAttribute(READY.chart, '');
    const chart = new Chart(canvas, {
      type: 'bar',
      data: { labels: ['A', 'B', 'C'], datasets: [{ label: 'Baseline', data: [4.88, 2.87, 1.7], backgroundColor: '#c4501a' }] },
      options: { indexAxis: 'y', maintainAspectRatio: false, animation: reduced ? false : { duration: 900, onComplete: ready } },
    });
    charts.set(canvas, chart);
    if (reduced) ready();
  }
}

void deck.initialize().then(() => {
  deck.on('slidechanged', showCurrent);
  showCurrent();
});
