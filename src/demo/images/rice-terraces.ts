import { Ctx, H, hills, mist, mix, mountains, path, person, poly, rect, ridgePts, roundTree, sky, smooth, stroke, W } from './draw.js';

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

export function sceneRiceTerraces(x: Ctx): void {
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
  const hy = top + 150 + 420 * ((hx - frontCx) / 950) ** 2;
  x.add(rect(hx - 45, hy - 55, 90, 55, x.c('#a27c52')));
  x.add(rect(hx - 12, hy - 38, 22, 38, x.dark('#4a3525', 0.2)));
  x.add(
    poly(
      [
        [hx - 65, hy - 50],
        [hx, hy - 105],
        [hx + 65, hy - 50],
      ],
      x.c('#8a6a3a'),
    ),
  );
  x.add(
    poly(
      [
        [hx + x.side * 65, hy - 50],
        [hx, hy - 105],
        [hx + x.side * 15, hy - 50],
      ],
      x.lit('#a8884a', 0.2),
    ),
  );
  const np = x.int(1, 4);
  for (let i = 0; i < np; i++) {
    const px = frontCx + x.rand(-500, 500);
    const u = (px - frontCx) / 950;
    const py = top + x.int(4, 11) * 28 * 1.15 + 420 * u * u + 15;
    if (py > H - 20) continue;
    person(x, px, py, x.rand(60, 80), {
      shirt: x.pick(['#3a5f9a', '#7a3a5a', '#2f2f3a', '#c24a3a']),
      pants: '#2a2a35',
      hat: 'conical',
      bend: x.chance(0.5) ? x.rand(25, 45) * x.pick([-1, 1]) : 0,
    });
  }
}
