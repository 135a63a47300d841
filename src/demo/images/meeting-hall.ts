import { circle, Ctx, ellipse, f, flagPole, H, hills, mix, palm, path, person, poly, rect, roundTree, sky, starPts, stroke, W } from './draw.js';

export function sceneMeetingHall(x: Ctx): void {
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
  x.add(
    stroke(
      `M${f(cx - pw / 2 + 34)},${f(top + 4)}L${f(cx + pw / 2 - 34)},${f(top + 4)}M${f(cx - pw / 2 + 34)},${f(top + 22)}L${f(cx + pw / 2 - 34)},${f(top + 22)}`,
      x.c('#f2c230'),
      2,
    ),
  );
  if (x.chance(0.5)) {
    x.add(
      poly(
        [
          [cx - pw / 2 - 20, top - 10],
          [cx, top - 110],
          [cx + pw / 2 + 20, top - 10],
        ],
        x.lit('#f6f0e0', 0.1),
      ),
    );
    x.add(
      poly(
        [
          [cx - pw / 2 + 30, top - 18],
          [cx, top - 92],
          [cx + pw / 2 - 30, top - 18],
        ],
        mix(wall, x.p.shade, 0.1),
      ),
    );
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
  x.add(
    rect(
      -10,
      by,
      W + 20,
      H - by + 10,
      x.lin([
        [0, x.c('#bcc9a0')],
        [1, x.c('#94b070')],
      ]),
    ),
  );
  x.add(
    path(
      `M${f(cx - pw / 2 - 100)},${f(py)}L${f(cx + pw / 2 + 100)},${f(py)}L${f(cx + 900)},${f(H + 10)}L${f(cx - 900)},${f(H + 10)}Z`,
      x.lin([
        [0, x.c('#e2dccf')],
        [1, x.c('#cfc7b6')],
      ]),
    ),
  );
  let joints = '';
  for (let k = -8; k <= 8; k++) joints += `M${f(cx + k * ((pw + 200) / 16))},${f(py)}L${f(cx + k * (1800 / 16))},${f(H + 10)}`;
  for (let k = 1; k < 6; k++) {
    const t = Math.pow(k / 6, 1.5);
    const yy = py + (H - py) * t;
    const hw = pw / 2 + 100 + (900 - pw / 2 - 100) * t;
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
    person(x, cx + x.rand(-500, 500), pyy, 70 + (pyy - 780) * 0.45, {
      shirt: x.pick(['#ffffff', '#3a6fb0', '#e86f8a', '#f2f2f2']),
      pants: x.pick(['#2a2a35', '#4a5a7a']),
      hat: 'hair',
    });
  }
}
