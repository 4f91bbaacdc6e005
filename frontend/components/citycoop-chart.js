import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

// Only the parts of chart.js the charts use: the bundle stays small (tree-shaking).
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale,
  Legend, Tooltip);

// Okabe–Ito: told apart by people with colour-vision deficiencies, too.
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/**
 * <citycoop-chart>: a chart.js chart drawn from its `data` property, which the server sets as JSON
 * (base/ui/Chart.java):
 *   { kind: 'line' | 'bar', labels: [text], valueAxis: text | null, summary: text, wholeNumbers: boolean,
 *     series: [{ name: text, values: [number | null], reference: boolean }] }
 * Every text is drawn on the canvas or set as an attribute, never parsed as HTML. The canvas is an
 * image for assistive technology, named by `summary`; the figures themselves are in the table the
 * page shows beside the chart.
 */
class CityCoopChart extends HTMLElement {

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `
      :host { display: block; position: relative; width: 100%; height: 16rem; }
      :host([hidden]) { display: none; }
      div { position: relative; width: 100%; height: 100%; }`;
    // chart.js sizes the canvas to its parent: a box of its own, not the shadow root
    const box = document.createElement('div');
    this._canvas = document.createElement('canvas');
    this._canvas.setAttribute('role', 'img');
    box.appendChild(this._canvas);
    root.append(style, box);
    this._data = null;
    this._chart = null;
  }

  set data(data) {
    this._data = data;
    this._draw();
  }

  get data() {
    return this._data;
  }

  connectedCallback() {
    this._draw();
  }

  disconnectedCallback() {
    this._chart?.destroy();
    this._chart = null;
  }

  _draw() {
    if (!this.isConnected || !this._data) {
      return;
    }
    const data = this._data;
    this._canvas.setAttribute('aria-label', data.summary ?? '');
    this._canvas.textContent = data.summary ?? '';
    this._chart?.destroy();
    Chart.defaults.font.family = lumo('--lumo-font-family') ?? Chart.defaults.font.family;
    this._chart = new Chart(this._canvas, {
      type: data.kind,
      data: {
        labels: data.labels,
        datasets: data.series.map((series, i) => dataset(data.kind, series, PALETTE[i % PALETTE.length])),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        // drawn at once: no motion for those who asked for none, and a picture that is complete when shown
        animation: false,
        plugins: { legend: { position: 'bottom', labels: { usePointStyle: true } } },
        scales: {
          // half a category of room at either end: the first and last labels are not cut off
          x: { offset: true },
          y: {
            beginAtZero: true,
            // counts and yen: whole-number steps (chart.js would put 0.5 between 0 and 1)
            ticks: data.wholeNumbers ? { precision: 0 } : {},
            title: { display: !!data.valueAxis, text: data.valueAxis ?? '' },
          },
        },
      },
    });
  }
}

/** A reference line (baseline, target) is dashed and without points; measured values are solid with points. */
function dataset(kind, series, colour) {
  return {
    label: series.name,
    data: series.values,
    borderColor: colour,
    backgroundColor: kind === 'bar' ? colour : colour + '33',
    borderDash: series.reference ? [6, 4] : [],
    pointRadius: series.reference ? 0 : 4,
    pointStyle: series.reference ? 'line' : 'circle',
    spanGaps: false,
  };
}

function lumo(property) {
  return getComputedStyle(document.documentElement).getPropertyValue(property).trim() || undefined;
}

customElements.define('citycoop-chart', CityCoopChart);
