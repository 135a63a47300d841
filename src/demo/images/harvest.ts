import { birds, Ctx, f, H, hills, palm, path, person, type Pt, rect, roundTree, shadow, sky, stroke, W } from './draw.js';

function haystack(x: Ctx, hx: number, by: number, s: number): void {
  const c = x.c('#e0b550');
  shadow(x, hx, by, 110 * s, 16 * s);
  x.add(
    path(
      `M${f(hx - 100 * s)},${f(by)}Q${f(hx - 105 * s)},${f(by - 120 * s)} ${f(hx)},${f(by - 190 * s)}Q${f(hx + 105 * s)},${f(by - 120 * s)} ${f(hx + 100 * s)},${f(by)}Z`,
      c,
    ),
  );
  x.add(
    path(
      `M${f(hx + x.side * 100 * s)},${f(by)}Q${f(hx + x.side * 105 * s)},${f(by - 120 * s)} ${f(hx)},${f(by - 190 * s)}Q${f(hx + x.side * 50 * s)},${f(by - 110 * s)} ${f(hx + x.side * 30 * s)},${f(by)}Z`,
      x.lit('#f0cd6a', 0.3),
    ),
  );
  let str = '';
  for (let k = 1; k < 4; k++)
    str += `M${f(hx - (100 - k * 12) * s)},${f(by - k * 40 * s)}Q${f(hx)},${f(by - k * 40 * s + 18 * s)} ${f(hx + (100 - k * 12) * s)},${f(by - k * 40 * s)}`;
  x.add(stroke(str, x.dark('#c89a3a', 0.15), 3 * s, 'stroke-opacity="0.6"'));
  x.add(rect(hx - 4 * s, by - 230 * s, 8 * s, 45 * s, x.c('#7a5a3a')));
}

export function sceneHarvest(x: Ctx): void {
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
  x.add(
    rect(
      -10,
      565,
      W + 20,
      H,
      x.lin([
        [0, x.c(gold, 0.15)],
        [1, x.dark(gold, 0.1)],
      ]),
    ),
  );
  // harvested stubble patch
  const sx = x.rand(-200, 600);
  x.add(
    path(
      `M${f(sx + 300)},${f(580)}L${f(sx + 700)},${f(580)}L${f(sx + 1300)},${f(H + 10)}L${f(sx - 200)},${f(H + 10)}Z`,
      x.lin([
        [0, x.c('#d8c088', 0.15)],
        [1, x.c('#c8a868')],
      ]),
    ),
  );
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
        x.add(
          path(
            `M${f(shx - 30 * s)},${f(shy)}L${f(shx - 8 * s)},${f(shy - 70 * s)}L${f(shx - 20 * s)},${f(shy - 95 * s)}L${f(shx + 20 * s)},${f(shy - 95 * s)}L${f(shx + 8 * s)},${f(shy - 70 * s)}L${f(shx + 30 * s)},${f(shy)}Z`,
            x.lit(gold, 0.1),
          ),
        );
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
