import { circle, Ctx, cycle, ellipse, f, H, hills, line, mix, path, poly, type Pt, rect, sky, stroke, W } from './draw.js';

function lantern(x: Ctx, lx: number, ly: number, r: number, col: string, glow: boolean): void {
  if (glow)
    x.add(
      circle(
        lx,
        ly,
        r * 3,
        x.rad([
          [0, col, 0.55],
          [1, col, 0],
        ]),
      ),
    );
  x.add(line(lx, ly - r * 1.6, lx, ly - r * 0.7, '#333333', 2));
  x.add(ellipse(lx, ly, r, r * 0.85, col));
  x.add(ellipse(lx - r * 0.25, ly - r * 0.2, r * 0.45, r * 0.5, '#ffffff', 'fill-opacity="0.22"'));
  x.add(rect(lx - r * 0.45, ly - r * 0.95, r * 0.9, r * 0.22, '#e2b23a'), rect(lx - r * 0.45, ly + r * 0.75, r * 0.9, r * 0.22, '#e2b23a'));
  x.add(line(lx, ly + r * 0.95, lx, ly + r * 1.6, '#e2b23a', 2.5));
}

export function sceneFestival(x: Ctx): void {
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
      x.add(
        circle(
          fx,
          fy,
          130,
          x.rad([
            [0, col, 0.25],
            [1, col, 0],
          ]),
        ),
      );
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
  x.add(
    path(
      `M${f(hx - hw / 2 - 90)},${f(hy - 170)}Q${f(hx - hw / 2 - 110)},${f(hy - 200)} ${f(hx - hw / 2 - 130)},${f(hy - 215)}Q${f(hx - hw / 2 + 40)},${f(hy - 180)} ${f(hx - hw / 2 + 60)},${f(rTop)}L${f(hx + hw / 2 - 60)},${f(rTop)}Q${f(hx + hw / 2 - 40)},${f(hy - 180)} ${f(hx + hw / 2 + 130)},${f(hy - 215)}Q${f(hx + hw / 2 + 110)},${f(hy - 200)} ${f(hx + hw / 2 + 90)},${f(hy - 170)}Q${f(hx)},${f(hy - 135)} ${f(hx - hw / 2 - 90)},${f(hy - 170)}Z`,
      roof,
    ),
  );
  x.add(rect(hx - hw / 2 + 50, rTop - 10, hw - 100, 14, x.c('#7a5040')));
  x.add(path(`M${f(hx - 60)},${f(rTop - 4)}q20,-30 40,-8q20,-30 40,8Z`, x.c('#c89a3a')));
  // tall bamboo pole with streamers
  const px = x.pick([x.rand(120, 300), x.rand(W - 300, W - 120)]);
  x.add(rect(px - 5, 200, 10, hy + 60 - 200, x.c('#b8a060')));
  for (let i = 0; i < 5; i++) {
    const col = x.c(x.pick(['#d8261e', '#ffdd33', '#2f9a4a', '#2f6fd0', '#ff8a2a']));
    x.add(
      path(
        `M${f(px)},${f(210 + i * 12)}q${f(-60 + i * 25)},60 ${f(-30 + i * 15)},${f(150 + i * 10)}l6,0q${f(-20 + i * 10)},-90 ${f(34 - i * 15)},${f(-150 - i * 10)}Z`,
        col,
      ),
    );
  }
  // ground
  x.add(
    rect(
      -10,
      hy + 5,
      W + 20,
      H,
      x.lin([
        [0, x.c('#b8a488')],
        [1, x.c('#8f7e66')],
      ]),
    ),
  );
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
      x.add(poly([a, b, [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2 + 42]], cycle(palette, i + s * 3)));
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
    lantern(x, lx, yy, x.rand(22, 32), cycle(lcols, i), dark || x.p.time === 'evening');
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
      if (x.chance(0.12))
        d += `M${f(X + 20 * s)},${f(hy2 + 30 * s)}L${f(X + 40 * s)},${f(hy2 - 40 * s)}L${f(X + 52 * s)},${f(hy2 - 36 * s)}L${f(X + 34 * s)},${f(hy2 + 36 * s)}Z`;
    }
    x.add(path(d, col));
  }
}
