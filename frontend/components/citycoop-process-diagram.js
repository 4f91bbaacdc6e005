import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import diagramCss from 'bpmn-js/dist/assets/diagram-js.css?inline';
import bpmnCss from 'bpmn-js/dist/assets/bpmn-js.css?inline';

// below this scale a task's name cannot be read: a wide model opens at this scale at its start instead
const READABLE_SCALE = 0.5;
const ZOOM_STEP = 1.25;

/**
 * <citycoop-process-diagram>: a BPMN model drawn by bpmn-js (the NavigatedViewer: drag or arrow keys
 * move the picture, Ctrl + wheel zooms; one finger moves it on a touch screen), with a count badge on
 * the steps where projects wait. The server sets one JSON property (dashboard/ui/ProcessDiagram.java):
 *   data: { xml: text, summary: text, zoomIn: text, zoomOut: text, fit: text,
 *           badges: [{ stepId: text, text: text, label: text, overdue: boolean }] }
 *   selected: the id of the chosen step, or null
 * A click on a badged step (or its badge) fires `step-selected` with `detail.stepId`. Every text is set
 * as text or as an attribute, never parsed as HTML.
 */
class CityCoopProcessDiagram extends HTMLElement {

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = diagramCss + bpmnCss + `
      :host { display: block; position: relative; width: 100%; }
      :host([hidden]) { display: none; }
      .canvas { position: relative; width: 100%; height: var(--citycoop-diagram-height, 26rem);
                border: 1px solid var(--lumo-contrast-20pct, #ccc); border-radius: var(--lumo-border-radius-m, 4px);
                overflow: hidden; touch-action: none; background: var(--lumo-base-color, #fff); }
      .tools { position: absolute; z-index: 2; top: 0.25rem; left: 0.25rem; display: flex; gap: 0.25rem; }
      .tools button { min-width: 2.25rem; height: 2.25rem; font: inherit; font-size: 1.1rem; cursor: pointer;
                      border: 1px solid var(--lumo-contrast-30pct, #999); border-radius: var(--lumo-border-radius-m, 4px);
                      background: var(--lumo-base-color, #fff); color: var(--lumo-body-text-color, #000); }
      /* the badge sits on the step's top edge, above its name, at the same size at every zoom */
      .badge { display: inline-block; transform: translateY(-100%); font-family: var(--lumo-font-family, sans-serif); font-size: 0.8125rem; font-weight: 600; line-height: 1;
               white-space: nowrap; padding: 0.3rem 0.45rem; border-radius: 1rem; cursor: pointer;
               border: 2px solid #0072B2; background: #0072B2; color: #fff; }
      .badge.overdue { border-color: #D55E00; background: #fff; color: #A33F00; }
      .badge.selected { outline: 3px solid var(--lumo-primary-color, #1676f3); outline-offset: 2px; }
      .djs-element.cc-step { cursor: pointer; }
      .djs-element.cc-overdue .djs-visual > :first-child { stroke: #D55E00 !important; stroke-width: 4px !important; }
      .djs-element.cc-selected .djs-visual > :first-child { fill: #E8F1FB !important; }`;
    this._canvas = document.createElement('div');
    this._canvas.className = 'canvas';
    // a group, not an image: the picture holds things to focus and click (the steps, their badges), which
    // an image may not (axe-core: nested-interactive); its name is the diagram's summary (DD031)
    this._canvas.setAttribute('role', 'group');
    this._tools = document.createElement('div');
    this._tools.className = 'tools';
    this._zoomIn = this._tool('+', () => this._zoomBy(ZOOM_STEP));
    this._zoomOut = this._tool('−', () => this._zoomBy(1 / ZOOM_STEP));
    this._fit = this._tool('⤢', () => this._showStart());
    root.append(style, this._tools, this._canvas);
    this._data = null;
    this._selected = null;
    this._importedXml = null;
    this._viewer = null;
  }

  set data(data) {
    this._data = data;
    this._render();
  }

  get data() {
    return this._data;
  }

  set selected(stepId) {
    this._selected = stepId;
    this._mark();
    if (stepId && this._importedXml) {
      this._viewer.get('canvas').scrollToElement(stepId, { top: 60, bottom: 60, left: 60, right: 60 });
    }
  }

  get selected() {
    return this._selected;
  }

  connectedCallback() {
    if (!this._viewer) {
      this._viewer = new NavigatedViewer({ container: this._canvas });
      this._viewer.on('element.click', event => this._choose(event.element.id));
      this._panByTouch();
      // diagram-js measures its box only when told: a turned phone or a resized window would leave
      // it drawing for the old size (and scrolling a chosen step into a part no one sees)
      new ResizeObserver(() => this._viewer.get('canvas').resized()).observe(this._canvas);
    }
    this._render();
  }

  async _render() {
    if (!this.isConnected || !this._viewer || !this._data) {
      return;
    }
    const data = this._data;
    this._canvas.setAttribute('aria-label', data.summary ?? '');
    this._label(this._zoomIn, data.zoomIn);
    this._label(this._zoomOut, data.zoomOut);
    this._label(this._fit, data.fit);
    if (this._importedXml !== data.xml) {
      this._importedXml = null;
      await this._viewer.importXML(data.xml);
      this._importedXml = data.xml;
      this._showStart();
    }
    this._badge();
  }

  /** One overlay per step with waiting projects, and markers for overdue, clickable and chosen steps. */
  _badge() {
    const overlays = this._viewer.get('overlays');
    overlays.remove({ type: 'step-count' });
    for (const badge of this._data.badges ?? []) {
      const element = document.createElement('span');
      element.className = badge.overdue ? 'badge overdue' : 'badge';
      element.textContent = badge.text;
      element.title = badge.label;
      element.dataset.stepId = badge.stepId;
      element.addEventListener('click', () => this._choose(badge.stepId));
      overlays.add(badge.stepId, 'step-count', { position: { top: 4, left: 0 }, html: element, scale: false });
    }
    this._mark();
  }

  _mark() {
    if (!this._importedXml) {
      return;
    }
    const canvas = this._viewer.get('canvas');
    const registry = this._viewer.get('elementRegistry');
    const badged = new Map((this._data.badges ?? []).map(badge => [badge.stepId, badge]));
    registry.forEach(element => {
      const badge = badged.get(element.id);
      toggle(canvas, element.id, 'cc-step', !!badge);
      toggle(canvas, element.id, 'cc-overdue', !!badge?.overdue);
      toggle(canvas, element.id, 'cc-selected', element.id === this._selected);
    });
    this.shadowRoot.querySelectorAll('.badge').forEach(badge =>
      badge.classList.toggle('selected', badge.dataset.stepId === this._selected));
  }

  _choose(stepId) {
    if ((this._data?.badges ?? []).some(badge => badge.stepId === stepId)) {
      this.dispatchEvent(new CustomEvent('step-selected', { detail: { stepId } }));
    }
  }

  /** The whole model if it can be read so, else its start at a readable scale. */
  _showStart() {
    const canvas = this._viewer.get('canvas');
    canvas.resized();
    canvas.zoom('fit-viewport');
    if (canvas.zoom() < READABLE_SCALE) {
      const inner = canvas.viewbox().inner;
      const outer = canvas.viewbox().outer;
      canvas.viewbox({ x: inner.x - 40, y: inner.y - 60, width: outer.width / READABLE_SCALE, height: outer.height / READABLE_SCALE });
    }
  }

  _zoomBy(factor) {
    const canvas = this._viewer.get('canvas');
    canvas.zoom(canvas.zoom() * factor, 'auto');
  }

  /** diagram-js moves the picture with a mouse only: one finger moves it on a touch screen. */
  _panByTouch() {
    let last = null;
    this._canvas.addEventListener('touchstart', event => {
      last = event.touches.length === 1 ? event.touches[0] : null;
    }, { passive: true });
    this._canvas.addEventListener('touchmove', event => {
      if (!last || event.touches.length !== 1) {
        return;
      }
      const touch = event.touches[0];
      this._viewer.get('canvas').scroll({ dx: touch.clientX - last.clientX, dy: touch.clientY - last.clientY });
      last = touch;
      event.preventDefault();
    }, { passive: false });
  }

  _tool(symbol, action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = symbol;
    button.addEventListener('click', action);
    this._tools.appendChild(button);
    return button;
  }

  _label(button, text) {
    button.title = text ?? '';
    button.setAttribute('aria-label', text ?? '');
  }
}

function toggle(canvas, elementId, marker, on) {
  if (on) {
    canvas.addMarker(elementId, marker);
  } else {
    canvas.removeMarker(elementId, marker);
  }
}

customElements.define('citycoop-process-diagram', CityCoopProcessDiagram);
