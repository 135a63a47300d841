import {
  birds,
  Ctx,
  f,
  grassTufts,
  H,
  hills,
  mist,
  mix,
  mountains,
  pairs,
  path,
  type Pt,
  rect,
  ridgePts,
  roundTree,
  scooter,
  sky,
  smooth,
  stroke,
  W,
  winding,
} from './draw.js';

export function sceneRoad(x: Ctx): void {
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
  x.add(
    path(
      `${smooth(ridgePts((X) => g(X) + 70))}L${W + 100},${H + 20}L-100,${H + 20}Z`,
      x.lin([
        [0, x.c(fieldCol)],
        [1, x.dark(fieldCol, 0.12)],
      ]),
    ),
  );
  const rd = winding(x, y0, H + 40, startX, x.rand(250, 380), 6, x.rand(700, 900), 1.7, 1.2);
  x.add(path(rd.d, x.c('#c9b48a'), `stroke="${x.c('#c9b48a')}" stroke-width="26" stroke-linejoin="round"`));
  x.add(
    path(
      rd.d,
      x.lin([
        [0, x.c('#8a8f98', 0.2)],
        [1, x.c('#4d525c')],
      ]),
    ),
  );
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
  for (const [[ax, ay], [bx, by]] of pairs(poles)) {
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
