import { birds, Ctx, f, H, mix, pairs, poly, rect, roundTree, scooter, shophouse, sky, stroke, W } from './draw.js';

export function sceneCity(x: Ctx): void {
  const hz = 720;
  sky(x, hz);
  birds(x, x.int(0, 6), 200, 1400, 120, 260);
  // far skyline
  let X = -20;
  while (X < W) {
    const w = x.rand(50, 120);
    const h = x.rand(140, 360);
    x.add(rect(X, 720 - h, w, h + 10, x.c('#8aa0b8', 0.55)));
    if (x.chance(0.2)) x.add(rect(X + w / 2 - 2, 720 - h - 40, 4, 40, x.c('#8aa0b8', 0.55)));
    X += w + x.rand(-10, 10);
  }
  // towers with windows
  const towers = x.int(6, 9);
  for (let i = 0; i < towers; i++) {
    const w = x.rand(110, 180);
    const h = x.rand(260, 480);
    const tx = (i + x.rand(0, 0.5)) * (W / towers) - 40;
    const by = 740;
    const base = x.pick(['#e8e1d5', '#c9d6df', '#f1d9b5', '#b8c8d8', '#d8c3a5', '#a9c2c9']);
    const fc = x.c(base, 0.18);
    x.add(rect(tx, by - h, w, h, fc));
    const sw = 24;
    x.add(
      poly(
        [
          [tx + (x.side < 0 ? w : 0), by - h],
          [tx + (x.side < 0 ? w + sw : -sw), by - h + 12],
          [tx + (x.side < 0 ? w + sw : -sw), by],
          [tx + (x.side < 0 ? w : 0), by],
        ],
        mix(fc, x.p.shade, 0.3),
      ),
    );
    const glass = x.c(x.pick(['#5f7f99', '#6f93a8', '#4f6f8a']), 0.2);
    const cols = Math.max(2, Math.floor(w / 34));
    const ww = (w - 16) / cols;
    for (let ry = by - h + 16; ry < by - 40; ry += 30) {
      if (x.chance(0.5)) {
        x.add(rect(tx + 8, ry, w - 16, 14, glass));
      } else {
        for (let c = 0; c < cols; c++) {
          const lit = x.night || x.p.time === 'evening' ? x.chance(0.35) : false;
          x.add(rect(tx + 8 + c * ww + 3, ry, ww - 6, 16, lit ? '#ffd37f' : glass));
        }
      }
    }
    x.add(rect(tx - 4, by - h - 8, w + 8, 10, mix(fc, '#ffffff', 0.3)));
  }
  // street
  x.add(rect(-10, 860, W + 20, H - 850, x.c('#6b6e75')));
  x.add(rect(-10, 860, W + 20, 22, x.c('#c9c2b4')));
  let lane = '';
  for (let lx = x.rand(-80, 0); lx < W; lx += 150) lane += `M${f(lx)},${f(950)}L${f(lx + 80)},${f(950)}`;
  x.add(stroke(lane, x.c('#f2f2f2'), 6, 'stroke-linecap="butt" stroke-opacity="0.8"'));
  // shophouses
  X = -30;
  const night = x.night || x.p.time === 'evening';
  while (X < W + 20) {
    const w = x.rand(85, 135);
    shophouse(x, X, 862, w, x.rand(240, 360), 0, night && x.chance(0.7));
    X += w;
  }
  // wires between poles
  const poleXs: number[] = [];
  for (let px = x.rand(60, 200); px < W; px += x.rand(320, 460)) poleXs.push(px);
  for (const px of poleXs) x.add(rect(px - 5, 560, 10, 320, x.c('#5d5a58')));
  let wd = '';
  for (let k = 0; k < 3; k++) {
    for (const [a, b] of pairs(poleXs)) {
      wd += `M${f(a)},${f(575 + k * 14)}Q${f((a + b) / 2)},${f(620 + k * 18)} ${f(b)},${f(575 + k * 14)}`;
    }
  }
  x.add(stroke(wd, x.c('#2f2f33'), 2, 'stroke-opacity="0.75"'));
  for (let i = 0; i < 3; i++) roundTree(x, x.rand(50, W - 50), 880, x.rand(170, 230), x.pick(['#3f7f3a', '#4f8f3a']));
  const ns = x.int(3, 6);
  for (let i = 0; i < ns; i++) scooter(x, x.rand(60, W - 60), x.rand(915, 990), x.rand(80, 100), x.pick([-1, 1]));
}
