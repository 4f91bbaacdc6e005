// The second contrast check (DD036): for each element axe-core left "incomplete" on color-contrast, the
// contrast of its computed text colour against the background it is painted on by design: the
// backgrounds of its ancestors in the flat tree (slots and shadow hosts included), alpha-blended from
// the page's white upwards. Overlapping elements (a fixed header, a grid's shadow cells) are not
// ancestors and so do not count: they are why axe could not decide, not what the text is drawn on.
// Argument: JSON of [{target: axe target, nonText: boolean}]; answer: one judgement per element.
(input) => {
  const items = JSON.parse(input);

  const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true });

  /** [r, g, b, a] with r, g, b 0..255 and a 0..1, from any CSS colour Chromium computes. */
  function colour(css) {
    let m = css.match(/^rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/);
    if (m) {
      const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
      return [+m[1], +m[2], +m[3], a];
    }
    m = css.match(/^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)$/);
    if (m) {
      return [m[1] * 255, m[2] * 255, m[3] * 255, m[4] === undefined ? 1 : +m[4]];
    }
    // anything else (oklch, color-mix results): let the canvas convert it to sRGB
    canvas.clearRect(0, 0, 1, 1);
    canvas.fillStyle = css;
    canvas.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  }

  const over = (top, under) => {
    const a = top[3] + under[3] * (1 - top[3]);
    const mix = i => a === 0 ? 0 : (top[i] * top[3] + under[i] * under[3] * (1 - top[3])) / a;
    return [mix(0), mix(1), mix(2), a];
  };

  const luminance = c => {
    const lin = v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
  };

  const ratio = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };

  const hex = c => '#' + c.slice(0, 3).map(v => Math.round(v).toString(16).padStart(2, '0')).join('');

  /** The parent in the flat tree: the slot an element is shown in, the host of a shadow root. */
  const up = node => node.assignedSlot
      || (node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentElement);

  const ancestry = element => {
    const chain = [];
    for (let node = element; node; node = up(node)) {
      chain.push(node);
    }
    return chain;
  };

  const disabled = chain => chain.some(node => node.hasAttribute('disabled') || node.getAttribute('aria-disabled') === 'true');

  /**
   * The possible backgrounds under the element: one colour, or one per colour stop where a gradient is
   * painted. Null with a reason where a picture is painted (its colours are unknown).
   */
  function backgrounds(chain) {
    const layers = [];
    for (const node of chain) {
      const style = getComputedStyle(node);
      const image = style.backgroundImage;
      if (image && image !== 'none') {
        if (image.includes('url(')) {
          return { why: 'background picture on ' + node.localName };
        }
        const stops = (image.match(/(rgba?|color)\([^)]*\)/g) || []).map(colour);
        if (stops.length > 0) {
          layers.push(stops);
        }
      }
      const own = colour(style.backgroundColor);
      if (own[3] > 0) {
        layers.push([own]);
        if (own[3] === 1) {
          break;
        }
      }
    }
    let candidates = [[255, 255, 255, 1]];
    for (const layer of layers.reverse()) {
      candidates = candidates.flatMap(under => layer.map(top => over(top, under)));
    }
    return { colours: candidates };
  }

  const opacity = chain => chain.reduce((product, node) => product * parseFloat(getComputedStyle(node).opacity), 1);

  function judge(item) {
    const path = Array.isArray(item.target[0]) ? item.target[0] : item.target;
    const element = axe.utils.shadowSelect(path);
    const target = JSON.stringify(item.target);
    if (!element) {
      return { target, verdict: 'undecided', why: 'element no longer on the page' };
    }
    const chain = ancestry(element);
    if (disabled(chain)) {
      return { target, verdict: 'exempt', why: 'disabled control' };
    }
    const style = getComputedStyle(element);
    const fontSize = parseFloat(style.fontSize);
    const bold = parseInt(style.fontWeight, 10) >= 700;
    const large = fontSize >= 24 || (bold && fontSize >= 18.66);
    const required = item.nonText || large ? 3 : 4.5;
    const under = backgrounds(chain);
    if (!under.colours) {
      return { target, verdict: 'undecided', why: under.why };
    }
    const text = colour(style.color);
    text[3] *= opacity(chain);
    let worst = null;
    for (const background of under.colours) {
      const contrast = ratio(over(text, background), background);
      if (worst === null || contrast < worst.contrast) {
        worst = { contrast, background };
      }
    }
    return {
      target,
      verdict: worst.contrast >= required ? 'pass' : 'fail',
      ratio: Math.round(worst.contrast * 100) / 100,
      required,
      foreground: hex(over(text, worst.background)),
      background: hex(worst.background),
      text: (element.textContent || '').trim().slice(0, 40)
    };
  }

  return items.map(judge);
}
