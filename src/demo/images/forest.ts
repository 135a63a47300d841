import { Ctx, ellipse, f, grassTufts, H, mist, path, pine, rect, ridgeFn, ridgePts, roundTree, sky, smooth, W, winding } from './draw.js';

export function sceneForest(x: Ctx): void {
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
  x.add(
    rect(
      -10,
      720,
      W + 20,
      H,
      x.lin([
        [0, x.c(floor, 0.1)],
        [1, x.dark(floor, 0.2)],
      ]),
    ),
  );
  const pathW = winding(x, 725, H + 40, x.rand(600, 1000), x.rand(120, 220), 10, x.rand(380, 520), 1.6, 0.8);
  x.add(
    path(
      pathW.d,
      x.lin([
        [0, x.c('#c8ae7a', 0.1)],
        [1, x.c('#a88a5a')],
      ]),
    ),
  );
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
    x.add(
      path(
        `M${f(tx - w)},${f(H + 10)}Q${f(tx - w * 0.6)},${f(500)} ${f(tx - w * 0.5)},${f(-10)}L${f(tx + w * 0.5)},${f(-10)}Q${f(tx + w * 0.6)},${f(500)} ${f(tx + w)},${f(H + 10)}Z`,
        trunkC,
      ),
    );
    x.add(
      path(
        `M${f(tx + x.side * w * 0.2)},${f(H + 10)}Q${f(tx + x.side * w * 0.3)},${f(500)} ${f(tx + x.side * w * 0.25)},${f(-10)}L${f(tx + x.side * w * 0.5)},${f(-10)}Q${f(tx + x.side * w * 0.6)},${f(500)} ${f(tx + x.side * w)},${f(H + 10)}Z`,
        x.lit('#5a3f2a', 0.2),
      ),
    );
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
