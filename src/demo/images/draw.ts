/**
 * The drawing kit of the demo's illustrations: randomness, palettes, SVG shapes, and the pieces
 * scenes are made of (skies, hills, trees, people, buildings). Each scene is a file of its own.
 */
/** Virtual canvas; the SVG is scaled (and if needed cropped) to the requested size. */
export const W = 1600;
export const H = 1000;

export type Pt = [number, number];
export type Stop = [offset: number, color: string, opacity?: number];
export type TimeOfDay = 'morning' | 'noon' | 'evening' | 'night';

// ---------------------------------------------------------------------------------------------
// Randomness and colour

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export function parseHex(c: string): [number, number, number] {
  const n = parseInt(c.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function toHex(r: number, g: number, b: number): string {
  const h = (v: number) =>
    Math.max(0, Math.min(255, Math.round(v)))
      .toString(16)
      .padStart(2, '0');
  return `#${h(r)}${h(g)}${h(b)}`;
}

export function mix(a: string, b: string, t: number): string {
  if (t <= 0) return a;
  if (t >= 1) return b;
  const [r1, g1, b1] = parseHex(a);
  const [r2, g2, b2] = parseHex(b);
  return toHex(r1 + (r2 - r1) * t, g1 + (g2 - g1) * t, b1 + (b2 - b1) * t);
}

/** Round to one decimal for compact SVG. */
export function f(n: number): string {
  return String(Math.round(n * 10) / 10);
}

// ---------------------------------------------------------------------------------------------
// Palettes (time of day)

export interface Palette {
  time: TimeOfDay;
  skyTop: string;
  skyMid: string;
  skyBottom: string;
  sun: string;
  sunGlow: string;
  haze: string;
  tint: string;
  tintAmt: number;
  light: string;
  shade: string;
  cloud: string;
  cloudShade: string;
  water: string;
  waterDeep: string;
}

export const PALETTES: Record<TimeOfDay, Palette> = {
  morning: {
    time: 'morning',
    skyTop: '#78b1e3',
    skyMid: '#b9d8ef',
    skyBottom: '#fbe4c9',
    sun: '#fff6dc',
    sunGlow: '#ffe6b3',
    haze: '#dde7ee',
    tint: '#ffd7ae',
    tintAmt: 0.08,
    light: '#fff2d9',
    shade: '#2f4a6a',
    cloud: '#ffffff',
    cloudShade: '#dfe6f1',
    water: '#86b7d3',
    waterDeep: '#3d7597',
  },
  noon: {
    time: 'noon',
    skyTop: '#3b8bd6',
    skyMid: '#82bde9',
    skyBottom: '#d5ebf7',
    sun: '#fffdf2',
    sunGlow: '#fff6d2',
    haze: '#cde1ee',
    tint: '#ffffff',
    tintAmt: 0,
    light: '#ffffff',
    shade: '#24405c',
    cloud: '#ffffff',
    cloudShade: '#d9e5f0',
    water: '#5ea3d0',
    waterDeep: '#2b6b96',
  },
  evening: {
    time: 'evening',
    skyTop: '#5b69a9',
    skyMid: '#ee9f6b',
    skyBottom: '#ffd796',
    sun: '#fff1bd',
    sunGlow: '#ffc46c',
    haze: '#f1bf8d',
    tint: '#ff9a48',
    tintAmt: 0.15,
    light: '#ffd68a',
    shade: '#4a2d5c',
    cloud: '#ffd3a6',
    cloudShade: '#e0948a',
    water: '#d89a7c',
    waterDeep: '#5f577e',
  },
  night: {
    time: 'night',
    skyTop: '#0d1736',
    skyMid: '#22305e',
    skyBottom: '#4b4878',
    sun: '#fbf5d6',
    sunGlow: '#aab7ff',
    haze: '#3a3e69',
    tint: '#1b2350',
    tintAmt: 0.55,
    light: '#8d9ad6',
    shade: '#060a1c',
    cloud: '#3c4473',
    cloudShade: '#2a3058',
    water: '#2b3b68',
    waterDeep: '#131c3b',
  },
};

// ---------------------------------------------------------------------------------------------
// SVG primitives

export function attrs(extra: string): string {
  return extra ? ` ${extra}` : '';
}
export function rect(x: number, y: number, w: number, h: number, fill: string, extra = ''): string {
  return `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" fill="${fill}"${attrs(extra)}/>`;
}
export function circle(cx: number, cy: number, r: number, fill: string, extra = ''): string {
  return `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="${fill}"${attrs(extra)}/>`;
}
export function ellipse(cx: number, cy: number, rx: number, ry: number, fill: string, extra = ''): string {
  return `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(ry)}" fill="${fill}"${attrs(extra)}/>`;
}
export function path(d: string, fill: string, extra = ''): string {
  return `<path d="${d}" fill="${fill}"${attrs(extra)}/>`;
}
export function poly(pts: Pt[], fill: string, extra = ''): string {
  return `<polygon points="${pts.map((p) => `${f(p[0])},${f(p[1])}`).join(' ')}" fill="${fill}"${attrs(extra)}/>`;
}
export function line(x1: number, y1: number, x2: number, y2: number, stroke: string, w: number, extra = ''): string {
  return `<line x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}" stroke="${stroke}" stroke-width="${f(w)}"${attrs(extra)}/>`;
}
export function stroke(d: string, color: string, w: number, extra = ''): string {
  const cap = extra.includes('stroke-linecap') ? '' : ' stroke-linecap="round"';
  return `<path d="${d}" fill="none" stroke="${color}" stroke-width="${f(w)}"${cap} stroke-linejoin="round"${attrs(extra)}/>`;
}

/** Smooth Catmull-Rom curve through the points, as SVG path commands. */
export function smooth(pts: Pt[], move = true): string {
  const [first] = pts;
  if (first === undefined) return '';
  let d = `${move ? 'M' : 'L'}${f(first[0])},${f(first[1])}`;
  // Segment p1→p2 between its neighbours p0 and p3 (at either end of the curve, the end point itself).
  let p0 = first;
  let p1 = first;
  for (const [i, p2] of pts.entries()) {
    if (i === 0) continue;
    const p3 = pts[i + 1] ?? p2;
    const c1x = p1[0] + (p2[0] - p0[0]) / 6;
    const c1y = p1[1] + (p2[1] - p0[1]) / 6;
    const c2x = p2[0] - (p3[0] - p1[0]) / 6;
    const c2y = p2[1] - (p3[1] - p1[1]) / 6;
    d += `C${f(c1x)},${f(c1y)} ${f(c2x)},${f(c2y)} ${f(p2[0])},${f(p2[1])}`;
    p0 = p1;
    p1 = p2;
  }
  return d;
}

/** Each item with the one after it: the segments between consecutive points. */
export function* pairs<T>(items: Iterable<T>): Generator<[T, T]> {
  const it = items[Symbol.iterator]();
  for (let a = it.next(), b = it.next(); !a.done && !b.done; a = b, b = it.next()) yield [a.value, b.value];
}

/** items[i] for an index that is in range by construction (a random or cyclic position in a list that is never empty). */
function item<T>(items: readonly T[], i: number): T {
  const found = items[i];
  if (found === undefined) throw new RangeError(`No item ${i} in a list of ${items.length}`);
  return found;
}

/** One item of a list that is never empty, chosen with a uniform draw from `rnd`. */
export function randomItem<T>(rnd: () => number, items: readonly T[]): T {
  return item(items, Math.floor(rnd() * items.length));
}

/** The list taken round and round: cycle(xs, xs.length) is xs[0]. */
export function cycle<T>(items: readonly T[], i: number): T {
  return item(items, i % items.length);
}

export function starPts(cx: number, cy: number, r: number): Pt[] {
  const pts: Pt[] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 ? r * 0.382 : r;
    pts.push([cx + rr * Math.cos(a), cy + rr * Math.sin(a)]);
  }
  return pts;
}

// ---------------------------------------------------------------------------------------------
// Drawing context

export class Ctx {
  readonly parts: string[] = [];
  readonly defs: string[] = [];
  private nextId = 0;
  sunX = W / 2;
  sunY = 200;
  sunR = 40;

  constructor(
    readonly rnd: () => number,
    readonly p: Palette,
  ) {}

  /** -1 when the light comes from the left, 1 from the right. */
  get side(): number {
    return this.sunX < W / 2 ? -1 : 1;
  }
  get night(): boolean {
    return this.p.time === 'night';
  }
  rand(a: number, b: number): number {
    return a + (b - a) * this.rnd();
  }
  int(a: number, b: number): number {
    return Math.floor(this.rand(a, b + 1 - 1e-9));
  }
  pick<T>(arr: readonly T[]): T {
    return randomItem(this.rnd, arr);
  }
  chance(p: number): boolean {
    return this.rnd() < p;
  }
  /** A colour as lit by the time of day, optionally faded into the distance haze. */
  c(col: string, fog = 0): string {
    return mix(mix(col, this.p.tint, this.p.tintAmt), this.p.haze, fog);
  }
  lit(col: string, amt = 0.3, fog = 0): string {
    return mix(this.c(col, fog), this.p.light, amt);
  }
  dark(col: string, amt = 0.25, fog = 0): string {
    return mix(this.c(col, fog), this.p.shade, amt);
  }
  id(prefix = 'g'): string {
    return `${prefix}${this.nextId++}`;
  }
  private stops(stops: Stop[]): string {
    return stops.map(([o, c, op]) => `<stop offset="${f(o)}" stop-color="${c}"${op === undefined ? '' : ` stop-opacity="${f(op)}"`}/>`).join('');
  }
  /** Linear gradient in bounding-box units (top to bottom by default); returns the fill value. */
  lin(stops: Stop[], x1 = 0, y1 = 0, x2 = 0, y2 = 1): string {
    const id = this.id();
    this.defs.push(`<linearGradient id="${id}" x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}">${this.stops(stops)}</linearGradient>`);
    return `url(#${id})`;
  }
  rad(stops: Stop[], cx = 0.5, cy = 0.5, r = 0.5): string {
    const id = this.id();
    this.defs.push(`<radialGradient id="${id}" cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}">${this.stops(stops)}</radialGradient>`);
    return `url(#${id})`;
  }
  clip(content: string): string {
    const id = this.id('c');
    this.defs.push(`<clipPath id="${id}">${content}</clipPath>`);
    return `clip-path="url(#${id})"`;
  }
  add(...s: string[]): void {
    for (const x of s) this.parts.push(x);
  }
  svg(width: number, height: number): string {
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${W} ${H}" preserveAspectRatio="xMidYMid slice">` +
      `<defs>${this.defs.join('')}</defs>${this.parts.join('')}</svg>`
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Shared scenery

export function cloud(x: Ctx, cx: number, cy: number, s: number): void {
  const bumps: [number, number, number][] = [];
  const n = x.int(3, 5);
  for (let i = 0; i < n; i++) {
    const t = n === 1 ? 0.5 : i / (n - 1);
    const r = s * (0.35 + 0.45 * Math.sin(Math.PI * t)) * x.rand(0.8, 1.15);
    bumps.push([cx - s + 2 * s * t, cy - r * 0.55, r]);
  }
  const body = (dy: number, fill: string, op: number) =>
    `<g fill="${fill}" opacity="${f(op)}">` +
    bumps.map(([bx, by, r]) => circle(bx, by + dy, r, fill)).join('') +
    rect(cx - s - s * 0.25, cy - s * 0.3 + dy, 2.5 * s, s * 0.3, fill, `rx="${f(s * 0.15)}"`) +
    `</g>`;
  const op = x.night ? 0.55 : 0.92;
  x.add(body(s * 0.08, x.p.cloudShade, op), body(0, x.p.cloud, op));
}

export function birds(x: Ctx, n: number, x0: number, x1: number, y0: number, y1: number): void {
  const col = x.night ? '#c8d0f0' : mix(x.p.shade, x.p.skyMid, 0.3);
  let d = '';
  for (let i = 0; i < n; i++) {
    const bx = x.rand(x0, x1);
    const by = x.rand(y0, y1);
    const s = x.rand(6, 12);
    d += `M${f(bx - s)},${f(by - s * 0.3)}Q${f(bx - s * 0.5)},${f(by - s * 0.6)} ${f(bx)},${f(by)}Q${f(bx + s * 0.5)},${f(by - s * 0.6)} ${f(bx + s)},${f(by - s * 0.3)}`;
  }
  x.add(stroke(d, col, 2.4));
}

/** Sky gradient, sun (or moon and stars), glow and clouds. */
export function sky(x: Ctx, horizon: number, clouds = 1): void {
  const p = x.p;
  x.add(
    rect(
      0,
      0,
      W,
      horizon + 80,
      x.lin([
        [0, p.skyTop],
        [0.62, p.skyMid],
        [1, p.skyBottom],
      ]),
    ),
  );
  x.sunX = x.rand(180, W - 180);
  if (p.time === 'morning') {
    x.sunY = Math.max(90, horizon - x.rand(170, 300));
    x.sunR = 46;
  } else if (p.time === 'noon') {
    x.sunY = Math.min(horizon - 120, x.rand(80, 170));
    x.sunR = 40;
  } else if (p.time === 'evening') {
    x.sunY = horizon - x.rand(30, 120);
    x.sunR = 62;
  } else {
    x.sunY = Math.min(horizon - 140, x.rand(90, 230));
    x.sunR = 34;
  }
  if (x.night) {
    let d = '';
    for (let i = 0; i < 90; i++) {
      const sx = x.rand(0, W);
      const sy = x.rand(0, horizon - 40);
      const r = x.rand(0.8, 2.4);
      d += `M${f(sx - r)},${f(sy)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0`;
    }
    x.add(path(d, '#fdf8e4', 'fill-opacity="0.8"'));
  }
  const glowR = x.sunR * (p.time === 'evening' ? 9 : 6);
  x.add(
    circle(
      x.sunX,
      x.sunY,
      glowR,
      x.rad([
        [0, p.sunGlow, 0.75],
        [0.3, p.sunGlow, 0.3],
        [1, p.sunGlow, 0],
      ]),
    ),
  );
  if (p.time === 'evening') {
    x.add(
      ellipse(
        x.sunX,
        horizon,
        900,
        160,
        x.rad([
          [0, p.sunGlow, 0.6],
          [1, p.sunGlow, 0],
        ]),
      ),
    );
  }
  x.add(circle(x.sunX, x.sunY, x.sunR, p.sun));
  if (x.night) {
    // crescent moon
    x.add(circle(x.sunX + x.sunR * 0.45, x.sunY - x.sunR * 0.25, x.sunR * 0.85, p.skyTop, 'fill-opacity="0.92"'));
  }
  const n = Math.round(x.int(2, 5) * clouds);
  for (let i = 0; i < n; i++) {
    cloud(x, x.rand(-50, W + 50), x.rand(80, Math.max(120, horizon - 180)), x.rand(50, 120));
  }
}

/** A smooth ridge line y(X) around base with amplitude amp. */
export function ridgeFn(x: Ctx, base: number, amp: number, freq = 1): (X: number) => number {
  const f1 = x.rand(0.0018, 0.0035) * freq;
  const f2 = x.rand(0.004, 0.008) * freq;
  const f3 = x.rand(0.01, 0.017) * freq;
  const p1 = x.rand(0, 7);
  const p2 = x.rand(0, 7);
  const p3 = x.rand(0, 7);
  return (X) => base - amp * (0.55 * Math.sin(X * f1 + p1) + 0.3 * Math.sin(X * f2 + p2) + 0.15 * Math.sin(X * f3 + p3));
}

export function ridgePts(fn: (X: number) => number, x0 = -100, x1 = W + 100, step = 50): Pt[] {
  const pts: Pt[] = [];
  for (let X = x0; X <= x1 + 0.1; X += step) pts.push([X, fn(X)]);
  return pts;
}

/** A layer of rolling hills filled down to the bottom; returns its ridge function. */
export function hills(x: Ctx, base: number, amp: number, color: string, fog: number, freq = 1): (X: number) => number {
  const fn = ridgeFn(x, base, amp, freq);
  const d = `${smooth(ridgePts(fn))}L${W + 100},${H + 20}L-100,${H + 20}Z`;
  x.add(
    path(
      d,
      x.lin([
        [0, x.lit(color, 0.12, fog)],
        [0.35, x.c(color, fog)],
        [1, x.dark(color, 0.2, fog)],
      ]),
    ),
  );
  return fn;
}

export function mist(x: Ctx, y: number, h: number, op = 0.7): void {
  const c = x.p.haze;
  x.add(
    rect(
      -10,
      y - h / 2,
      W + 20,
      h,
      x.lin([
        [0, c, 0],
        [0.5, c, op],
        [1, c, 0],
      ]),
    ),
  );
}

/** A range of flat-shaded mountains with lit faces on the sun side. */
export function mountains(x: Ctx, baseY: number, hMin: number, hMax: number, color: string, fog: number, n: number): void {
  const body = x.c(color, fog);
  const litC = mix(body, x.p.light, 0.28);
  const peaks: { px: number; h: number }[] = [];
  for (let i = 0; i < n; i++) {
    peaks.push({ px: -100 + ((W + 200) * (i + x.rand(0.1, 0.9))) / n, h: x.rand(hMin, hMax) });
  }
  peaks.sort((a, b) => b.h - a.h);
  const s = x.side;
  const bottom = baseY + 60;
  for (const { px, h } of peaks) {
    const top = baseY - h;
    const hw = h * x.rand(1.2, 1.9);
    const edge = (dir: number): Pt[] => [
      [px, top],
      [px + dir * hw * x.rand(0.25, 0.35), top + h * x.rand(0.3, 0.4)],
      [px + dir * hw * x.rand(0.55, 0.65), top + h * x.rand(0.7, 0.8)],
      [px + dir * hw, bottom],
    ];
    const L = edge(-1);
    const R = edge(1);
    x.add(poly([...L.slice().reverse(), ...R.slice(1)], body));
    const sunEdge = s < 0 ? L : R;
    const crease: Pt[] = [
      [px + s * hw * 0.05, top + h * 0.25],
      [px - s * hw * 0.06, top + h * 0.5],
      [px + s * hw * 0.08, top + h * 0.8],
      [px + s * hw * 0.02, bottom],
    ];
    x.add(poly([...sunEdge, ...crease.reverse()], litC));
  }
  x.add(rect(-10, baseY, W + 20, H - baseY + 10, body));
}

export function shadow(x: Ctx, cx: number, by: number, rx: number, ry = rx * 0.22): void {
  x.add(ellipse(cx - x.side * rx * 0.35, by, rx, ry, x.p.shade, 'fill-opacity="0.18"'));
}

export function pine(x: Ctx, cx: number, by: number, h: number, color: string, fog = 0): void {
  const body = x.c(color, fog);
  const litC = mix(body, x.p.light, 0.22);
  const s = x.side;
  x.add(rect(cx - h * 0.035, by - h * 0.18, h * 0.07, h * 0.2, x.dark('#6b4a2f', 0.1, fog)));
  const tiers = 3;
  for (let i = 0; i < tiers; i++) {
    const tTop = by - h + i * h * 0.22;
    const tBot = by - h * 0.12 - (tiers - 1 - i) * h * 0.18;
    const hw = h * (0.17 + i * 0.06);
    x.add(path(`M${f(cx)},${f(tTop)}L${f(cx + hw)},${f(tBot)}Q${f(cx)},${f(tBot + h * 0.05)} ${f(cx - hw)},${f(tBot)}Z`, body));
    x.add(path(`M${f(cx)},${f(tTop)}L${f(cx + s * hw)},${f(tBot)}Q${f(cx + s * hw * 0.5)},${f(tBot + h * 0.03)} ${f(cx)},${f(tBot + h * 0.04)}Z`, litC));
  }
}

export function roundTree(x: Ctx, cx: number, by: number, h: number, color: string, fog = 0, flowers?: string): void {
  const trunk = x.dark('#7a5535', 0.1, fog);
  const tw = h * 0.07;
  x.add(path(`M${f(cx - tw)},${f(by)}L${f(cx - tw * 0.5)},${f(by - h * 0.5)}L${f(cx + tw * 0.5)},${f(by - h * 0.5)}L${f(cx + tw)},${f(by)}Z`, trunk));
  const body = x.c(color, fog);
  const dk = mix(body, x.p.shade, 0.18);
  const lt = mix(body, x.p.light, 0.25);
  const r = h * 0.3;
  const cy = by - h + r * 1.05;
  x.add(circle(cx - r * 0.7, cy + r * 0.45, r * 0.75, dk), circle(cx + r * 0.7, cy + r * 0.45, r * 0.75, dk));
  x.add(circle(cx, cy, r, body), circle(cx - r * 0.55, cy + r * 0.35, r * 0.68, body), circle(cx + r * 0.55, cy + r * 0.35, r * 0.68, body));
  x.add(circle(cx + x.side * r * 0.35, cy - r * 0.25, r * 0.5, lt, 'fill-opacity="0.85"'));
  if (flowers) {
    const fl = x.c(flowers, fog);
    let d = '';
    for (let i = 0; i < 26; i++) {
      const a = x.rand(0, Math.PI * 2);
      const rr = Math.sqrt(x.rnd()) * r * 1.1;
      const fx = cx + Math.cos(a) * rr * 1.2;
      const fy = cy + r * 0.15 + Math.sin(a) * rr * 0.8;
      const fr = r * x.rand(0.08, 0.16);
      d += `M${f(fx - fr)},${f(fy)}a${f(fr)},${f(fr)} 0 1,0 ${f(2 * fr)},0a${f(fr)},${f(fr)} 0 1,0 ${f(-2 * fr)},0`;
    }
    x.add(path(d, fl));
  }
}

export function palm(x: Ctx, cx: number, by: number, h: number, fog = 0): void {
  const lean = x.rand(-0.15, 0.15) * h;
  const topX = cx + lean;
  const topY = by - h;
  x.add(stroke(`M${f(cx)},${f(by)}Q${f(cx + lean * 0.2)},${f(by - h * 0.5)} ${f(topX)},${f(topY)}`, x.c('#8a6a48', fog), h * 0.045, 'stroke-linecap="butt"'));
  const leaf = x.c('#3f8a45', fog);
  const leafLt = x.lit('#4f9e4f', 0.2, fog);
  for (let i = 0; i < 7; i++) {
    const a = -Math.PI + (i / 6) * Math.PI + x.rand(-0.15, 0.15);
    const len = h * x.rand(0.32, 0.42);
    const ex = topX + Math.cos(a) * len;
    const ey = topY + Math.sin(a) * len * 0.55 + len * 0.35;
    const mx = topX + Math.cos(a) * len * 0.5;
    const my = topY + Math.sin(a) * len * 0.6 - len * 0.1;
    x.add(stroke(`M${f(topX)},${f(topY)}Q${f(mx)},${f(my)} ${f(ex)},${f(ey)}`, i % 2 ? leaf : leafLt, h * 0.05));
  }
}

export interface PersonOpts {
  shirt: string;
  pants: string;
  hat?: 'conical' | 'hair' | 'cap';
  bend?: number;
  carry?: 'basket' | 'pole' | 'none';
  fog?: number;
  dress?: boolean;
}

export function person(x: Ctx, cx: number, by: number, h: number, o: PersonOpts): void {
  const fog = o.fog ?? 0;
  const skin = x.c(x.pick(['#e2ac80', '#d79d6f', '#c98d60']), fog);
  const shirt = x.c(o.shirt, fog);
  const pants = x.c(o.pants, fog);
  const hipY = by - h * 0.46;
  const shY = by - h * 0.8;
  const headR = h * 0.085;
  const headY = shY - headR * 1.1;
  x.add(ellipse(cx, by, h * 0.16, h * 0.03, x.p.shade, 'fill-opacity="0.2"'));
  if (o.dress) {
    x.add(
      path(
        `M${f(cx - h * 0.09)},${f(hipY)}L${f(cx - h * 0.13)},${f(by - h * 0.08)}L${f(cx + h * 0.13)},${f(by - h * 0.08)}L${f(cx + h * 0.09)},${f(hipY)}Z`,
        pants,
      ),
    );
    x.add(rect(cx - h * 0.07, by - h * 0.08, h * 0.04, h * 0.08, skin), rect(cx + h * 0.03, by - h * 0.08, h * 0.04, h * 0.08, skin));
  } else {
    x.add(
      path(
        `M${f(cx - h * 0.09)},${f(hipY)}L${f(cx - h * 0.075)},${f(by)}L${f(cx - h * 0.02)},${f(by)}L${f(cx)},${f(hipY + h * 0.06)}L${f(cx + h * 0.02)},${f(by)}L${f(cx + h * 0.075)},${f(by)}L${f(cx + h * 0.09)},${f(hipY)}Z`,
        pants,
      ),
    );
  }
  const parts: string[] = [];
  const torso = `M${f(cx - h * 0.095)},${f(hipY + h * 0.04)}L${f(cx - h * 0.12)},${f(shY + h * 0.04)}Q${f(cx - h * 0.12)},${f(shY)} ${f(cx - h * 0.08)},${f(shY)}L${f(cx + h * 0.08)},${f(shY)}Q${f(cx + h * 0.12)},${f(shY)} ${f(cx + h * 0.12)},${f(shY + h * 0.04)}L${f(cx + h * 0.095)},${f(hipY + h * 0.04)}Z`;
  if (o.carry === 'basket') {
    parts.push(
      path(
        `M${f(cx - h * 0.2)},${f(shY + h * 0.02)}L${f(cx - h * 0.17)},${f(hipY + h * 0.02)}L${f(cx - h * 0.02)},${f(hipY + h * 0.02)}L${f(cx)},${f(shY + h * 0.02)}Z`,
        x.c('#b58a4a', fog),
      ),
    );
  }
  parts.push(path(torso, shirt));
  parts.push(
    stroke(
      `M${f(cx - h * 0.105)},${f(shY + h * 0.03)}L${f(cx - h * 0.14)},${f(hipY + h * 0.02)}M${f(cx + h * 0.105)},${f(shY + h * 0.03)}L${f(cx + h * 0.14)},${f(hipY + h * 0.02)}`,
      mix(shirt, x.p.shade, 0.12),
      h * 0.055,
    ),
  );
  parts.push(circle(cx - h * 0.14, hipY + h * 0.03, h * 0.03, skin), circle(cx + h * 0.14, hipY + h * 0.03, h * 0.03, skin));
  parts.push(rect(cx - h * 0.025, shY - h * 0.03, h * 0.05, h * 0.04, skin));
  parts.push(circle(cx, headY, headR, skin));
  if (o.hat === 'conical') {
    const brim = headY - headR * 0.2;
    const apex = headY - headR * 2.3;
    const hw = h * 0.17;
    parts.push(
      poly(
        [
          [cx - hw, brim],
          [cx, apex],
          [cx + hw, brim],
        ],
        x.lit('#e6d29c', 0.1, fog),
      ),
    );
    parts.push(
      poly(
        [
          [cx + x.side * hw, brim],
          [cx, apex],
          [cx + x.side * hw * 0.1, brim],
        ],
        x.lit('#f4e6bb', 0.3, fog),
      ),
    );
  } else if (o.hat === 'cap') {
    parts.push(
      path(
        `M${f(cx - headR)},${f(headY - headR * 0.1)}A${f(headR)},${f(headR)} 0 0,1 ${f(cx + headR)},${f(headY - headR * 0.1)}L${f(cx + headR * 1.6)},${f(headY - headR * 0.1)}Z`,
        x.c(o.shirt === '#ffffff' ? '#2f5fa8' : '#f2f2f2', fog),
      ),
    );
  } else {
    parts.push(
      path(
        `M${f(cx - headR * 1.05)},${f(headY + headR * 0.1)}A${f(headR * 1.05)},${f(headR * 1.05)} 0 0,1 ${f(cx + headR * 1.05)},${f(headY + headR * 0.1)}Q${f(cx)},${f(headY - headR * 0.5)} ${f(cx - headR * 1.05)},${f(headY + headR * 0.1)}Z`,
        x.c('#2b2222', fog),
      ),
    );
  }
  if (o.carry === 'pole') {
    const py = shY - h * 0.01;
    parts.push(line(cx - h * 0.5, py + h * 0.03, cx + h * 0.5, py - h * 0.03, x.c('#8a6a3a', fog), h * 0.025));
    for (const e of [-1, 1]) {
      const ex = cx + e * h * 0.45;
      const ey = py - e * h * 0.027;
      parts.push(
        line(ex, ey, ex - h * 0.06, ey + h * 0.3, x.c('#5a4630', fog), h * 0.01),
        line(ex, ey, ex + h * 0.06, ey + h * 0.3, x.c('#5a4630', fog), h * 0.01),
      );
      parts.push(
        path(
          `M${f(ex - h * 0.1)},${f(ey + h * 0.3)}L${f(ex + h * 0.1)},${f(ey + h * 0.3)}L${f(ex + h * 0.08)},${f(ey + h * 0.42)}L${f(ex - h * 0.08)},${f(ey + h * 0.42)}Z`,
          x.c('#b58a4a', fog),
        ),
      );
      parts.push(ellipse(ex, ey + h * 0.28, h * 0.11, h * 0.06, x.c('#e2b84a', fog)));
    }
  }
  const bend = o.bend ?? 0;
  x.add(bend ? `<g transform="rotate(${f(bend)} ${f(cx)} ${f(hipY)})">${parts.join('')}</g>` : parts.join(''));
}

/** A narrow Vietnamese tube house with balconies and shutters. */
export function shophouse(x: Ctx, x0: number, by: number, w: number, h: number, fog: number, lightsOn = false): void {
  const facade = x.pick(['#f4d58d', '#f2b5a0', '#a8d5c2', '#f6f0e0', '#b9d3ee', '#f7c873', '#d9c2e8', '#e9a07a', '#ffffff']);
  const fc = x.c(facade, fog);
  x.add(rect(x0, by - h, w, h, fc));
  x.add(rect(x0 + (x.side < 0 ? w - 5 : 0), by - h, 5, h, mix(fc, x.p.shade, 0.25)));
  // roof
  if (x.chance(0.45)) {
    x.add(
      poly(
        [
          [x0 - 5, by - h],
          [x0 + w * 0.2, by - h - 34],
          [x0 + w * 0.8, by - h - 34],
          [x0 + w + 5, by - h],
        ],
        x.c('#b5533a', fog),
      ),
    );
  } else {
    x.add(rect(x0 - 3, by - h - 10, w + 6, 12, mix(fc, '#ffffff', 0.3)));
  }
  const shutter = x.c(x.pick(['#3f8a6a', '#2f6f8f', '#6f4a35', '#4a7a3a']), fog);
  const glass = x.night ? '#ffd27a' : x.c('#3e5566', fog);
  const floorH = 78;
  const floors = Math.max(1, Math.floor((h - 95) / floorH));
  for (let i = 0; i < floors; i++) {
    const fy = by - 95 - (i + 1) * floorH;
    const ww = w * 0.44;
    const wx = x0 + (w - ww) / 2;
    x.add(rect(wx, fy + 14, ww, floorH - 26, lightsOn && x.chance(0.6) ? '#ffd27a' : glass));
    x.add(rect(wx - w * 0.13, fy + 14, w * 0.13, floorH - 26, shutter), rect(wx + ww, fy + 14, w * 0.13, floorH - 26, shutter));
    if (x.chance(0.6)) {
      x.add(rect(x0 + 4, fy + floorH - 14, w - 8, 5, mix(fc, x.p.shade, 0.3)));
      x.add(rect(x0 + 6, fy + floorH - 30, w - 12, 2.5, mix(fc, x.p.shade, 0.45)));
      if (x.chance(0.5)) {
        for (let k = 0; k < 3; k++) x.add(circle(x0 + 14 + k * 12, fy + floorH - 31, 6, x.c('#4f9a45', fog)));
      }
    }
  }
  // ground floor shop
  const gy = by - 95;
  const inside = lightsOn ? '#f5c66a' : x.dark('#4a3a30', 0.2, fog);
  x.add(rect(x0 + w * 0.08, gy + 25, w * 0.84, 70, inside));
  const aw = x.c(x.pick(['#d8453b', '#2f7fb8', '#f0a030', '#3f9a5a', '#e86f8a']), fog);
  x.add(
    poly(
      [
        [x0 + 2, gy + 12],
        [x0 + w - 2, gy + 12],
        [x0 + w + 6, gy + 34],
        [x0 - 6, gy + 34],
      ],
      aw,
    ),
  );
}

export function scooter(x: Ctx, cx: number, by: number, s: number, dir: number): void {
  const col = x.c(x.pick(['#d8453b', '#2f7fb8', '#f2f2f2', '#3f9a5a', '#e0b030', '#7a4fb0']));
  const dk = mix(col, x.p.shade, 0.3);
  const wheel = x.c('#26262a');
  const skin = x.c(x.pick(['#e2ac80', '#d79d6f', '#c98d60']));
  const shirt = x.c(x.pick(['#2f6fb0', '#f2f2f2', '#d86a4a', '#6a8a3a', '#e86f8a']));
  const pants = x.c(x.pick(['#34384a', '#4a5a7a', '#5a4a3a']));
  const helmet = x.c(x.pick(['#f2f2f2', '#d8261e', '#2f2f35', '#f0c020', '#2f6fd0']));
  const P = (u: number, v: number) => `${f(cx + u * s)},${f(by - v * s)}`;
  const g: string[] = [];
  g.push(ellipse(cx, by, s * 0.55, s * 0.05, x.p.shade, 'fill-opacity="0.22"'));
  g.push(circle(cx - s * 0.33, by - s * 0.11, s * 0.11, wheel), circle(cx + s * 0.33, by - s * 0.11, s * 0.11, wheel));
  g.push(circle(cx - s * 0.33, by - s * 0.11, s * 0.045, x.c('#b0b0b0')), circle(cx + s * 0.33, by - s * 0.11, s * 0.045, x.c('#b0b0b0')));
  // rear body, floorboard, front column and fender
  g.push(
    path(
      `M${P(-0.5, 0.16)}Q${P(-0.5, 0.38)} ${P(-0.3, 0.4)}L${P(-0.05, 0.38)}L${P(-0.02, 0.2)}L${P(0.22, 0.2)}L${P(0.3, 0.6)}L${P(0.38, 0.6)}L${P(0.34, 0.24)}Q${P(0.33, 0.3)} ${P(0.22, 0.26)}L${P(0.22, 0.14)}L${P(-0.2, 0.14)}Q${P(-0.3, 0.26)} ${P(-0.46, 0.14)}Z`,
      col,
    ),
  );
  g.push(path(`M${P(-0.42, 0.4)}Q${P(-0.4, 0.47)} ${P(-0.25, 0.46)}L${P(-0.05, 0.44)}L${P(-0.06, 0.39)}L${P(-0.4, 0.39)}Z`, x.c('#2a2a30')));
  g.push(stroke(`M${P(0.33, 0.62)}L${P(0.22, 0.66)}`, x.c('#2a2a30'), s * 0.03));
  g.push(circle(cx + s * 0.39, by - s * 0.55, s * 0.035, x.lit('#fff6c8', 0.3)));
  g.push(path(`M${P(0.2, 0.14)}Q${P(0.33, 0.3)} ${P(0.46, 0.14)}`, 'none', `stroke="${dk}" stroke-width="${f(s * 0.04)}"`));
  // seated rider
  g.push(path(`M${P(-0.28, 0.44)}L${P(0.02, 0.5)}L${P(0.06, 0.22)}L${P(0.14, 0.22)}L${P(0.11, 0.58)}L${P(-0.26, 0.56)}Z`, pants));
  g.push(path(`M${P(-0.3, 0.5)}L${P(-0.24, 0.86)}Q${P(-0.2, 0.9)} ${P(-0.14, 0.88)}L${P(-0.06, 0.84)}L${P(-0.1, 0.5)}Z`, shirt));
  g.push(stroke(`M${P(-0.14, 0.82)}L${P(0.05, 0.7)}L${P(0.22, 0.66)}`, mix(shirt, x.p.shade, 0.15), s * 0.05));
  g.push(circle(cx - s * 0.16, by - s * 0.97, s * 0.08, skin));
  g.push(path(`M${P(-0.25, 0.98)}Q${P(-0.24, 1.1)} ${P(-0.14, 1.09)}Q${P(-0.06, 1.08)} ${P(-0.07, 0.98)}Z`, helmet));
  const t = dir < 0 ? ` transform="translate(${f(2 * cx)},0) scale(-1,1)"` : '';
  x.add(`<g${t}>${g.join('')}</g>`);
}

export function flag(x: Ctx, px: number, py: number, w: number, h: number, wave: number): void {
  const red = x.c('#d8261e');
  const d = `M${f(px)},${f(py)}Q${f(px + w * 0.3)},${f(py - wave)} ${f(px + w * 0.5)},${f(py)}T${f(px + w)},${f(py)}L${f(px + w)},${f(py + h)}Q${f(px + w * 0.7)},${f(py + h + wave)} ${f(px + w * 0.5)},${f(py + h)}T${f(px)},${f(py + h)}Z`;
  x.add(path(d, red));
  x.add(poly(starPts(px + w * 0.5, py + h * 0.52, h * 0.3), x.c('#ffdd33')));
}

export function flagPole(x: Ctx, px: number, baseY: number, topY: number, size: number): void {
  x.add(rect(px - 4, topY, 8, baseY - topY, x.dark('#9aa0a8', 0.1)));
  x.add(rect(px + (x.side < 0 ? -4 : 1), topY, 3, baseY - topY, x.lit('#d8dce2', 0.3)));
  x.add(circle(px, topY - 3, 6, x.c('#e0b030')));
  flag(x, px + 3, topY + 6, size, size * 0.66, x.rand(4, 12));
}

export function winding(x: Ctx, y0: number, y1: number, startX: number, amp: number, wFar: number, wNear: number, pow = 1.6, turns = 1) {
  const ph = x.rand(0, Math.PI * 2);
  const drift = x.rand(-250, 250);
  const n = 28;
  const pts: { t: number; y: number; cx: number; w: number }[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const y = y0 + (y1 - y0) * Math.pow(t, 1.35);
    const cx = startX + amp * Math.sin(t * Math.PI * 1.6 * turns + ph) * (0.25 + t) - amp * Math.sin(ph) * 0.25 + drift * t;
    const w = wFar + (wNear - wFar) * Math.pow(t, pow);
    pts.push({ t, y, cx, w });
  }
  const left: Pt[] = pts.map((q) => [q.cx - q.w / 2, q.y]);
  const right: Pt[] = pts.map((q) => [q.cx + q.w / 2, q.y]);
  const d = `${smooth(left)}${smooth(right.reverse(), false)}Z`;
  const at = (t: number) => {
    const i = Math.min(n - 1, Math.floor(t * n));
    const k = t * n - i;
    const a = pts[i];
    const b = pts[i + 1];
    if (!a || !b) throw new RangeError(`winding: t = ${t} is not in 0..1`);
    return { y: a.y + (b.y - a.y) * k, cx: a.cx + (b.cx - a.cx) * k, w: a.w + (b.w - a.w) * k };
  };
  return { d, at, center: pts.map((q): Pt => [q.cx, q.y]) };
}

export function grassTufts(x: Ctx, n: number, y0: number, y1: number, color: string): void {
  let d = '';
  for (let i = 0; i < n; i++) {
    const gx = x.rand(0, W);
    const gy = x.rand(y0, y1);
    const s = 6 + ((gy - y0) / (y1 - y0 || 1)) * 14;
    d += `M${f(gx - s)},${f(gy)}Q${f(gx - s * 0.3)},${f(gy - s * 0.6)} ${f(gx - s * 0.5)},${f(gy - s * 1.4)}Q${f(gx)},${f(gy - s * 0.5)} ${f(gx + s * 0.1)},${f(gy - s * 1.8)}Q${f(gx + s * 0.3)},${f(gy - s * 0.5)} ${f(gx + s * 0.7)},${f(gy - s * 1.3)}Q${f(gx + s * 0.5)},${f(gy - s * 0.4)} ${f(gx + s)},${f(gy)}Z`;
  }
  x.add(path(d, x.dark(color, 0.15)));
}

// ---------------------------------------------------------------------------------------------
// Scenes
