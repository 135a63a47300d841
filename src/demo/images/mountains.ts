import { birds, Ctx, hills, mist, mountains, pine, poly, rect, sky, W } from './draw.js';

export function sceneMountains(x: Ctx): void {
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
    x.add(
      poly(
        [
          [hx - 80 * s, hy - 70 * s],
          [hx - 45 * s, hy - 120 * s],
          [hx + 45 * s, hy - 120 * s],
          [hx + 80 * s, hy - 70 * s],
        ],
        x.c('#6a4a35'),
      ),
    );
    x.add(
      poly(
        [
          [hx + x.side * 80 * s, hy - 70 * s],
          [hx + x.side * 45 * s, hy - 120 * s],
          [hx + x.side * 10 * s, hy - 120 * s],
          [hx + x.side * 30 * s, hy - 70 * s],
        ],
        x.lit('#6a4a35', 0.2),
      ),
    );
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
