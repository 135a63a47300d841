import { circle, Ctx, f, flagPole, H, hills, mix, person, poly, rect, roundTree, sky, stroke, W } from './draw.js';

export function sceneSchool(x: Ctx): void {
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
  x.add(
    poly(
      [
        [bx - 40, top + 4],
        [bx + 30, top - 90],
        [bx + bw - 30, top - 90],
        [bx + bw + 40, top + 4],
      ],
      x.c('#c2563a'),
    ),
  );
  let tiles = '';
  for (let k = 1; k < 5; k++) tiles += `M${f(bx - 40 + k * 14)},${f(top + 4 - k * 19)}L${f(bx + bw + 40 - k * 14)},${f(top + 4 - k * 19)}`;
  x.add(stroke(tiles, x.dark('#c2563a', 0.25), 3, 'stroke-opacity="0.6"'));
  // central stair block with gable
  const cx = bx + bw * x.rand(0.4, 0.6);
  x.add(rect(cx - 75, top - 30, 150, floors * fh + 30, x.lit(wall, 0.1)));
  x.add(
    poly(
      [
        [cx - 95, top - 26],
        [cx, top - 120],
        [cx + 95, top - 26],
      ],
      x.c('#b24a32'),
    ),
  );
  x.add(circle(cx, top + 20, 26, x.c('#d8261e')), circle(cx, top + 20, 18, x.c('#f5d76a')));
  for (let fl = 0; fl < floors; fl++) x.add(rect(cx - 35, by - (fl + 1) * fh + 40, 70, 50, x.c('#4f8fa8')));
  x.add(rect(cx - 40, by - 70, 80, 70, x.dark('#3f4f5a', 0.1)));
  // schoolyard
  x.add(
    rect(
      -10,
      by,
      W + 20,
      H - by + 10,
      x.lin([
        [0, x.c('#d8d0c0')],
        [1, x.c('#b8ae9c')],
      ]),
    ),
  );
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
    person(x, x.rand(100, W - 100), py, h, {
      shirt: '#ffffff',
      pants: x.pick(['#2f4f8f', '#2a2f45']),
      hat: x.chance(0.3) ? 'cap' : 'hair',
      dress: x.chance(0.4),
    });
  }
}
