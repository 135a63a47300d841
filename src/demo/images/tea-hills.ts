import { Ctx, ellipse, f, H, hills, mist, mountains, pairs, path, person, type Pt, rect, ridgePts, sky, smooth, stroke, W } from './draw.js';

export function sceneTeaHills(x: Ctx): void {
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
      const last = all.findLastIndex((q) => q[1] < H + 20);
      const pts = all.slice(Math.max(0, first - 1), Math.min(all.length, last + 2));
      const [start] = pts;
      if (start === undefined || pts.length < 2) continue;
      let d = `M${f(start[0])},${f(start[1])}`;
      let h2 = d;
      for (const [[ax, ay], [bx, by]] of pairs(pts)) {
        const seg = `Q${f((ax + bx) / 2)},${f((ay + by) / 2 - thick * 0.9)} ${f(bx)},${f(by)}`;
        d += seg;
        h2 += seg;
      }
      for (const [px, py] of pts.toReversed()) d += `L${f(px)},${f(py + thick)}`;
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
    x.add(
      ellipse(tx, ty - h, h * 0.3, h * 0.1, x.c('#3f7a35')),
      ellipse(tx + x.side * h * 0.06, ty - h - h * 0.03, h * 0.17, h * 0.05, x.lit('#4f8a3f', 0.25)),
    );
  }
  // pickers
  for (let i = 0; i < x.int(2, 5); i++) {
    const px = cx + x.rand(-550, 550);
    const py = front(px) + x.rand(100, 300);
    if (py > H - 10) continue;
    person(x, px, py, 70 + (py - fTop) * 0.3, {
      shirt: x.pick(['#d8453b', '#3a6fb0', '#e86f8a', '#f0a030']),
      pants: '#2a2a35',
      hat: 'conical',
      carry: 'basket',
    });
  }
}
