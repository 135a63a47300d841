import { circle, Ctx, ellipse, f, H, hills, mix, path, type Pt, rect, roundTree, sky, smooth, stroke, W } from './draw.js';

export function sceneStadium(x: Ctx): void {
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
  x.add(
    rect(
      -10,
      305,
      W + 20,
      H,
      x.lin([
        [0, x.c(grass, 0.25)],
        [1, x.c(grass)],
      ]),
    ),
  );
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
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 2; j++) x.add(rect(tx - 28 + i * 20, ty - h - 34 + j * 19, 16, 14, x.night || x.p.time === 'evening' ? '#fff6c8' : x.c('#e8eef2')));
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
  for (const [k, col] of crowdCols.entries()) {
    const d = crowd[k];
    if (d) x.add(path(d, col));
  }
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
