/**
 * Locally drawn illustrations for the demo newspaper.
 *
 * Every picture is a small SVG in a flat editorial style (layered hills, gradient skies, simple
 * buildings and figures), rendered to JPEG with sharp. Nothing is downloaded. A seed drives a
 * mulberry32 PRNG that chooses the time of day, palette details, positions and counts, so two
 * articles with the same scene get different pictures, while the same seed always gives the
 * same bytes. The pictures contain no text.
 */
import { loadSharp } from '../media/sharp.js';
import type { SceneKind } from './types.js';

/** Virtual canvas; the SVG is scaled (and if needed cropped) to the requested size. */
const W = 1600;
const H = 1000;

type Pt = [number, number];
type Stop = [offset: number, color: string, opacity?: number];
type TimeOfDay = 'morning' | 'noon' | 'evening' | 'night';

// ---------------------------------------------------------------------------------------------
// Randomness and colour

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

function parseHex(c: string): [number, number, number] {
  const n = parseInt(c.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex(r: number, g: number, b: number): string {
  const h = (v: number) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0');
  return `#${h(r)}${h(g)}${h(b)}`;
}

function mix(a: string, b: string, t: number): string {
  if (t <= 0) return a;
  if (t >= 1) return b;
  const [r1, g1, b1] = parseHex(a);
  const [r2, g2, b2] = parseHex(b);
  return toHex(r1 + (r2 - r1) * t, g1 + (g2 - g1) * t, b1 + (b2 - b1) * t);
}

/** Round to one decimal for compact SVG. */
function f(n: number): string {
  return String(Math.round(n * 10) / 10);
}

// ---------------------------------------------------------------------------------------------
// Palettes (time of day)

interface Palette {
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

const PALETTES: Record<TimeOfDay, Palette> = {
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

function attrs(extra: string): string {
  return extra ? ` ${extra}` : '';
}
function rect(x: number, y: number, w: number, h: number, fill: string, extra = ''): string {
  return `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" fill="${fill}"${attrs(extra)}/>`;
}
function circle(cx: number, cy: number, r: number, fill: string, extra = ''): string {
  return `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="${fill}"${attrs(extra)}/>`;
}
function ellipse(cx: number, cy: number, rx: number, ry: number, fill: string, extra = ''): string {
  return `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(ry)}" fill="${fill}"${attrs(extra)}/>`;
}
function path(d: string, fill: string, extra = ''): string {
  return `<path d="${d}" fill="${fill}"${attrs(extra)}/>`;
}
function poly(pts: Pt[], fill: string, extra = ''): string {
  return `<polygon points="${pts.map((p) => `${f(p[0])},${f(p[1])}`).join(' ')}" fill="${fill}"${attrs(extra)}/>`;
}
function line(x1: number, y1: number, x2: number, y2: number, stroke: string, w: number, extra = ''): string {
  return `<line x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}" stroke="${stroke}" stroke-width="${f(w)}"${attrs(extra)}/>`;
}
function stroke(d: string, color: string, w: number, extra = ''): string {
  const cap = extra.includes('stroke-linecap') ? '' : ' stroke-linecap="round"';
  return `<path d="${d}" fill="none" stroke="${color}" stroke-width="${f(w)}"${cap} stroke-linejoin="round"${attrs(extra)}/>`;
}

/** Smooth Catmull-Rom curve through the points, as SVG path commands. */
function smooth(pts: Pt[], move = true): string {
  if (pts.length === 0) return '';
  let d = `${move ? 'M' : 'L'}${f(pts[0][0])},${f(pts[0][1])}`;
  for (let i = 0; i < pts.length - 1; i++) {
    const p0 = i > 0 ? pts[i - 1] : pts[i];
    const p1 = pts[i];
    const p2 = pts[i + 1];
    const p3 = i + 2 < pts.length ? pts[i + 2] : p2;
    const c1x = p1[0] + (p2[0] - p0[0]) / 6;
    const c1y = p1[1] + (p2[1] - p0[1]) / 6;
    const c2x = p2[0] - (p3[0] - p1[0]) / 6;
    const c2y = p2[1] - (p3[1] - p1[1]) / 6;
    d += `C${f(c1x)},${f(c1y)} ${f(c2x)},${f(c2y)} ${f(p2[0])},${f(p2[1])}`;
  }
  return d;
}

function starPts(cx: number, cy: number, r: number): Pt[] {
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

class Ctx {
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
    return arr[Math.floor(this.rnd() * arr.length)];
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
    return stops
      .map(([o, c, op]) => `<stop offset="${f(o)}" stop-color="${c}"${op === undefined ? '' : ` stop-opacity="${f(op)}"`}/>`)
      .join('');
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

function cloud(x: Ctx, cx: number, cy: number, s: number): void {
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

function birds(x: Ctx, n: number, x0: number, x1: number, y0: number, y1: number): void {
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
function sky(x: Ctx, horizon: number, clouds = 1): void {
  const p = x.p;
  x.add(rect(0, 0, W, horizon + 80, x.lin([[0, p.skyTop], [0.62, p.skyMid], [1, p.skyBottom]])));
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
  x.add(circle(x.sunX, x.sunY, glowR, x.rad([[0, p.sunGlow, 0.75], [0.3, p.sunGlow, 0.3], [1, p.sunGlow, 0]])));
  if (p.time === 'evening') {
    x.add(ellipse(x.sunX, horizon, 900, 160, x.rad([[0, p.sunGlow, 0.6], [1, p.sunGlow, 0]])));
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
function ridgeFn(x: Ctx, base: number, amp: number, freq = 1): (X: number) => number {
  const f1 = x.rand(0.0018, 0.0035) * freq;
  const f2 = x.rand(0.004, 0.008) * freq;
  const f3 = x.rand(0.01, 0.017) * freq;
  const p1 = x.rand(0, 7);
  const p2 = x.rand(0, 7);
  const p3 = x.rand(0, 7);
  return (X) => base - amp * (0.55 * Math.sin(X * f1 + p1) + 0.3 * Math.sin(X * f2 + p2) + 0.15 * Math.sin(X * f3 + p3));
}

function ridgePts(fn: (X: number) => number, x0 = -100, x1 = W + 100, step = 50): Pt[] {
  const pts: Pt[] = [];
  for (let X = x0; X <= x1 + 0.1; X += step) pts.push([X, fn(X)]);
  return pts;
}

/** A layer of rolling hills filled down to the bottom; returns its ridge function. */
function hills(x: Ctx, base: number, amp: number, color: string, fog: number, freq = 1): (X: number) => number {
  const fn = ridgeFn(x, base, amp, freq);
  const d = `${smooth(ridgePts(fn))}L${W + 100},${H + 20}L-100,${H + 20}Z`;
  x.add(path(d, x.lin([[0, x.lit(color, 0.12, fog)], [0.35, x.c(color, fog)], [1, x.dark(color, 0.2, fog)]])));
  return fn;
}

function mist(x: Ctx, y: number, h: number, op = 0.7): void {
  const c = x.p.haze;
  x.add(rect(-10, y - h / 2, W + 20, h, x.lin([[0, c, 0], [0.5, c, op], [1, c, 0]])));
}

/** A range of flat-shaded mountains with lit faces on the sun side. */
function mountains(x: Ctx, baseY: number, hMin: number, hMax: number, color: string, fog: number, n: number): void {
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

function shadow(x: Ctx, cx: number, by: number, rx: number, ry = rx * 0.22): void {
  x.add(ellipse(cx - x.side * rx * 0.35, by, rx, ry, x.p.shade, 'fill-opacity="0.18"'));
}

function pine(x: Ctx, cx: number, by: number, h: number, color: string, fog = 0): void {
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

function roundTree(x: Ctx, cx: number, by: number, h: number, color: string, fog = 0, flowers?: string): void {
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

function palm(x: Ctx, cx: number, by: number, h: number, fog = 0): void {
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

interface PersonOpts {
  shirt: string;
  pants: string;
  hat?: 'conical' | 'hair' | 'cap';
  bend?: number;
  carry?: 'basket' | 'pole' | 'none';
  fog?: number;
  dress?: boolean;
}

function person(x: Ctx, cx: number, by: number, h: number, o: PersonOpts): void {
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
    x.add(path(`M${f(cx - h * 0.09)},${f(hipY)}L${f(cx - h * 0.13)},${f(by - h * 0.08)}L${f(cx + h * 0.13)},${f(by - h * 0.08)}L${f(cx + h * 0.09)},${f(hipY)}Z`, pants));
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
    parts.push(path(`M${f(cx - h * 0.2)},${f(shY + h * 0.02)}L${f(cx - h * 0.17)},${f(hipY + h * 0.02)}L${f(cx - h * 0.02)},${f(hipY + h * 0.02)}L${f(cx)},${f(shY + h * 0.02)}Z`, x.c('#b58a4a', fog)));
  }
  parts.push(path(torso, shirt));
  parts.push(stroke(`M${f(cx - h * 0.105)},${f(shY + h * 0.03)}L${f(cx - h * 0.14)},${f(hipY + h * 0.02)}M${f(cx + h * 0.105)},${f(shY + h * 0.03)}L${f(cx + h * 0.14)},${f(hipY + h * 0.02)}`, mix(shirt, x.p.shade, 0.12), h * 0.055));
  parts.push(circle(cx - h * 0.14, hipY + h * 0.03, h * 0.03, skin), circle(cx + h * 0.14, hipY + h * 0.03, h * 0.03, skin));
  parts.push(rect(cx - h * 0.025, shY - h * 0.03, h * 0.05, h * 0.04, skin));
  parts.push(circle(cx, headY, headR, skin));
  if (o.hat === 'conical') {
    const brim = headY - headR * 0.2;
    const apex = headY - headR * 2.3;
    const hw = h * 0.17;
    parts.push(poly([[cx - hw, brim], [cx, apex], [cx + hw, brim]], x.lit('#e6d29c', 0.1, fog)));
    parts.push(poly([[cx + x.side * hw, brim], [cx, apex], [cx + x.side * hw * 0.1, brim]], x.lit('#f4e6bb', 0.3, fog)));
  } else if (o.hat === 'cap') {
    parts.push(path(`M${f(cx - headR)},${f(headY - headR * 0.1)}A${f(headR)},${f(headR)} 0 0,1 ${f(cx + headR)},${f(headY - headR * 0.1)}L${f(cx + headR * 1.6)},${f(headY - headR * 0.1)}Z`, x.c(o.shirt === '#ffffff' ? '#2f5fa8' : '#f2f2f2', fog)));
  } else {
    parts.push(path(`M${f(cx - headR * 1.05)},${f(headY + headR * 0.1)}A${f(headR * 1.05)},${f(headR * 1.05)} 0 0,1 ${f(cx + headR * 1.05)},${f(headY + headR * 0.1)}Q${f(cx)},${f(headY - headR * 0.5)} ${f(cx - headR * 1.05)},${f(headY + headR * 0.1)}Z`, x.c('#2b2222', fog)));
  }
  if (o.carry === 'pole') {
    const py = shY - h * 0.01;
    parts.push(line(cx - h * 0.5, py + h * 0.03, cx + h * 0.5, py - h * 0.03, x.c('#8a6a3a', fog), h * 0.025));
    for (const e of [-1, 1]) {
      const ex = cx + e * h * 0.45;
      const ey = py - e * h * 0.027;
      parts.push(line(ex, ey, ex - h * 0.06, ey + h * 0.3, x.c('#5a4630', fog), h * 0.01), line(ex, ey, ex + h * 0.06, ey + h * 0.3, x.c('#5a4630', fog), h * 0.01));
      parts.push(path(`M${f(ex - h * 0.1)},${f(ey + h * 0.3)}L${f(ex + h * 0.1)},${f(ey + h * 0.3)}L${f(ex + h * 0.08)},${f(ey + h * 0.42)}L${f(ex - h * 0.08)},${f(ey + h * 0.42)}Z`, x.c('#b58a4a', fog)));
      parts.push(ellipse(ex, ey + h * 0.28, h * 0.11, h * 0.06, x.c('#e2b84a', fog)));
    }
  }
  const bend = o.bend ?? 0;
  x.add(bend ? `<g transform="rotate(${f(bend)} ${f(cx)} ${f(hipY)})">${parts.join('')}</g>` : parts.join(''));
}

/** A narrow Vietnamese tube house with balconies and shutters. */
function shophouse(x: Ctx, x0: number, by: number, w: number, h: number, fog: number, lightsOn = false): void {
  const facade = x.pick(['#f4d58d', '#f2b5a0', '#a8d5c2', '#f6f0e0', '#b9d3ee', '#f7c873', '#d9c2e8', '#e9a07a', '#ffffff']);
  const fc = x.c(facade, fog);
  x.add(rect(x0, by - h, w, h, fc));
  x.add(rect(x0 + (x.side < 0 ? w - 5 : 0), by - h, 5, h, mix(fc, x.p.shade, 0.25)));
  // roof
  if (x.chance(0.45)) {
    x.add(poly([[x0 - 5, by - h], [x0 + w * 0.2, by - h - 34], [x0 + w * 0.8, by - h - 34], [x0 + w + 5, by - h]], x.c('#b5533a', fog)));
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
  x.add(poly([[x0 + 2, gy + 12], [x0 + w - 2, gy + 12], [x0 + w + 6, gy + 34], [x0 - 6, gy + 34]], aw));
}

function scooter(x: Ctx, cx: number, by: number, s: number, dir: number): void {
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
  g.push(path(`M${P(-0.5, 0.16)}Q${P(-0.5, 0.38)} ${P(-0.3, 0.4)}L${P(-0.05, 0.38)}L${P(-0.02, 0.2)}L${P(0.22, 0.2)}L${P(0.3, 0.6)}L${P(0.38, 0.6)}L${P(0.34, 0.24)}Q${P(0.33, 0.3)} ${P(0.22, 0.26)}L${P(0.22, 0.14)}L${P(-0.2, 0.14)}Q${P(-0.3, 0.26)} ${P(-0.46, 0.14)}Z`, col));
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

function flag(x: Ctx, px: number, py: number, w: number, h: number, wave: number): void {
  const red = x.c('#d8261e');
  const d = `M${f(px)},${f(py)}Q${f(px + w * 0.3)},${f(py - wave)} ${f(px + w * 0.5)},${f(py)}T${f(px + w)},${f(py)}L${f(px + w)},${f(py + h)}Q${f(px + w * 0.7)},${f(py + h + wave)} ${f(px + w * 0.5)},${f(py + h)}T${f(px)},${f(py + h)}Z`;
  x.add(path(d, red));
  x.add(poly(starPts(px + w * 0.5, py + h * 0.52, h * 0.3), x.c('#ffdd33')));
}

function flagPole(x: Ctx, px: number, baseY: number, topY: number, size: number): void {
  x.add(rect(px - 4, topY, 8, baseY - topY, x.dark('#9aa0a8', 0.1)));
  x.add(rect(px + (x.side < 0 ? -4 : 1), topY, 3, baseY - topY, x.lit('#d8dce2', 0.3)));
  x.add(circle(px, topY - 3, 6, x.c('#e0b030')));
  flag(x, px + 3, topY + 6, size, size * 0.66, x.rand(4, 12));
}

function winding(x: Ctx, y0: number, y1: number, startX: number, amp: number, wFar: number, wNear: number, pow = 1.6, turns = 1) {
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
    return { y: a.y + (b.y - a.y) * k, cx: a.cx + (b.cx - a.cx) * k, w: a.w + (b.w - a.w) * k };
  };
  return { d, at, center: pts.map((q): Pt => [q.cx, q.y]) };
}

function grassTufts(x: Ctx, n: number, y0: number, y1: number, color: string): void {
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

function sceneMountains(x: Ctx): void {
  sky(x, 440);
  birds(x, x.int(3, 7), 200, 1400, 150, 330);
  mountains(x, 500, 180, 360, '#6f8fb5', 0.5, x.int(5, 8));
  mist(x, 520, 90, 0.8);
  mountains(x, 610, 140, 280, '#4e7f86', 0.25, x.int(5, 7));
  mist(x, 630, 70, 0.6);
  const far = hills(x, 655, 35, '#4f8462', 0.22);
  for (let X = -20; X < W + 20; X += x.rand(18, 40)) pine(x, X, far(X) + 16, x.rand(40, 70), '#3f7458', 0.25);
  const mid = hills(x, 745, 55, '#5f9a4e', 0.06);
  if (x.chance(0.8)) {
    // a stilt house on the middle hill
    const hx = x.rand(250, 1350);
    const hy = mid(hx) + 30;
    const s = x.rand(0.8, 1.1);
    for (let k = 0; k < 4; k++) x.add(rect(hx - 55 * s + k * 34 * s, hy - 30 * s, 5 * s, 34 * s, x.c('#5a3f2a')));
    x.add(rect(hx - 60 * s, hy - 75 * s, 120 * s, 48 * s, x.c('#a07850')));
    x.add(rect(hx - 20 * s, hy - 65 * s, 18 * s, 20 * s, x.dark('#5a3f2a', 0.2)));
    x.add(poly([[hx - 80 * s, hy - 70 * s], [hx - 45 * s, hy - 120 * s], [hx + 45 * s, hy - 120 * s], [hx + 80 * s, hy - 70 * s]], x.c('#6a4a35')));
    x.add(poly([[hx + x.side * 80 * s, hy - 70 * s], [hx + x.side * 45 * s, hy - 120 * s], [hx + x.side * 10 * s, hy - 120 * s], [hx + x.side * 30 * s, hy - 70 * s]], x.lit('#6a4a35', 0.2)));
  }
  for (let i = 0; i < 7; i++) {
    const tx = x.rand(0, W);
    pine(x, tx, mid(tx) + x.rand(20, 60), x.rand(60, 100), '#2f6a45', 0.05);
  }
  const near = hills(x, 900, 50, '#4c8a3f', 0);
  const nt = x.int(4, 8);
  for (let i = 0; i < nt; i++) {
    const tx = x.pick([x.rand(-40, 450), x.rand(1150, 1640)]);
    pine(x, tx, near(tx) + x.rand(40, 120), x.rand(170, 280), '#2c6140');
  }
}

function terraceHill(x: Ctx, cx: number, top: number, w: number, n: number, gap: number, cols: [string, string, string], fog: number, drop: number): void {
  const ph = x.rand(0, 7);
  const [a, b, lip] = cols;
  for (let i = 0; i <= n; i++) {
    const fn = (X: number) => {
      const u = (X - cx) / w;
      return Math.min(H + 30, top + i * gap * (1 + i * 0.025) + drop * u * u + 7 * Math.sin(X * 0.011 + ph + i * 0.8));
    };
    const pts = ridgePts(fn, -100, W + 100, 40);
    const base = i % 2 ? a : b;
    const shadeT = (i / n) * 0.12;
    x.add(path(`${smooth(pts)}L${W + 100},${H + 40}L-100,${H + 40}Z`, mix(x.c(base, fog), x.p.shade, shadeT)));
    x.add(stroke(smooth(pts), x.c(lip, fog), 2.5 + (gap / 30) * 2.5, 'stroke-opacity="0.9"'));
  }
}

function sceneRiceTerraces(x: Ctx): void {
  sky(x, 430);
  mountains(x, 420, 120, 260, '#7d97b8', 0.5, x.int(5, 8));
  mist(x, 430, 80, 0.7);
  hills(x, 470, 30, '#6f9a6a', 0.35);
  mist(x, 480, 60, 0.5);
  const season = x.pick(['green', 'golden', 'water'] as const);
  const cols: [string, string, string] =
    season === 'green'
      ? ['#7db443', '#95c752', '#d5eaa0']
      : season === 'golden'
        ? ['#d9b23a', '#e6c75a', '#f7e7a8']
        : x.p.time === 'evening'
          ? [mix(x.p.skyMid, '#ffffff', 0.12), mix(x.p.skyBottom, '#c8e0a0', 0.3), '#5a8a30']
          : [mix(x.p.skyMid, '#5fa8c0', 0.55), mix(x.p.skyBottom, '#8cc8b8', 0.6), '#5a9a38'];
  const backCx = x.rand(250, 650);
  terraceHill(x, backCx, 430, 650, 9, 20, cols, 0.35, 520);
  terraceHill(x, backCx + x.rand(650, 850), 480, 600, 9, 22, cols, 0.22, 480);
  if (x.chance(0.7)) {
    const tx = backCx + x.rand(-80, 80);
    for (let i = 0; i < 4; i++) roundTree(x, tx + i * 26, 440 + (i % 2) * 6, x.rand(45, 60), '#3f7a3a', 0.3);
  }
  const frontCx = x.rand(500, 1100);
  const top = x.rand(600, 650);
  terraceHill(x, frontCx, top, 950, 14, 28, cols, 0, 420);
  // hut
  const hx = frontCx + x.pick([-1, 1]) * x.rand(250, 450);
  const hy = top + 150 + (420 * ((hx - frontCx) / 950) ** 2);
  x.add(rect(hx - 45, hy - 55, 90, 55, x.c('#a27c52')));
  x.add(rect(hx - 12, hy - 38, 22, 38, x.dark('#4a3525', 0.2)));
  x.add(poly([[hx - 65, hy - 50], [hx, hy - 105], [hx + 65, hy - 50]], x.c('#8a6a3a')));
  x.add(poly([[hx + x.side * 65, hy - 50], [hx, hy - 105], [hx + x.side * 15, hy - 50]], x.lit('#a8884a', 0.2)));
  const np = x.int(1, 4);
  for (let i = 0; i < np; i++) {
    const px = frontCx + x.rand(-500, 500);
    const u = (px - frontCx) / 950;
    const py = top + x.int(4, 11) * 28 * 1.15 + 420 * u * u + 15;
    if (py > H - 20) continue;
    person(x, px, py, x.rand(60, 80), { shirt: x.pick(['#3a5f9a', '#7a3a5a', '#2f2f3a', '#c24a3a']), pants: '#2a2a35', hat: 'conical', bend: x.chance(0.5) ? x.rand(25, 45) * x.pick([-1, 1]) : 0 });
  }
}

function sceneRiver(x: Ctx): void {
  const hz = 540;
  sky(x, hz);
  birds(x, x.int(2, 6), 300, 1300, 160, 320);
  mountains(x, 520, 100, 230, '#7892b5', 0.5, x.int(5, 8));
  mist(x, 535, 60, 0.7);
  hills(x, 575, 30, '#6f9e55', 0.2);
  const ground = '#7fae58';
  x.add(rect(-10, 590, W + 20, H - 580, x.lin([[0, x.c(ground, 0.15)], [1, x.dark(ground, 0.15)]])));
  const r = winding(x, 590, H + 40, x.rand(500, 1100), x.rand(200, 320), 8, x.rand(900, 1200), 1.8);
  x.add(path(r.d, x.c('#d8c28a'), `stroke="${x.c('#d8c28a')}" stroke-width="22" stroke-linejoin="round"`));
  x.add(path(r.d, x.lin([[0, mix(x.p.skyBottom, x.p.water, 0.3)], [0.4, x.c(x.p.water)], [1, x.p.waterDeep]])));
  let rip = '';
  for (let i = 0; i < 34; i++) {
    const t = x.rand(0.1, 0.98);
    const q = r.at(t);
    const lx = q.cx + x.rand(-0.35, 0.35) * q.w;
    const len = 10 + q.w * x.rand(0.04, 0.1);
    rip += `M${f(lx - len / 2)},${f(q.y)}L${f(lx + len / 2)},${f(q.y)}`;
  }
  x.add(stroke(rip, mix(x.p.skyBottom, '#ffffff', 0.4), 2.5, 'stroke-opacity="0.6"'));
  // boat
  const bt = x.rand(0.45, 0.7);
  const bq = r.at(bt);
  const bs = 30 + bt * 110;
  const bx = bq.cx + x.rand(-0.2, 0.2) * bq.w;
  x.add(path(`M${f(bx - bs)},${f(bq.y - bs * 0.12)}Q${f(bx)},${f(bq.y + bs * 0.25)} ${f(bx + bs)},${f(bq.y - bs * 0.16)}Q${f(bx)},${f(bq.y + bs * 0.08)} ${f(bx - bs)},${f(bq.y - bs * 0.12)}Z`, x.c('#5a3f2a')));
  x.add(path(`M${f(bx - bs * 0.35)},${f(bq.y - bs * 0.05)}Q${f(bx)},${f(bq.y - bs * 0.45)} ${f(bx + bs * 0.35)},${f(bq.y - bs * 0.05)}Z`, x.c('#8a6a3a')));
  person(x, bx + bs * 0.6, bq.y - bs * 0.08, bs * 0.8, { shirt: '#3a5f9a', pants: '#2a2a35', hat: 'conical' });
  x.add(line(bx + bs * 0.75, bq.y - bs * 0.6, bx + bs * 1.1, bq.y + bs * 0.2, x.c('#6a4a2a'), 3));
  // trees along both banks, back to front
  const ts = [0.08, 0.14, 0.22, 0.3, 0.4, 0.52, 0.66, 0.8];
  for (const t of ts) {
    const q = r.at(t);
    const s = 0.25 + t * 1.5;
    for (const e of [-1, 1]) {
      if (!x.chance(0.7)) continue;
      const tx = q.cx + e * (q.w / 2 + x.rand(30, 120) * s);
      if (x.chance(0.35)) palm(x, tx, q.y, 150 * s, 0.15 * (1 - t));
      else roundTree(x, tx, q.y, 130 * s, x.pick(['#3f7f3a', '#4f8f3a', '#2f6f45']), 0.15 * (1 - t));
    }
  }
  grassTufts(x, 30, 900, 990, '#6a9a4a');
}

function sceneRoad(x: Ctx): void {
  const hz = 560;
  sky(x, hz);
  birds(x, x.int(0, 5), 300, 1300, 150, 300);
  mountains(x, 530, 120, 250, '#7a94b6', 0.5, x.int(4, 7));
  mist(x, 545, 60, 0.6);
  hills(x, 600, 70, '#79a659', 0.22);
  const g = hills(x, 680, 60, '#6f9e4c', 0.08);
  const startX = x.rand(450, 1150);
  const y0 = g(startX) + 8;
  // field stripes on the near slope for texture
  const fieldCol = x.pick(['#86b35a', '#9bbf5e', '#7aa84f']);
  x.add(path(`${smooth(ridgePts((X) => g(X) + 70))}L${W + 100},${H + 20}L-100,${H + 20}Z`, x.lin([[0, x.c(fieldCol)], [1, x.dark(fieldCol, 0.12)]])));
  const rd = winding(x, y0, H + 40, startX, x.rand(250, 380), 6, x.rand(700, 900), 1.7, 1.2);
  x.add(path(rd.d, x.c('#c9b48a'), `stroke="${x.c('#c9b48a')}" stroke-width="26" stroke-linejoin="round"`));
  x.add(path(rd.d, x.lin([[0, x.c('#8a8f98', 0.2)], [1, x.c('#4d525c')]])));
  // centre dashes
  let dash = '';
  for (let i = 1; i < 40; i++) {
    const t = i / 40;
    const a = rd.at(t);
    const b = rd.at(Math.min(1, t + 0.011));
    dash += `M${f(a.cx)},${f(a.y)}L${f(b.cx)},${f(b.y)}`;
  }
  x.add(stroke(dash, x.c('#f4f1e4'), 5, 'stroke-linecap="butt" stroke-opacity="0.9"'));
  // power poles on one side
  const side = x.pick([-1, 1]);
  const poles: Pt[] = [];
  for (let t = 0.12; t < 1; t += 0.16) {
    const q = rd.at(t);
    const s = 0.15 + t * 1.6;
    const px = q.cx + side * (q.w / 2 + 60 * s);
    poles.push([px, q.y - 260 * s]);
    x.add(rect(px - 4 * s, q.y - 260 * s, 8 * s, 260 * s, x.c('#6d6a66')));
    x.add(rect(px - 30 * s, q.y - 250 * s, 60 * s, 6 * s, x.c('#6d6a66')));
  }
  let wires = '';
  for (let i = 0; i < poles.length - 1; i++) {
    const [ax, ay] = poles[i];
    const [bx, by] = poles[i + 1];
    wires += `M${f(ax)},${f(ay + 5)}Q${f((ax + bx) / 2)},${f((ay + by) / 2 + 40)} ${f(bx)},${f(by + 5)}`;
  }
  x.add(stroke(wires, x.c('#3a3a3a'), 2, 'stroke-opacity="0.7"'));
  // trees on the other side
  for (let t = 0.05; t < 0.95; t += x.rand(0.08, 0.16)) {
    const q = rd.at(t);
    const s = 0.2 + t * 1.4;
    const tx = q.cx - side * (q.w / 2 + x.rand(40, 200) * s);
    roundTree(x, tx, q.y, 150 * s, x.pick(['#3f7f3a', '#4f8f3a', '#2f6f45']), 0.1 * (1 - t));
  }
  // vehicles
  const vt = x.rand(0.4, 0.75);
  const vq = rd.at(vt);
  scooter(x, vq.cx + vq.w * 0.18, vq.y, 40 + 150 * vt, x.pick([-1, 1]));
  if (x.chance(0.6)) {
    const ct = x.rand(0.15, 0.3);
    const cq = rd.at(ct);
    const s = 20 + 120 * ct;
    const cc = x.c(x.pick(['#d8453b', '#f2f2f2', '#2f7fb8', '#e0b030']));
    x.add(rect(cq.cx - cq.w * 0.2 - s * 0.5, cq.y - s * 0.55, s, s * 0.45, cc, `rx="${f(s * 0.1)}"`));
    x.add(rect(cq.cx - cq.w * 0.2 - s * 0.35, cq.y - s * 0.8, s * 0.7, s * 0.3, mix(cc, '#222831', 0.4), `rx="${f(s * 0.08)}"`));
  }
  grassTufts(x, 25, 880, 990, fieldCol);
}

function sceneCity(x: Ctx): void {
  const hz = 720;
  sky(x, hz);
  birds(x, x.int(0, 6), 200, 1400, 120, 260);
  // far skyline
  let X = -20;
  while (X < W) {
    const w = x.rand(50, 120);
    const h = x.rand(140, 360);
    x.add(rect(X, 720 - h, w, h + 10, x.c('#8aa0b8', 0.55)));
    if (x.chance(0.2)) x.add(rect(X + w / 2 - 2, 720 - h - 40, 4, 40, x.c('#8aa0b8', 0.55)));
    X += w + x.rand(-10, 10);
  }
  // towers with windows
  const towers = x.int(6, 9);
  for (let i = 0; i < towers; i++) {
    const w = x.rand(110, 180);
    const h = x.rand(260, 480);
    const tx = (i + x.rand(0, 0.5)) * (W / towers) - 40;
    const by = 740;
    const base = x.pick(['#e8e1d5', '#c9d6df', '#f1d9b5', '#b8c8d8', '#d8c3a5', '#a9c2c9']);
    const fc = x.c(base, 0.18);
    x.add(rect(tx, by - h, w, h, fc));
    const sw = 24;
    x.add(poly([[tx + (x.side < 0 ? w : 0), by - h], [tx + (x.side < 0 ? w + sw : -sw), by - h + 12], [tx + (x.side < 0 ? w + sw : -sw), by], [tx + (x.side < 0 ? w : 0), by]], mix(fc, x.p.shade, 0.3)));
    const glass = x.c(x.pick(['#5f7f99', '#6f93a8', '#4f6f8a']), 0.2);
    const cols = Math.max(2, Math.floor(w / 34));
    const ww = (w - 16) / cols;
    for (let ry = by - h + 16; ry < by - 40; ry += 30) {
      if (x.chance(0.5)) {
        x.add(rect(tx + 8, ry, w - 16, 14, glass));
      } else {
        for (let c = 0; c < cols; c++) {
          const lit = x.night || x.p.time === 'evening' ? x.chance(0.35) : false;
          x.add(rect(tx + 8 + c * ww + 3, ry, ww - 6, 16, lit ? '#ffd37f' : glass));
        }
      }
    }
    x.add(rect(tx - 4, by - h - 8, w + 8, 10, mix(fc, '#ffffff', 0.3)));
  }
  // street
  x.add(rect(-10, 860, W + 20, H - 850, x.c('#6b6e75')));
  x.add(rect(-10, 860, W + 20, 22, x.c('#c9c2b4')));
  let lane = '';
  for (let lx = x.rand(-80, 0); lx < W; lx += 150) lane += `M${f(lx)},${f(950)}L${f(lx + 80)},${f(950)}`;
  x.add(stroke(lane, x.c('#f2f2f2'), 6, 'stroke-linecap="butt" stroke-opacity="0.8"'));
  // shophouses
  X = -30;
  const night = x.night || x.p.time === 'evening';
  while (X < W + 20) {
    const w = x.rand(85, 135);
    shophouse(x, X, 862, w, x.rand(240, 360), 0, night && x.chance(0.7));
    X += w;
  }
  // wires between poles
  const poleXs: number[] = [];
  for (let px = x.rand(60, 200); px < W; px += x.rand(320, 460)) poleXs.push(px);
  for (const px of poleXs) x.add(rect(px - 5, 560, 10, 320, x.c('#5d5a58')));
  let wd = '';
  for (let k = 0; k < 3; k++) {
    for (let i = 0; i < poleXs.length - 1; i++) {
      const a = poleXs[i];
      const b = poleXs[i + 1];
      wd += `M${f(a)},${f(575 + k * 14)}Q${f((a + b) / 2)},${f(620 + k * 18)} ${f(b)},${f(575 + k * 14)}`;
    }
  }
  x.add(stroke(wd, x.c('#2f2f33'), 2, 'stroke-opacity="0.75"'));
  for (let i = 0; i < 3; i++) roundTree(x, x.rand(50, W - 50), 880, x.rand(170, 230), x.pick(['#3f7f3a', '#4f8f3a']));
  const ns = x.int(3, 6);
  for (let i = 0; i < ns; i++) scooter(x, x.rand(60, W - 60), x.rand(915, 990), x.rand(80, 100), x.pick([-1, 1]));
}

function sceneSchool(x: Ctx): void {
  const hz = 640;
  sky(x, hz);
  hills(x, 560, 50, '#7ea2a0', 0.45);
  for (let i = 0; i < 16; i++) roundTree(x, x.rand(-50, W + 50), 690, x.rand(150, 230), x.pick(['#3f7f3a', '#4f8f3a', '#356f40']), 0.12);
  const floors = x.int(2, 3);
  const fh = 105;
  const bw = x.rand(900, 1150);
  const bx = x.rand(80, W - bw - 80);
  const by = 720;
  const top = by - floors * fh;
  const wall = x.pick(['#f2cf63', '#f5d77a', '#f3e3b0']);
  const wc = x.c(wall);
  // back wall with doors and windows, seen through the corridor
  x.add(rect(bx, top, bw, floors * fh, mix(wc, x.p.shade, 0.12)));
  const bays = Math.round(bw / 95);
  const bayW = bw / bays;
  for (let fl = 0; fl < floors; fl++) {
    const fy = by - (fl + 1) * fh;
    for (let b = 0; b < bays; b++) {
      const wx = bx + b * bayW;
      const glass = x.night ? '#ffd27a' : x.c('#4f8fa8');
      if (b % 3 === 1) x.add(rect(wx + bayW * 0.3, fy + 28, bayW * 0.4, fh - 28, x.c('#3f6f8f')));
      else x.add(rect(wx + bayW * 0.22, fy + 30, bayW * 0.56, 44, glass));
    }
    // slab and railing
    x.add(rect(bx - 10, fy - 4, bw + 20, 12, x.lit(wall, 0.35)));
    if (fl > 0 || floors === 1) {
      x.add(rect(bx, by - fl * fh - 36, bw, 30, x.lit('#f7f1e0', 0.1)));
      let bars = '';
      for (let k = bx + 10; k < bx + bw; k += 16) bars += `M${f(k)},${f(by - fl * fh - 34)}L${f(k)},${f(by - fl * fh - 8)}`;
      x.add(stroke(bars, mix(wc, x.p.shade, 0.3), 3, 'stroke-linecap="butt"'));
    }
    // columns
    for (let b = 0; b <= bays; b++) x.add(rect(bx + b * bayW - 8, fy, 16, fh, wc));
  }
  // roof
  x.add(poly([[bx - 40, top + 4], [bx + 30, top - 90], [bx + bw - 30, top - 90], [bx + bw + 40, top + 4]], x.c('#c2563a')));
  let tiles = '';
  for (let k = 1; k < 5; k++) tiles += `M${f(bx - 40 + k * 14)},${f(top + 4 - k * 19)}L${f(bx + bw + 40 - k * 14)},${f(top + 4 - k * 19)}`;
  x.add(stroke(tiles, x.dark('#c2563a', 0.25), 3, 'stroke-opacity="0.6"'));
  // central stair block with gable
  const cx = bx + bw * x.rand(0.4, 0.6);
  x.add(rect(cx - 75, top - 30, 150, floors * fh + 30, x.lit(wall, 0.1)));
  x.add(poly([[cx - 95, top - 26], [cx, top - 120], [cx + 95, top - 26]], x.c('#b24a32')));
  x.add(circle(cx, top + 20, 26, x.c('#d8261e')), circle(cx, top + 20, 18, x.c('#f5d76a')));
  for (let fl = 0; fl < floors; fl++) x.add(rect(cx - 35, by - (fl + 1) * fh + 40, 70, 50, x.c('#4f8fa8')));
  x.add(rect(cx - 40, by - 70, 80, 70, x.dark('#3f4f5a', 0.1)));
  // schoolyard
  x.add(rect(-10, by, W + 20, H - by + 10, x.lin([[0, x.c('#d8d0c0')], [1, x.c('#b8ae9c')]])));
  x.add(rect(-10, by, W + 20, 10, x.dark('#b8ae9c', 0.2)));
  // flame tree
  const ftx = x.pick([x.rand(60, 260), x.rand(W - 260, W - 60)]);
  roundTree(x, ftx, by + 140, 420, '#3f7a35', 0, '#e8432a');
  // flag pole
  let fpx = x.rand(420, 1180);
  if (Math.abs(fpx - cx) < 180) fpx = cx + (fpx < cx ? -180 : 180);
  x.add(rect(fpx - 40, by + 150, 80, 16, x.c('#c9c1b0')));
  flagPole(x, fpx, by + 152, 300, 120);
  // pupils
  const n = x.int(5, 11);
  for (let i = 0; i < n; i++) {
    const py = x.rand(by + 80, H - 20);
    const h = 50 + (py - by) * 0.45;
    person(x, x.rand(100, W - 100), py, h, { shirt: '#ffffff', pants: x.pick(['#2f4f8f', '#2a2f45']), hat: x.chance(0.3) ? 'cap' : 'hair', dress: x.chance(0.4) });
  }
}

function sceneStadium(x: Ctx): void {
  const hz = 300;
  sky(x, hz, 0.6);
  hills(x, 290, 30, '#7d98b0', 0.5);
  let X = -10;
  while (X < W) {
    const w = x.rand(30, 80);
    const h = x.rand(20, 90);
    x.add(rect(X, 310 - h, w, h + 5, x.c('#9aaabb', 0.45)));
    X += w + x.rand(0, 30);
  }
  const grass = '#86ad62';
  x.add(rect(-10, 305, W + 20, H, x.lin([[0, x.c(grass, 0.25)], [1, x.c(grass)]])));
  const cx = 800 + x.rand(-80, 80);
  const cy = 650 + x.rand(-20, 20);
  const rx = 640;
  const ry = 250;
  x.add(ellipse(cx, cy + 30, rx + 120, ry + 70, x.c('#cfcbc0')));
  for (let i = 0; i < 40; i++) {
    const a = x.rand(0, Math.PI * 2);
    const rr = x.rand(1.25, 1.6);
    const tx = cx + Math.cos(a) * rx * rr;
    const ty = cy + Math.sin(a) * ry * rr * 1.1;
    if (ty < 330 || Math.sin(a) > 0.2) continue;
    roundTree(x, tx, ty, 40 + (ty - 300) * 0.12, x.pick(['#3f7f3a', '#4f8f3a']), 0.15);
  }
  // back floodlights
  const tower = (a: number) => {
    const tx = cx + Math.cos(a) * (rx + 70);
    const ty = cy + Math.sin(a) * (ry + 40);
    const h = 330;
    x.add(rect(tx - 5, ty - h, 10, h, x.c('#8d9199')));
    x.add(rect(tx - 34, ty - h - 40, 68, 44, x.c('#5d6169')));
    for (let i = 0; i < 3; i++) for (let j = 0; j < 2; j++) x.add(rect(tx - 28 + i * 20, ty - h - 34 + j * 19, 16, 14, x.night || x.p.time === 'evening' ? '#fff6c8' : x.c('#e8eef2')));
  };
  tower(Math.PI * 1.18);
  tower(Math.PI * 1.82);
  // wall
  x.add(ellipse(cx, cy + 60, rx, ry, x.dark('#b5b2aa', 0.25)));
  x.add(rect(cx - rx, cy, 2 * rx, 60, x.dark('#b5b2aa', 0.25)));
  let ribs = '';
  for (let k = 1; k < 24; k++) {
    const a = (k / 24) * Math.PI;
    const px = cx + Math.cos(a) * rx;
    ribs += `M${f(px)},${f(cy + Math.sin(a) * ry)}L${f(px)},${f(cy + 60 + Math.sin(a) * ry)}`;
  }
  x.add(stroke(ribs, x.lit('#b5b2aa', 0.2), 6, 'stroke-linecap="butt"'));
  // stands
  x.add(ellipse(cx, cy, rx, ry, x.c('#e2ded4')));
  const seatA = x.c(x.pick(['#2f6fb0', '#e0a030', '#3a8a5a', '#3a9ab0']));
  const seatB = mix(seatA, '#ffffff', 0.25);
  x.add(ellipse(cx, cy + 4, rx * 0.95, ry * 0.93, seatA));
  x.add(ellipse(cx, cy + 8, rx * 0.84, ry * 0.8, seatB));
  x.add(ellipse(cx, cy + 12, rx * 0.76, ry * 0.7, seatA));
  // crowd
  const crowdCols = ['#f2f2f2', '#d8261e', '#ffdd33', '#2f2f3a', '#3f7fcf', '#f08a3a'].map((c) => x.c(c));
  const dens = x.rand(0.4, 0.9);
  const crowd: string[] = crowdCols.map(() => '');
  for (let i = 0; i < 700 * dens; i++) {
    const a = x.rand(0, Math.PI * 2);
    const rr = x.rand(0.78, 0.94);
    const px = cx + Math.cos(a) * rx * rr;
    const py = cy + 8 + Math.sin(a) * ry * rr * 0.96;
    const k = Math.floor(x.rnd() * crowdCols.length);
    crowd[k] += `M${f(px - 3.5)},${f(py)}a3.5,3.5 0 1,0 7,0a3.5,3.5 0 1,0 -7,0`;
  }
  crowd.forEach((d, k) => d && x.add(path(d, crowdCols[k])));
  // roof over the main stand
  const a0 = Math.PI * 1.12;
  const a1 = Math.PI * 1.88;
  const outer: Pt[] = [];
  const inner: Pt[] = [];
  for (let i = 0; i <= 16; i++) {
    const a = a0 + ((a1 - a0) * i) / 16;
    outer.push([cx + Math.cos(a) * rx * 1.01, cy - 40 + Math.sin(a) * ry * 1.01]);
    inner.push([cx + Math.cos(a) * rx * 0.86, cy - 30 + Math.sin(a) * ry * 0.84]);
  }
  x.add(path(`${smooth(outer)}${smooth(inner.reverse(), false)}Z`, x.lit('#f4f4f2', 0.2), 'fill-opacity="0.95"'));
  // track and field
  x.add(ellipse(cx, cy + 16, rx * 0.68, ry * 0.6, x.c('#c8654a')));
  x.add(ellipse(cx, cy + 16, rx * 0.64, ry * 0.555, 'none', `stroke="${x.c('#f2e4da')}" stroke-width="2" stroke-opacity="0.7"`));
  x.add(ellipse(cx, cy + 16, rx * 0.6, ry * 0.51, 'none', `stroke="${x.c('#f2e4da')}" stroke-width="2" stroke-opacity="0.7"`));
  const fieldCol = x.pick(['#4f9a45', '#5aa84a', '#458f3f']);
  const fieldShape = ellipse(cx, cy + 16, rx * 0.56, ry * 0.47, x.c(fieldCol));
  x.add(fieldShape);
  const clip = x.clip(ellipse(cx, cy + 16, rx * 0.56, ry * 0.47, '#000'));
  let stripes = '';
  for (let k = 0; k < 14; k += 2) {
    const sx = cx - rx * 0.56 + (k * rx * 1.12) / 14;
    stripes += `M${f(sx)},${f(cy - ry)}L${f(sx + (rx * 1.12) / 14)},${f(cy - ry)}L${f(sx + (rx * 1.12) / 14)},${f(cy + ry)}L${f(sx)},${f(cy + ry)}Z`;
  }
  x.add(path(stripes, x.lit(fieldCol, 0.12), clip));
  const pw = rx * 0.44;
  const ph = ry * 0.36;
  const fy = cy + 16;
  const lineC = x.c('#ffffff');
  const px0 = cx - pw;
  const px1 = cx + pw;
  x.add(
    stroke(
      `M${f(px0 + 14)},${f(fy - ph)}L${f(px1 - 14)},${f(fy - ph)}L${f(px1)},${f(fy + ph)}L${f(px0)},${f(fy + ph)}Z` +
        `M${f(cx)},${f(fy - ph)}L${f(cx)},${f(fy + ph)}` +
        `M${f(px0 + 7)},${f(fy - ph * 0.45)}L${f(px0 + 85)},${f(fy - ph * 0.45)}L${f(px0 + 90)},${f(fy + ph * 0.45)}L${f(px0 + 3)},${f(fy + ph * 0.45)}` +
        `M${f(px1 - 7)},${f(fy - ph * 0.45)}L${f(px1 - 85)},${f(fy - ph * 0.45)}L${f(px1 - 90)},${f(fy + ph * 0.45)}L${f(px1 - 3)},${f(fy + ph * 0.45)}`,
      lineC,
      3,
    ),
  );
  x.add(ellipse(cx, fy, 55, 26, 'none', `stroke="${lineC}" stroke-width="3"`));
  // players
  const teamA = x.c(x.pick(['#d8261e', '#f0c020']));
  const teamB = x.c(x.pick(['#2f6fd0', '#ffffff']));
  for (let i = 0; i < 16; i++) {
    const px = cx + x.rand(-pw * 0.9, pw * 0.9);
    const py = fy + x.rand(-ph * 0.9, ph * 0.9);
    x.add(ellipse(px + 3, py + 2, 6, 2.5, x.p.shade, 'fill-opacity="0.3"'));
    x.add(rect(px - 3.5, py - 14, 7, 14, i % 2 ? teamA : teamB, 'rx="3"'));
    x.add(circle(px, py - 17, 3.5, x.c('#d79d6f')));
  }
  x.add(circle(cx + x.rand(-100, 100), fy + x.rand(-30, 30), 3.5, '#ffffff'));
  tower(Math.PI * 0.15);
  tower(Math.PI * 0.85);
}

function awningStall(x: Ctx, sx: number, by: number, w: number, s: number, fog: number): void {
  const c1 = x.c(x.pick(['#d8453b', '#2f7fb8', '#f0a030', '#3f9a5a', '#e86f8a', '#7a4fb0']), fog);
  const c2 = x.c('#fbf6ea', fog);
  const top = by - 250 * s;
  const ah = 55 * s;
  const over = 22 * s;
  const post = x.c('#6a5a4a', fog);
  x.add(rect(sx + 6 * s, top, 8 * s, 250 * s, post), rect(sx + w - 14 * s, top, 8 * s, 250 * s, post));
  x.add(rect(sx, top, w, 160 * s, mix(x.c('#6a5444', fog), x.p.shade, 0.35)));
  // vendor behind the counter
  person(x, sx + w * x.rand(0.3, 0.7), by - 30 * s, 140 * s, { shirt: x.pick(['#e86f8a', '#3a6fb0', '#f2f2f2', '#8a5aa8']), pants: '#2a2a35', hat: x.pick(['conical', 'hair'] as const), fog });
  // counter
  x.add(rect(sx - 4 * s, by - 95 * s, w + 8 * s, 14 * s, x.c('#9a7048', fog)));
  x.add(rect(sx, by - 81 * s, w, 81 * s, x.c('#b58a5a', fog)));
  x.add(rect(sx, by - 81 * s, w, 8 * s, x.dark('#b58a5a', 0.25, fog)));
  // produce heaps
  const heaps = Math.max(2, Math.floor(w / (55 * s)));
  const hw = w / heaps;
  for (let k = 0; k < heaps; k++) {
    const col = x.c(x.pick(['#f08a24', '#e23b2e', '#7cc242', '#f5d130', '#8a3f8f', '#3f8a3a', '#f2a65a']), fog);
    const hx = sx + hw * (k + 0.5);
    x.add(ellipse(hx, by - 95 * s, hw * 0.46, 8 * s, x.c('#c9a46a', fog)));
    let d = '';
    const r = 8 * s;
    for (let row = 0; row < 3; row++) {
      const cnt = 4 - row;
      for (let i = 0; i < cnt; i++) {
        const ox = hx + (i - (cnt - 1) / 2) * r * 1.8;
        const oy = by - 100 * s - row * r * 1.5;
        d += `M${f(ox - r)},${f(oy)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0`;
      }
    }
    x.add(path(d, col));
    x.add(path(d, x.p.light, `fill-opacity="0.18" transform="translate(${f(x.side * r * 0.3)},${f(-r * 0.3)}) scale(1)"`));
  }
  // awning
  const stripes = Math.max(4, Math.round(w / (30 * s)));
  const L = sx - over;
  const R = sx + w + over;
  const sw = (R - L) / stripes;
  const tw = w / stripes;
  for (let k = 0; k < stripes; k++) {
    const col = k % 2 ? c2 : c1;
    x.add(poly([[sx + k * tw, top], [sx + (k + 1) * tw, top], [L + (k + 1) * sw, top + ah], [L + k * sw, top + ah]], col));
    x.add(path(`M${f(L + k * sw)},${f(top + ah)}a${f(sw / 2)},${f(sw / 2.2)} 0 0,0 ${f(sw)},0Z`, col));
  }
}

function sceneMarket(x: Ctx): void {
  const hz = 560;
  sky(x, hz, 0.7);
  let X = -30;
  while (X < W + 20) {
    const w = x.rand(85, 130);
    shophouse(x, X, 620, w, x.rand(250, 380), 0.35, false);
    X += w;
  }
  x.add(rect(-10, 615, W + 20, H, x.lin([[0, x.c('#c9bba2')], [1, x.c('#a8987e')]])));
  const dim = x.p.time === 'evening' || x.night;
  // string of lights
  if (dim || x.chance(0.5)) {
    const y0 = x.rand(330, 380);
    let d = '';
    const bulbs: Pt[] = [];
    for (let k = 0; k < 4; k++) {
      const a = k * 420 - 50;
      const b = a + 420;
      d += `M${f(a)},${f(y0)}Q${f((a + b) / 2)},${f(y0 + 90)} ${f(b)},${f(y0)}`;
      for (let i = 1; i < 10; i++) {
        const t = i / 10;
        bulbs.push([a + (b - a) * t, y0 + 2 * t * (1 - t) * 90]);
      }
    }
    x.add(stroke(d, x.c('#333333'), 2));
    const bulb = dim ? '#ffe08a' : x.c('#fff2c0');
    for (const [bx, by] of bulbs) {
      if (dim) x.add(circle(bx, by + 6, 18, x.rad([[0, '#ffd070', 0.6], [1, '#ffd070', 0]])));
      x.add(circle(bx, by + 6, 5, bulb));
    }
  }
  // back row
  const nb = x.int(5, 7);
  const bw = W / nb;
  for (let i = 0; i < nb; i++) awningStall(x, i * bw + x.rand(10, 40), 700, bw * 0.78, 0.62, 0.15);
  // shoppers between rows
  const ns = x.int(4, 8);
  for (let i = 0; i < ns; i++) {
    person(x, x.rand(40, W - 40), x.rand(740, 800), x.rand(110, 140), { shirt: x.pick(['#e86f8a', '#3a6fb0', '#f2f2f2', '#8a5aa8', '#e0a030', '#3f9a5a']), pants: x.pick(['#2a2a35', '#4a5a7a', '#7a5a4a']), hat: x.pick(['conical', 'hair', 'cap'] as const), carry: x.chance(0.3) ? 'basket' : 'none', dress: x.chance(0.3) });
  }
  // front row
  const nf = x.int(2, 3);
  const fw = (W + 200) / nf;
  for (let i = 0; i < nf; i++) awningStall(x, -100 + i * fw + x.rand(20, 60), 960, fw * x.rand(0.62, 0.72), 1.05, 0);
  // baskets in the foreground
  for (let i = 0; i < 3; i++) {
    const bx = x.rand(40, W - 40);
    const col = x.c(x.pick(['#7cc242', '#f08a24', '#e23b2e', '#f5d130']));
    x.add(ellipse(bx, 985, 70, 18, x.p.shade, 'fill-opacity="0.2"'));
    x.add(path(`M${f(bx - 65)},${f(935)}L${f(bx + 65)},${f(935)}L${f(bx + 52)},${f(990)}L${f(bx - 52)},${f(990)}Z`, x.c('#b58a4a')));
    x.add(ellipse(bx, 932, 62, 16, col));
    x.add(stroke(`M${f(bx - 60)},${f(955)}L${f(bx + 60)},${f(955)}M${f(bx - 56)},${f(972)}L${f(bx + 56)},${f(972)}`, x.dark('#b58a4a', 0.3), 3));
  }
}

function sceneHospital(x: Ctx): void {
  const hz = 660;
  sky(x, hz);
  hills(x, 600, 50, '#7e9fb8', 0.5);
  for (let i = 0; i < 14; i++) roundTree(x, x.rand(-50, W + 50), 700, x.rand(120, 200), x.pick(['#3f7f3a', '#4f8f3a', '#356f40']), 0.15);
  const cx = x.rand(620, 980);
  const by = 740;
  const white = '#f4f4f0';
  const glass = x.night ? '#ffd9a0' : x.c(x.pick(['#6fa8c8', '#5f9ab8', '#7ab8c0']));
  const trim = x.c(x.pick(['#3f8fa8', '#3a9a7a', '#4a78b8']));
  const block = (x0: number, w: number, floors: number, fh: number) => {
    const top = by - floors * fh;
    x.add(rect(x0, top, w, floors * fh, x.lit(white, 0.05)));
    x.add(rect(x0 + (x.side < 0 ? w - 16 : 0), top, 16, floors * fh, x.dark(white, 0.12)));
    for (let i = 0; i < floors; i++) {
      const fy = top + i * fh;
      x.add(rect(x0 + 14, fy + fh * 0.3, w - 28, fh * 0.45, glass));
      let mull = '';
      for (let k = x0 + 14 + 40; k < x0 + w - 14; k += 40) mull += `M${f(k)},${f(fy + fh * 0.3)}L${f(k)},${f(fy + fh * 0.75)}`;
      x.add(stroke(mull, x.c(white), 4, 'stroke-linecap="butt"'));
      x.add(rect(x0 - 4, fy + fh * 0.8, w + 8, 6, trim));
    }
    x.add(rect(x0 - 6, top - 12, w + 12, 14, x.c('#dcdcd6')));
    return top;
  };
  const wingF = x.int(3, 4);
  const mainF = x.int(5, 7);
  const ww = x.rand(300, 420);
  block(cx - 170 - ww + 20, ww, wingF, 62);
  block(cx + 150, ww, wingF, 62);
  const top = block(cx - 170, 340, mainF, 62);
  // cross sign on the main block
  const crossCol = x.c(x.pick(['#d8261e', '#2f9a4a']));
  x.add(rect(cx - 60, top - 140, 120, 120, x.c('#ffffff'), 'rx="10"'));
  x.add(rect(cx - 60, top - 20, 120, 20, x.c('#cfd3d6')));
  x.add(rect(cx - 14, top - 125, 28, 90, crossCol), rect(cx - 45, top - 94, 90, 28, crossCol));
  // entrance canopy
  x.add(rect(cx - 120, by - 95, 240, 20, x.c('#e8e8e2')));
  x.add(rect(cx - 110, by - 75, 10, 75, x.c('#cfcfca')), rect(cx + 100, by - 75, 10, 75, x.c('#cfcfca')));
  x.add(rect(cx - 70, by - 70, 140, 70, x.c('#5f8fa8')));
  x.add(rect(cx - 120, by - 95, 240, 6, crossCol));
  // grounds
  x.add(rect(-10, by, W + 20, H - by, x.lin([[0, x.c('#8fbf6a')], [1, x.c('#6f9f50')]])));
  x.add(path(`M${f(cx - 140)},${f(by)}L${f(cx + 140)},${f(by)}L${f(cx + 520)},${f(H + 10)}L${f(cx - 520)},${f(H + 10)}Z`, x.c('#d3d1ca')));
  x.add(rect(-10, by + 60, W + 20, 70, x.c('#c8c6be')));
  // ambulance
  const ax = x.pick([cx - 420, cx + 260]);
  const ay = by + 120;
  const as = x.rand(0.9, 1.1);
  x.add(ellipse(ax + 90 * as, ay + 4, 110 * as, 10 * as, x.p.shade, 'fill-opacity="0.22"'));
  x.add(path(`M${f(ax)},${f(ay - 10 * as)}L${f(ax)},${f(ay - 90 * as)}L${f(ax + 130 * as)},${f(ay - 90 * as)}L${f(ax + 155 * as)},${f(ay - 55 * as)}L${f(ax + 180 * as)},${f(ay - 45 * as)}L${f(ax + 180 * as)},${f(ay - 10 * as)}Z`, x.c('#fafafa')));
  x.add(path(`M${f(ax + 132 * as)},${f(ay - 84 * as)}L${f(ax + 150 * as)},${f(ay - 56 * as)}L${f(ax + 132 * as)},${f(ay - 56 * as)}Z`, x.c('#5f8fa8')));
  x.add(rect(ax, ay - 45 * as, 180 * as, 10 * as, crossCol));
  x.add(rect(ax + 50 * as, ay - 82 * as, 12 * as, 32 * as, crossCol), rect(ax + 40 * as, ay - 72 * as, 32 * as, 12 * as, crossCol));
  x.add(rect(ax + 100 * as, ay - 100 * as, 20 * as, 10 * as, x.c('#2f6fd0')));
  x.add(circle(ax + 40 * as, ay - 8 * as, 17 * as, '#222222'), circle(ax + 145 * as, ay - 8 * as, 17 * as, '#222222'));
  x.add(circle(ax + 40 * as, ay - 8 * as, 7 * as, '#aaaaaa'), circle(ax + 145 * as, ay - 8 * as, 7 * as, '#aaaaaa'));
  // trees and people
  for (let i = 0; i < 3; i++) {
    const tx = x.pick([x.rand(20, cx - 560), x.rand(cx + 560, W - 10)]);
    roundTree(x, tx, x.rand(880, 960), x.rand(240, 320), x.pick(['#3f7f3a', '#4f8f3a']));
  }
  const np = x.int(3, 7);
  for (let i = 0; i < np; i++) {
    const py = x.rand(800, 980);
    const h = 80 + (py - 780) * 0.45;
    const doc = x.chance(0.35);
    person(x, cx + x.rand(-420, 420), py, h, { shirt: doc ? '#ffffff' : x.pick(['#e86f8a', '#3a6fb0', '#8a5aa8', '#e0a030']), pants: doc ? '#d8dde2' : '#2a2a35', hat: 'hair' });
  }
}

function lantern(x: Ctx, lx: number, ly: number, r: number, col: string, glow: boolean): void {
  if (glow) x.add(circle(lx, ly, r * 3, x.rad([[0, col, 0.55], [1, col, 0]])));
  x.add(line(lx, ly - r * 1.6, lx, ly - r * 0.7, '#333333', 2));
  x.add(ellipse(lx, ly, r, r * 0.85, col));
  x.add(ellipse(lx - r * 0.25, ly - r * 0.2, r * 0.45, r * 0.5, '#ffffff', 'fill-opacity="0.22"'));
  x.add(rect(lx - r * 0.45, ly - r * 0.95, r * 0.9, r * 0.22, '#e2b23a'), rect(lx - r * 0.45, ly + r * 0.75, r * 0.9, r * 0.22, '#e2b23a'));
  x.add(line(lx, ly + r * 0.95, lx, ly + r * 1.6, '#e2b23a', 2.5));
}

function sceneFestival(x: Ctx): void {
  const hz = 660;
  sky(x, hz, 0.5);
  const dark = x.night;
  if (dark) {
    for (let k = 0; k < x.int(2, 3); k++) {
      const fx = x.rand(200, 1400);
      const fy = x.rand(130, 300);
      const col = x.pick(['#ffd24a', '#ff6a6a', '#7ad0ff', '#b4ff8a', '#ff9ae0']);
      let d = '';
      const n = 24;
      for (let i = 0; i < n; i++) {
        const a = (i / n) * Math.PI * 2;
        const r0 = 20;
        const r1 = x.rand(70, 110);
        d += `M${f(fx + Math.cos(a) * r0)},${f(fy + Math.sin(a) * r0)}L${f(fx + Math.cos(a) * r1)},${f(fy + Math.sin(a) * r1)}`;
      }
      x.add(circle(fx, fy, 130, x.rad([[0, col, 0.25], [1, col, 0]])));
      x.add(stroke(d, col, 3, 'stroke-opacity="0.9"'));
    }
  }
  hills(x, 620, 40, '#5f7f8f', 0.45);
  // communal house with curved roof
  const hx = x.rand(450, 1150);
  const hw = x.rand(420, 560);
  const hy = 700;
  const wallC = x.c('#8a3a2a');
  x.add(rect(hx - hw / 2 - 20, hy - 20, hw + 40, 30, x.c('#b8a890')));
  x.add(rect(hx - hw / 2, hy - 150, hw, 130, wallC));
  for (let k = 0; k <= 6; k++) x.add(rect(hx - hw / 2 + 10 + (k * (hw - 30)) / 6, hy - 150, 10, 130, x.c('#5a2418')));
  const doorC = dark ? '#ffcf70' : x.c('#e8b04a');
  for (let k = 0; k < 3; k++) x.add(rect(hx - 110 + k * 80, hy - 110, 60, 90, doorC));
  const roof = x.c('#5a3a2e');
  const rTop = hy - 270;
  x.add(path(`M${f(hx - hw / 2 - 90)},${f(hy - 170)}Q${f(hx - hw / 2 - 110)},${f(hy - 200)} ${f(hx - hw / 2 - 130)},${f(hy - 215)}Q${f(hx - hw / 2 + 40)},${f(hy - 180)} ${f(hx - hw / 2 + 60)},${f(rTop)}L${f(hx + hw / 2 - 60)},${f(rTop)}Q${f(hx + hw / 2 - 40)},${f(hy - 180)} ${f(hx + hw / 2 + 130)},${f(hy - 215)}Q${f(hx + hw / 2 + 110)},${f(hy - 200)} ${f(hx + hw / 2 + 90)},${f(hy - 170)}Q${f(hx)},${f(hy - 135)} ${f(hx - hw / 2 - 90)},${f(hy - 170)}Z`, roof));
  x.add(rect(hx - hw / 2 + 50, rTop - 10, hw - 100, 14, x.c('#7a5040')));
  x.add(path(`M${f(hx - 60)},${f(rTop - 4)}q20,-30 40,-8q20,-30 40,8Z`, x.c('#c89a3a')));
  // tall bamboo pole with streamers
  const px = x.pick([x.rand(120, 300), x.rand(W - 300, W - 120)]);
  x.add(rect(px - 5, 200, 10, hy + 60 - 200, x.c('#b8a060')));
  for (let i = 0; i < 5; i++) {
    const col = x.c(x.pick(['#d8261e', '#ffdd33', '#2f9a4a', '#2f6fd0', '#ff8a2a']));
    x.add(path(`M${f(px)},${f(210 + i * 12)}q${f(-60 + i * 25)},60 ${f(-30 + i * 15)},${f(150 + i * 10)}l6,0q${f(-20 + i * 10)},-90 ${f(34 - i * 15)},${f(-150 - i * 10)}Z`, col));
  }
  // ground
  x.add(rect(-10, hy + 5, W + 20, H, x.lin([[0, x.c('#b8a488')], [1, x.c('#8f7e66')]])));
  // bunting strings
  const palette = ['#d8261e', '#ffdd33', '#2f9a4a', '#2f6fd0', '#ff8a2a', '#e85a9a', '#ffffff'].map((c) => x.c(c));
  for (let s = 0; s < 3; s++) {
    const y0 = 80 + s * x.rand(60, 90);
    const sag = x.rand(80, 160);
    const x0 = -50;
    const x1 = W + 50;
    x.add(stroke(`M${f(x0)},${f(y0)}Q${f(W / 2)},${f(y0 + sag * 2)} ${f(x1)},${f(y0)}`, x.c('#3a3a3a'), 2));
    const n = 26;
    for (let i = 0; i < n; i++) {
      const t0 = i / n;
      const t1 = (i + 0.8) / n;
      const pt = (t: number): Pt => [x0 + (x1 - x0) * t, y0 + 2 * t * (1 - t) * sag * 2];
      const a = pt(t0);
      const b = pt(t1);
      x.add(poly([a, b, [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2 + 42]], palette[(i + s * 3) % palette.length]));
    }
  }
  // lanterns on strings
  const ly = x.rand(300, 380);
  const lsag = x.rand(40, 90);
  x.add(stroke(`M-50,${f(ly - 40)}Q${f(W / 2)},${f(ly - 40 + lsag * 2)} ${f(W + 50)},${f(ly - 40)}`, x.c('#3a3a3a'), 2));
  const lcols = [x.pick(['#e8322a', '#f05a28']), '#f6b21a', '#e8322a', x.pick(['#ff7a2a', '#d8261e'])];
  for (let i = 0; i < 11; i++) {
    const t = (i + 0.5) / 11;
    const lx = -50 + (W + 100) * t;
    const yy = ly - 40 + 2 * t * (1 - t) * lsag * 2 + 35;
    lantern(x, lx, yy, x.rand(22, 32), lcols[i % lcols.length], dark || x.p.time === 'evening');
  }
  // crowd silhouettes
  const rows = 3;
  for (let r = 0; r < rows; r++) {
    const by = 840 + r * 65;
    const s = 1 + r * 0.35;
    const base = x.night ? '#1a1a2e' : '#3a3040';
    const col = mix(x.c(base), x.p.shade, 0.2 * r);
    let d = '';
    for (let X = x.rand(-40, 0); X < W + 40; X += x.rand(40, 70) * s) {
      const hr = 15 * s;
      const hy2 = by - x.rand(50, 80) * s;
      d += `M${f(X - hr)},${f(hy2)}a${f(hr)},${f(hr * 1.1)} 0 1,0 ${f(2 * hr)},0a${f(hr)},${f(hr * 1.1)} 0 1,0 ${f(-2 * hr)},0`;
      d += `M${f(X - 32 * s)},${f(H + 20)}L${f(X - 30 * s)},${f(hy2 + 32 * s)}Q${f(X)},${f(hy2 + 12 * s)} ${f(X + 30 * s)},${f(hy2 + 32 * s)}L${f(X + 32 * s)},${f(H + 20)}Z`;
      if (x.chance(0.12)) d += `M${f(X + 20 * s)},${f(hy2 + 30 * s)}L${f(X + 40 * s)},${f(hy2 - 40 * s)}L${f(X + 52 * s)},${f(hy2 - 36 * s)}L${f(X + 34 * s)},${f(hy2 + 36 * s)}Z`;
    }
    x.add(path(d, col));
  }
}

function sceneForest(x: Ctx): void {
  const hz = 600;
  sky(x, hz, 0.5);
  const r1 = ridgeFn(x, 520, 40);
  x.add(path(`${smooth(ridgePts(r1))}L${W + 100},${H}L-100,${H}Z`, x.c('#5f8f7a', 0.55)));
  for (let X = -20; X < W + 20; X += x.rand(25, 45)) pine(x, X, r1(X) + 40, x.rand(110, 170), '#4f7f6a', 0.5);
  mist(x, 580, 120, 0.8);
  const r2 = ridgeFn(x, 640, 40);
  x.add(path(`${smooth(ridgePts(r2))}L${W + 100},${H}L-100,${H}Z`, x.c('#4f7f55', 0.25)));
  for (let X = -20; X < W + 20; X += x.rand(45, 80)) {
    if (x.chance(0.6)) pine(x, X, r2(X) + 50, x.rand(180, 260), '#2f6a4a', 0.25);
    else roundTree(x, X, r2(X) + 50, x.rand(150, 210), '#3f7a45', 0.25);
  }
  mist(x, 690, 90, 0.45);
  // forest floor
  const floor = '#6f9a4a';
  x.add(rect(-10, 720, W + 20, H, x.lin([[0, x.c(floor, 0.1)], [1, x.dark(floor, 0.2)]])));
  const pathW = winding(x, 725, H + 40, x.rand(600, 1000), x.rand(120, 220), 10, x.rand(380, 520), 1.6, 0.8);
  x.add(path(pathW.d, x.lin([[0, x.c('#c8ae7a', 0.1)], [1, x.c('#a88a5a')]])));
  // sun beams
  const bx = x.side < 0 ? x.rand(-200, 300) : x.rand(1300, 1800);
  let beams = '';
  for (let i = 0; i < 5; i++) {
    const a = x.rand(-400, 400);
    const w = x.rand(30, 90);
    beams += `M${f(bx + a)},${f(-20)}L${f(bx + a + w)},${f(-20)}L${f(800 + a * 1.5 + w * 3 - x.side * 300)},${f(H)}L${f(800 + a * 1.5 - x.side * 300)},${f(H)}Z`;
  }
  x.add(path(beams, x.p.light, `fill-opacity="${x.night ? 0.05 : 0.14}"`));
  // mid trees along the path
  for (let t = 0.05; t < 0.7; t += x.rand(0.08, 0.14)) {
    const q = pathW.at(t);
    const s = 0.4 + t * 1.3;
    for (const e of [-1, 1]) {
      if (!x.chance(0.75)) continue;
      const tx = q.cx + e * (q.w / 2 + x.rand(30, 160) * s);
      if (x.chance(0.5)) pine(x, tx, q.y, 300 * s, '#2a5f40');
      else roundTree(x, tx, q.y, 260 * s, x.pick(['#3f7f3a', '#2f6f45']));
    }
  }
  // big trunks framing the picture
  const trunkC = x.dark('#5a3f2a', 0.1);
  const tr = (tx: number, w: number) => {
    x.add(path(`M${f(tx - w)},${f(H + 10)}Q${f(tx - w * 0.6)},${f(500)} ${f(tx - w * 0.5)},${f(-10)}L${f(tx + w * 0.5)},${f(-10)}Q${f(tx + w * 0.6)},${f(500)} ${f(tx + w)},${f(H + 10)}Z`, trunkC));
    x.add(path(`M${f(tx + x.side * w * 0.2)},${f(H + 10)}Q${f(tx + x.side * w * 0.3)},${f(500)} ${f(tx + x.side * w * 0.25)},${f(-10)}L${f(tx + x.side * w * 0.5)},${f(-10)}Q${f(tx + x.side * w * 0.6)},${f(500)} ${f(tx + x.side * w)},${f(H + 10)}Z`, x.lit('#5a3f2a', 0.2)));
  };
  tr(x.rand(40, 160), x.rand(40, 60));
  tr(x.rand(W - 180, W - 40), x.rand(45, 70));
  if (x.chance(0.5)) tr(x.rand(300, 420), x.rand(22, 30));
  // canopy at the top
  const canopy = x.c('#2f5f3a');
  let cd = '';
  for (let X = -60; X < W + 80; X += x.rand(70, 120)) {
    const r = x.rand(60, 130);
    cd += `M${f(X - r)},${f(x.rand(-30, 40))}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0`;
  }
  x.add(path(cd, canopy));
  // ferns and bushes
  for (let i = 0; i < 10; i++) {
    const fx = x.rand(0, W);
    const fy = x.rand(880, 1000);
    const q = pathW.at(Math.min(1, (fy - 725) / 280));
    if (Math.abs(fx - q.cx) < q.w / 2) continue;
    const col = x.pick(['#3f7f3a', '#4f8f3a', '#2f6f45']);
    x.add(ellipse(fx, fy, 70, 40, x.c(col)), ellipse(fx - 40, fy + 10, 50, 30, x.dark(col, 0.15)), ellipse(fx + 10 * x.side, fy - 15, 35, 20, x.lit(col, 0.2)));
  }
  grassTufts(x, 30, 860, 1000, floor);
}

function sceneTeaHills(x: Ctx): void {
  sky(x, 450);
  mountains(x, 440, 100, 220, '#7e97b8', 0.5, x.int(5, 7));
  mist(x, 450, 70, 0.7);
  hills(x, 500, 30, '#7fa86a', 0.35);
  mist(x, 505, 50, 0.4);
  const rowCol = x.pick(['#2f7a3a', '#3a8a3f', '#2a6f3a']);
  const soil = x.pick(['#b9cf7a', '#c6d58a', '#a9c66a']);
  const hill = (cx: number, top: number, w: number, drop: number, gap: number, bump: number, fog: number) => {
    const ph = x.rand(0, 7);
    const shape = (X: number, off: number) => {
      const u = (X - cx) / w;
      return top + off + drop * u * u + 10 * Math.sin(X * 0.006 + ph);
    };
    const sil = ridgePts((X) => Math.min(H + 30, shape(X, 0)), -100, W + 100, 40);
    const silD = `${smooth(sil)}L${W + 100},${H + 40}L-100,${H + 40}Z`;
    x.add(path(silD, x.c(soil, fog)));
    let rows = '';
    let hl = '';
    const nRows = Math.ceil((H - top) / gap) + 2;
    for (let i = 0; i < nRows; i++) {
      const thick = gap * (1 + i * 0.02) * 0.62;
      const off = thick * 0.5 + 4 + i * gap * (1 + i * 0.02);
      const step = bump * (1 + i * 0.04);
      const all: Pt[] = [];
      for (let X = -100; X <= W + 100; X += step) all.push([X, shape(X, off)]);
      // keep only the visible run (plus one point each side); rows sink below the frame at the sides
      const first = all.findIndex((q) => q[1] < H + 20);
      if (first < 0) break;
      let last = first;
      for (let k = first; k < all.length; k++) if (all[k][1] < H + 20) last = k;
      const pts = all.slice(Math.max(0, first - 1), Math.min(all.length, last + 2));
      if (pts.length < 2) continue;
      let d = `M${f(pts[0][0])},${f(pts[0][1])}`;
      let h2 = d;
      for (let k = 1; k < pts.length; k++) {
        const [ax, ay] = pts[k - 1];
        const [bx, by] = pts[k];
        const seg = `Q${f((ax + bx) / 2)},${f((ay + by) / 2 - thick * 0.9)} ${f(bx)},${f(by)}`;
        d += seg;
        h2 += seg;
      }
      for (let k = pts.length - 1; k >= 0; k--) d += `L${f(pts[k][0])},${f(pts[k][1] + thick)}`;
      rows += `${d}Z`;
      hl += h2;
    }
    x.add(path(rows, x.c(rowCol, fog)));
    x.add(stroke(hl, x.lit(rowCol, 0.3, fog), 2.5 + (gap / 40) * 2, 'stroke-opacity="0.8"'));
    return (X: number) => shape(X, 0);
  };
  hill(x.rand(200, 600), 470, 520, 600, 16, 20, 0.3);
  hill(x.rand(1000, 1400), 520, 560, 560, 20, 24, 0.18);
  const cx = x.rand(500, 1100);
  const fTop = x.rand(600, 660);
  const front = hill(cx, fTop, 800, 520, 34, 40, 0);
  // shade trees
  for (let i = 0; i < x.int(3, 6); i++) {
    const tx = cx + x.rand(-700, 700);
    const ty = front(tx) + x.rand(40, 200);
    if (ty > H - 30) continue;
    const h = 140 + (ty - fTop) * 0.4;
    x.add(rect(tx - 3, ty - h, 6, h, x.c('#6a5040')));
    x.add(ellipse(tx, ty - h, h * 0.3, h * 0.1, x.c('#3f7a35')), ellipse(tx + x.side * h * 0.06, ty - h - h * 0.03, h * 0.17, h * 0.05, x.lit('#4f8a3f', 0.25)));
  }
  // pickers
  for (let i = 0; i < x.int(2, 5); i++) {
    const px = cx + x.rand(-550, 550);
    const py = front(px) + x.rand(100, 300);
    if (py > H - 10) continue;
    person(x, px, py, 70 + (py - fTop) * 0.3, { shirt: x.pick(['#d8453b', '#3a6fb0', '#e86f8a', '#f0a030']), pants: '#2a2a35', hat: 'conical', carry: 'basket' });
  }
}

function sceneBridge(x: Ctx): void {
  const hz = 570;
  sky(x, hz);
  birds(x, x.int(2, 6), 200, 1400, 120, 280);
  hills(x, 545, 40, '#7892b5', 0.5);
  if (x.chance(0.6)) {
    let X = x.rand(-20, 300);
    const end = X + x.rand(500, 900);
    while (X < end) {
      const w = x.rand(40, 80);
      const h = x.rand(40, 160);
      x.add(rect(X, 575 - h, w, h, x.c('#98a8ba', 0.4)));
      X += w + x.rand(0, 15);
    }
  }
  x.add(rect(-10, 560, W + 20, 26, x.c('#6f9a55', 0.25)));
  const wy = 584;
  x.add(rect(-10, wy, W + 20, H - wy + 10, x.lin([[0, mix(x.p.skyBottom, x.c(x.p.water), 0.45)], [1, x.p.waterDeep]])));
  const kind = x.pick(['arch', 'cable', 'suspension'] as const);
  const deckY = x.rand(440, 500);
  const deckC = x.c(x.pick(['#d8d4ca', '#c9c5bd', '#e2dccf']));
  const steel = x.c(x.pick(['#c8372d', '#2f7f9f', '#f2f2ee', '#e08a2a']));
  const g: string[] = [];
  const seg = (d: string, col: string, w: number) => g.push(stroke(d, col, w, 'stroke-linecap="butt"'));
  // piers
  const piers: number[] = [];
  if (kind === 'suspension') piers.push(x.rand(280, 420), x.rand(1180, 1320));
  else if (kind === 'cable') piers.push(x.rand(500, 1100));
  else piers.push(x.rand(200, 300), x.rand(760, 840), x.rand(1300, 1400));
  for (const px of piers) g.push(rect(px - 20, deckY + 20, 40, wy - deckY - 10, x.dark('#c9c5bd', 0.15)));
  if (kind === 'arch') {
    for (let i = 0; i < piers.length - 1; i++) {
      const a = piers[i];
      const b = piers[i + 1];
      const apex = deckY - x.rand(140, 200);
      seg(`M${f(a)},${f(deckY)}Q${f((a + b) / 2)},${f(2 * apex - deckY)} ${f(b)},${f(deckY)}`, steel, 16);
      let hangers = '';
      for (let k = 1; k < 14; k++) {
        const t = k / 14;
        const hx = a + (b - a) * t;
        const hy = (1 - t) * (1 - t) * deckY + 2 * t * (1 - t) * (2 * apex - deckY) + t * t * deckY;
        hangers += `M${f(hx)},${f(hy)}L${f(hx)},${f(deckY)}`;
      }
      seg(hangers, steel, 4);
    }
  } else if (kind === 'cable') {
    const px = piers[0];
    const topY = deckY - x.rand(260, 330);
    seg(`M${f(px - 30)},${f(deckY + 20)}L${f(px - 6)},${f(topY)}M${f(px + 30)},${f(deckY + 20)}L${f(px + 6)},${f(topY)}`, x.lit('#d0ccc4', 0.1), 16);
    let cables = '';
    for (let k = 1; k <= 12; k++) {
      const ax = topY + 20 + k * 6;
      cables += `M${f(px)},${f(ax)}L${f(px - k * 55)},${f(deckY)}M${f(px)},${f(ax)}L${f(px + k * 55)},${f(deckY)}`;
    }
    seg(cables, steel, 2.5);
  } else {
    const [a, b] = piers;
    const topY = deckY - x.rand(200, 250);
    for (const px of piers) seg(`M${f(px - 14)},${f(deckY + 20)}L${f(px - 14)},${f(topY)}M${f(px + 14)},${f(deckY + 20)}L${f(px + 14)},${f(topY)}M${f(px - 14)},${f(topY + 20)}L${f(px + 14)},${f(topY + 20)}M${f(px - 14)},${f(deckY - 60)}L${f(px + 14)},${f(deckY - 60)}`, steel, 12);
    const sag = deckY - 20;
    const ctrlY = 2 * sag - topY;
    seg(`M${f(-50)},${f(deckY)}Q${f(a * 0.6)},${f(topY + 40)} ${f(a)},${f(topY)}Q${f((a + b) / 2)},${f(ctrlY)} ${f(b)},${f(topY)}Q${f(b + (W - b) * 0.4)},${f(topY + 40)} ${f(W + 50)},${f(deckY)}`, steel, 5);
    let hangers = '';
    for (let k = 1; k < 24; k++) {
      const t = k / 24;
      const hx = a + (b - a) * t;
      const hy = (1 - t) * (1 - t) * topY + 2 * t * (1 - t) * ctrlY + t * t * topY;
      hangers += `M${f(hx)},${f(hy)}L${f(hx)},${f(deckY)}`;
    }
    seg(hangers, steel, 2);
  }
  // deck and railing
  g.push(rect(-20, deckY, W + 40, 22, deckC));
  g.push(rect(-20, deckY + 18, W + 40, 6, mix(deckC, x.p.shade, 0.35)));
  g.push(rect(-20, deckY - 10, W + 40, 3, mix(deckC, x.p.shade, 0.2)));
  const bid = x.id('b');
  x.defs.push(`<g id="${bid}">${g.join('')}</g>`);
  // reflection
  const wclip = x.clip(rect(0, wy, W, H - wy, '#000'));
  x.add(`<g ${wclip}><use href="#${bid}" transform="translate(0,${f(2 * wy + 20)}) scale(1,-1)" opacity="0.28"/></g>`);
  x.add(`<use href="#${bid}"/>`);
  // vehicles on the deck
  for (let i = 0; i < x.int(3, 8); i++) {
    const vx = x.rand(0, W);
    const vw = x.rand(26, 44);
    x.add(rect(vx, deckY - 14, vw, 13, x.c(x.pick(['#d8453b', '#f2f2f2', '#2f7fb8', '#e0b030', '#333840'])), 'rx="4"'));
  }
  // ripples
  let rip = '';
  for (let i = 0; i < 60; i++) {
    const ry = x.rand(wy + 10, H);
    const rx = x.rand(0, W);
    const len = 10 + ((ry - wy) / (H - wy)) * 60;
    rip += `M${f(rx)},${f(ry)}L${f(rx + len)},${f(ry)}`;
  }
  x.add(stroke(rip, mix(x.p.skyBottom, '#ffffff', 0.3), 2.5, 'stroke-opacity="0.5"'));
  // boats
  for (let i = 0; i < x.int(1, 3); i++) {
    const by = x.rand(640, 900);
    const s = 20 + (by - wy) * 0.18;
    const bx = x.rand(100, W - 100);
    x.add(stroke(`M${f(bx + s)},${f(by + 2)}L${f(bx + s * 3)},${f(by + 8)}M${f(bx + s)},${f(by + 4)}L${f(bx + s * 3)},${f(by - 2)}`, '#ffffff', 2, 'stroke-opacity="0.5"'));
    x.add(path(`M${f(bx - s)},${f(by - s * 0.25)}L${f(bx + s * 1.1)},${f(by - s * 0.25)}L${f(bx + s * 0.8)},${f(by)}L${f(bx - s * 0.8)},${f(by)}Z`, x.c(x.pick(['#3a5f8a', '#8a3a2a', '#2f6f4a']))));
    x.add(rect(bx - s * 0.5, by - s * 0.6, s * 0.8, s * 0.35, x.c('#f2f0e8')));
  }
  // near bank
  if (x.chance(0.6)) {
    const side = x.pick([-1, 1]);
    const x0 = side < 0 ? -50 : W + 50;
    const x1 = side < 0 ? x.rand(300, 450) : W - x.rand(300, 450);
    x.add(path(`M${f(x0)},${f(800)}Q${f((x0 + x1) / 2)},${f(790)} ${f(x1)},${f(H + 10)}L${f(x0)},${f(H + 10)}Z`, x.c('#6f9f4a')));
    for (let i = 0; i < 3; i++) roundTree(x, x0 + (x1 - x0) * x.rand(0.1, 0.4), x.rand(850, 960), x.rand(200, 280), x.pick(['#3f7f3a', '#4f8f3a']));
  }
}

function sceneMeetingHall(x: Ctx): void {
  const hz = 660;
  sky(x, hz);
  hills(x, 600, 40, '#7e9fb8', 0.5);
  for (let i = 0; i < 14; i++) roundTree(x, x.rand(-50, W + 50), 690, x.rand(130, 200), x.pick(['#3f7f3a', '#4f8f3a', '#356f40']), 0.15);
  const cx = 800 + x.rand(-120, 120);
  const bw = x.rand(880, 1020);
  const by = 700;
  const wall = x.c(x.pick(['#f3e6c4', '#f1ead8', '#f2dca0']));
  const colC = x.lit('#fbf8f0', 0.1);
  const colShade = x.dark('#fbf8f0', 0.18);
  const top = by - 280;
  // wings
  x.add(rect(cx - bw / 2, top + 30, bw, 250, wall));
  x.add(rect(cx - bw / 2 - 8, top + 18, bw + 16, 16, x.lit('#f6f0e0', 0.1)));
  const glass = x.night ? '#ffd9a0' : x.c('#5f7f95');
  for (const e of [-1, 1]) {
    for (let k = 0; k < 4; k++) {
      const wx = cx + e * (230 + k * ((bw / 2 - 260) / 4)) - 20;
      x.add(rect(wx, top + 80, 40, 90, glass, 'rx="18"'), rect(wx, top + 200, 40, 60, glass));
    }
  }
  // portico
  const pw = x.rand(380, 460);
  const nCols = x.pick([6, 8]);
  x.add(rect(cx - pw / 2, top - 10, pw, 290, mix(wall, x.p.shade, 0.12)));
  x.add(rect(cx - pw / 2 + 40, top + 120, pw - 80, 160, x.dark('#6a5a48', 0.3)));
  for (let k = 0; k < 3; k++) x.add(rect(cx - 90 + k * 65, top + 170, 50, 110, x.night ? '#ffcf70' : x.c('#8a6a48')));
  for (let k = 0; k < nCols; k++) {
    const colX = cx - pw / 2 + 14 + (k * (pw - 28 - 24)) / (nCols - 1);
    x.add(rect(colX, top + 40, 24, 240, colC));
    x.add(rect(colX + (x.side < 0 ? 14 : 0), top + 40, 10, 240, colShade));
    x.add(rect(colX - 4, top + 34, 32, 8, colC), rect(colX - 4, top + 274, 32, 8, colC));
  }
  x.add(rect(cx - pw / 2 - 10, top - 10, pw + 20, 50, x.lit('#f6f0e0', 0.05)));
  x.add(rect(cx - pw / 2 + 30, top, pw - 60, 26, x.c('#c8261e')));
  x.add(stroke(`M${f(cx - pw / 2 + 34)},${f(top + 4)}L${f(cx + pw / 2 - 34)},${f(top + 4)}M${f(cx - pw / 2 + 34)},${f(top + 22)}L${f(cx + pw / 2 - 34)},${f(top + 22)}`, x.c('#f2c230'), 2));
  if (x.chance(0.5)) {
    x.add(poly([[cx - pw / 2 - 20, top - 10], [cx, top - 110], [cx + pw / 2 + 20, top - 10]], x.lit('#f6f0e0', 0.1)));
    x.add(poly([[cx - pw / 2 + 30, top - 18], [cx, top - 92], [cx + pw / 2 - 30, top - 18]], mix(wall, x.p.shade, 0.1)));
    x.add(circle(cx, top - 48, 22, x.c('#e0b030')), poly(starPts(cx, top - 48, 14), x.c('#c8261e')));
  } else {
    x.add(rect(cx - pw / 2 + 20, top - 60, pw - 40, 52, x.lit('#f6f0e0', 0.05)));
    x.add(circle(cx, top - 34, 22, x.c('#e0b030')), poly(starPts(cx, top - 34, 14), x.c('#c8261e')));
  }
  // roof flags
  flagPole(x, cx + x.pick([-1, 1]) * (bw / 2 - 60), top + 20, top - 140, 80);
  // steps
  for (let k = 0; k < 5; k++) {
    const sw = pw + 40 + k * 40;
    x.add(rect(cx - sw / 2, by + k * 14, sw, 14, k % 2 ? x.c('#d8d2c4') : x.c('#e8e2d4')));
  }
  // plaza with paving lines
  const py = by + 70;
  x.add(rect(-10, by, W + 20, H - by + 10, x.lin([[0, x.c('#bcc9a0')], [1, x.c('#94b070')]])));
  x.add(path(`M${f(cx - pw / 2 - 100)},${f(py)}L${f(cx + pw / 2 + 100)},${f(py)}L${f(cx + 900)},${f(H + 10)}L${f(cx - 900)},${f(H + 10)}Z`, x.lin([[0, x.c('#e2dccf')], [1, x.c('#cfc7b6')]])));
  let joints = '';
  for (let k = -8; k <= 8; k++) joints += `M${f(cx + k * ((pw + 200) / 16))},${f(py)}L${f(cx + k * (1800 / 16))},${f(H + 10)}`;
  for (let k = 1; k < 6; k++) {
    const t = Math.pow(k / 6, 1.5);
    const yy = py + (H - py) * t;
    const hw = (pw / 2 + 100) + (900 - pw / 2 - 100) * t;
    joints += `M${f(cx - hw)},${f(yy)}L${f(cx + hw)},${f(yy)}`;
  }
  x.add(stroke(joints, x.dark('#cfc7b6', 0.15), 1.5, 'stroke-opacity="0.7"'));
  // flower beds
  for (const e of [-1, 1]) {
    const fx = cx + e * x.rand(560, 680);
    x.add(ellipse(fx, 850, 170, 40, x.c('#4f8a3a')));
    let d = '';
    for (let i = 0; i < 40; i++) {
      const a = x.rand(0, Math.PI * 2);
      const r = Math.sqrt(x.rnd());
      const px = fx + Math.cos(a) * r * 150;
      const pyy = 848 + Math.sin(a) * r * 32;
      d += `M${f(px - 5)},${f(pyy)}a5,5 0 1,0 10,0a5,5 0 1,0 -10,0`;
    }
    x.add(path(d, x.c(x.pick(['#e8432a', '#f5c030', '#e86f9a']))));
    palm(x, fx + e * 230, 900, x.rand(300, 380));
  }
  // lamp posts
  for (const e of [-1, 1]) {
    const lx = cx + e * (pw / 2 + 160);
    x.add(rect(lx - 4, by - 100, 8, 190, x.c('#3a3f48')));
    x.add(circle(lx, by - 106, 12, x.night || x.p.time === 'evening' ? '#fff0b0' : x.c('#f2f2ea')));
  }
  const np = x.int(2, 6);
  for (let i = 0; i < np; i++) {
    const pyy = x.rand(800, 980);
    person(x, cx + x.rand(-500, 500), pyy, 70 + (pyy - 780) * 0.45, { shirt: x.pick(['#ffffff', '#3a6fb0', '#e86f8a', '#f2f2f2']), pants: x.pick(['#2a2a35', '#4a5a7a']), hat: 'hair' });
  }
}

function haystack(x: Ctx, hx: number, by: number, s: number): void {
  const c = x.c('#e0b550');
  shadow(x, hx, by, 110 * s, 16 * s);
  x.add(path(`M${f(hx - 100 * s)},${f(by)}Q${f(hx - 105 * s)},${f(by - 120 * s)} ${f(hx)},${f(by - 190 * s)}Q${f(hx + 105 * s)},${f(by - 120 * s)} ${f(hx + 100 * s)},${f(by)}Z`, c));
  x.add(path(`M${f(hx + x.side * 100 * s)},${f(by)}Q${f(hx + x.side * 105 * s)},${f(by - 120 * s)} ${f(hx)},${f(by - 190 * s)}Q${f(hx + x.side * 50 * s)},${f(by - 110 * s)} ${f(hx + x.side * 30 * s)},${f(by)}Z`, x.lit('#f0cd6a', 0.3)));
  let str = '';
  for (let k = 1; k < 4; k++) str += `M${f(hx - (100 - k * 12) * s)},${f(by - k * 40 * s)}Q${f(hx)},${f(by - k * 40 * s + 18 * s)} ${f(hx + (100 - k * 12) * s)},${f(by - k * 40 * s)}`;
  x.add(stroke(str, x.dark('#c89a3a', 0.15), 3 * s, 'stroke-opacity="0.6"'));
  x.add(rect(hx - 4 * s, by - 230 * s, 8 * s, 45 * s, x.c('#7a5a3a')));
}

function sceneHarvest(x: Ctx): void {
  const hz = 560;
  sky(x, hz);
  birds(x, x.int(3, 8), 200, 1400, 130, 300);
  hills(x, 530, 40, '#7a94b6', 0.5);
  // tree line on the far field edge
  for (let X = -30; X < W + 30; X += x.rand(30, 60)) {
    if (x.chance(0.25)) palm(x, X, 572, x.rand(90, 130), 0.3);
    else roundTree(x, X, 572, x.rand(60, 100), x.pick(['#4f7f3a', '#3f7040']), 0.3);
  }
  const gold = x.pick(['#e3bd4a', '#d9b040', '#e8c860']);
  const vx = x.rand(500, 1100);
  x.add(rect(-10, 565, W + 20, H, x.lin([[0, x.c(gold, 0.15)], [1, x.dark(gold, 0.1)]])));
  // harvested stubble patch
  const sx = x.rand(-200, 600);
  x.add(path(`M${f(sx + 300)},${f(580)}L${f(sx + 700)},${f(580)}L${f(sx + 1300)},${f(H + 10)}L${f(sx - 200)},${f(H + 10)}Z`, x.lin([[0, x.c('#d8c088', 0.15)], [1, x.c('#c8a868')]])));
  let rows = '';
  for (let k = -30; k <= 30; k++) rows += `M${f(vx + k * 18)},${f(570)}L${f(vx + k * 140)},${f(H + 10)}`;
  x.add(stroke(rows, x.dark(gold, 0.25), 2, 'stroke-opacity="0.35"'));
  // near rice texture
  let ears = '';
  for (let i = 0; i < 90; i++) {
    const ex = x.rand(0, W);
    const ey = x.rand(820, H);
    const s = 6 + (ey - 820) * 0.08;
    ears += `M${f(ex)},${f(ey)}Q${f(ex + s * 0.3)},${f(ey - s * 1.6)} ${f(ex + s * 1.1)},${f(ey - s * 1.8)}`;
  }
  x.add(stroke(ears, x.dark(gold, 0.3), 2.5, 'stroke-opacity="0.6"'));
  // haystacks, far to near
  const stacks: Pt[] = [];
  for (let i = 0; i < x.int(3, 6); i++) stacks.push([x.rand(80, W - 80), x.rand(610, 900)]);
  stacks.sort((a, b) => a[1] - b[1]);
  const figures: { y: number; draw: () => void }[] = [];
  for (const [hx, hy] of stacks) figures.push({ y: hy, draw: () => haystack(x, hx, hy, 0.25 + (hy - 580) * 0.0028) });
  // sheaves
  for (let i = 0; i < x.int(5, 10); i++) {
    const shx = x.rand(60, W - 60);
    const shy = x.rand(640, 960);
    const s = 0.3 + (shy - 580) * 0.0025;
    figures.push({
      y: shy,
      draw: () => {
        x.add(path(`M${f(shx - 30 * s)},${f(shy)}L${f(shx - 8 * s)},${f(shy - 70 * s)}L${f(shx - 20 * s)},${f(shy - 95 * s)}L${f(shx + 20 * s)},${f(shy - 95 * s)}L${f(shx + 8 * s)},${f(shy - 70 * s)}L${f(shx + 30 * s)},${f(shy)}Z`, x.lit(gold, 0.1)));
        x.add(rect(shx - 10 * s, shy - 62 * s, 20 * s, 8 * s, x.c('#8a6a3a')));
      },
    });
  }
  for (let i = 0; i < x.int(3, 6); i++) {
    const py = x.rand(650, 960);
    const px = x.rand(100, W - 100);
    const h = 50 + (py - 580) * 0.42;
    const kind = x.rnd();
    figures.push({
      y: py,
      draw: () =>
        person(x, px, py, h, {
          shirt: x.pick(['#3a5f9a', '#7a3a5a', '#c24a3a', '#5a7a3a', '#f2f2f2']),
          pants: '#2a2a35',
          hat: 'conical',
          bend: kind < 0.55 ? x.rand(35, 60) * x.pick([-1, 1]) : 0,
          carry: kind > 0.8 ? 'pole' : 'none',
        }),
    });
  }
  figures.sort((a, b) => a.y - b.y);
  for (const fig of figures) fig.draw();
}

const DRAWERS: Record<SceneKind, (x: Ctx) => void> = {
  mountains: sceneMountains,
  'rice-terraces': sceneRiceTerraces,
  river: sceneRiver,
  city: sceneCity,
  school: sceneSchool,
  stadium: sceneStadium,
  market: sceneMarket,
  hospital: sceneHospital,
  festival: sceneFestival,
  forest: sceneForest,
  'tea-hills': sceneTeaHills,
  bridge: sceneBridge,
  'meeting-hall': sceneMeetingHall,
  harvest: sceneHarvest,
  road: sceneRoad,
};

/** Every scene kind that renderScene can draw. */
export const sceneKinds: readonly SceneKind[] = Object.keys(DRAWERS) as SceneKind[];

/** The SVG source of a scene illustration (exposed for debugging and tests). */
export function sceneSvg(scene: SceneKind, seed: number, width = 1600, height = 1000): string {
  const draw = DRAWERS[scene];
  if (!draw) throw new Error(`unknown scene: ${String(scene)}`);
  const rnd = mulberry32((Math.floor(seed) ^ hashString(scene)) >>> 0);
  // Warm up the generator so nearby seeds diverge quickly.
  for (let i = 0; i < 4; i++) rnd();
  const times: TimeOfDay[] = scene === 'festival' ? ['evening', 'night', 'night'] : ['morning', 'noon', 'evening'];
  const time = times[Math.floor(rnd() * times.length)];
  const x = new Ctx(rnd, PALETTES[time]);
  draw(x);
  return x.svg(width, height);
}

/**
 * Draws a scene as an original flat-style illustration and returns it as a JPEG of exactly
 * width×height pixels. The same scene and seed always give the same bytes.
 */
export async function renderScene(scene: SceneKind, seed: number, width = 1600, height = 1000): Promise<Buffer> {
  const w = Math.max(1, Math.round(width));
  const h = Math.max(1, Math.round(height));
  const svg = sceneSvg(scene, seed, w, h);
  const sharp = await loadSharp();
  return sharp(Buffer.from(svg))
    .resize(w, h, { fit: 'cover' })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}
