import { circle, Ctx, ellipse, f, H, hills, path, person, rect, roundTree, sky, stroke, W } from './draw.js';

export function sceneHospital(x: Ctx): void {
  const hz = 660;
  sky(x, hz);
  hills(x, 600, 50, '#7e9fb8', 0.5);
  for (let i = 0; i < 14; i++) roundTree(x, x.rand(-50, W + 50), 700, x.rand(120, 200), x.pick(['#3f7f3a', '#4f8f3a', '#356f40']), 0.15);
  const cx = x.rand(620, 980);
  const by = 740;
  const white = '#f4f4f0';
  const glass = x.night ? '#ffd9a0' : x.c(x.pick(['#6fa8c8', '#5f9ab8', '#7ab8c0']));
  const trim = x.c(x.pick(['#3f8fa8', '#3a9a7a', '#4a78b8']));
  const block = (x0: number, w: number, floors: number, fh: number) => {
    const top = by - floors * fh;
    x.add(rect(x0, top, w, floors * fh, x.lit(white, 0.05)));
    x.add(rect(x0 + (x.side < 0 ? w - 16 : 0), top, 16, floors * fh, x.dark(white, 0.12)));
    for (let i = 0; i < floors; i++) {
      const fy = top + i * fh;
      x.add(rect(x0 + 14, fy + fh * 0.3, w - 28, fh * 0.45, glass));
      let mull = '';
      for (let k = x0 + 14 + 40; k < x0 + w - 14; k += 40) mull += `M${f(k)},${f(fy + fh * 0.3)}L${f(k)},${f(fy + fh * 0.75)}`;
      x.add(stroke(mull, x.c(white), 4, 'stroke-linecap="butt"'));
      x.add(rect(x0 - 4, fy + fh * 0.8, w + 8, 6, trim));
    }
    x.add(rect(x0 - 6, top - 12, w + 12, 14, x.c('#dcdcd6')));
    return top;
  };
  const wingF = x.int(3, 4);
  const mainF = x.int(5, 7);
  const ww = x.rand(300, 420);
  block(cx - 170 - ww + 20, ww, wingF, 62);
  block(cx + 150, ww, wingF, 62);
  const top = block(cx - 170, 340, mainF, 62);
  // cross sign on the main block
  const crossCol = x.c(x.pick(['#d8261e', '#2f9a4a']));
  x.add(rect(cx - 60, top - 140, 120, 120, x.c('#ffffff'), 'rx="10"'));
  x.add(rect(cx - 60, top - 20, 120, 20, x.c('#cfd3d6')));
  x.add(rect(cx - 14, top - 125, 28, 90, crossCol), rect(cx - 45, top - 94, 90, 28, crossCol));
  // entrance canopy
  x.add(rect(cx - 120, by - 95, 240, 20, x.c('#e8e8e2')));
  x.add(rect(cx - 110, by - 75, 10, 75, x.c('#cfcfca')), rect(cx + 100, by - 75, 10, 75, x.c('#cfcfca')));
  x.add(rect(cx - 70, by - 70, 140, 70, x.c('#5f8fa8')));
  x.add(rect(cx - 120, by - 95, 240, 6, crossCol));
  // grounds
  x.add(
    rect(
      -10,
      by,
      W + 20,
      H - by,
      x.lin([
        [0, x.c('#8fbf6a')],
        [1, x.c('#6f9f50')],
      ]),
    ),
  );
  x.add(path(`M${f(cx - 140)},${f(by)}L${f(cx + 140)},${f(by)}L${f(cx + 520)},${f(H + 10)}L${f(cx - 520)},${f(H + 10)}Z`, x.c('#d3d1ca')));
  x.add(rect(-10, by + 60, W + 20, 70, x.c('#c8c6be')));
  // ambulance
  const ax = x.pick([cx - 420, cx + 260]);
  const ay = by + 120;
  const as = x.rand(0.9, 1.1);
  x.add(ellipse(ax + 90 * as, ay + 4, 110 * as, 10 * as, x.p.shade, 'fill-opacity="0.22"'));
  x.add(
    path(
      `M${f(ax)},${f(ay - 10 * as)}L${f(ax)},${f(ay - 90 * as)}L${f(ax + 130 * as)},${f(ay - 90 * as)}L${f(ax + 155 * as)},${f(ay - 55 * as)}L${f(ax + 180 * as)},${f(ay - 45 * as)}L${f(ax + 180 * as)},${f(ay - 10 * as)}Z`,
      x.c('#fafafa'),
    ),
  );
  x.add(path(`M${f(ax + 132 * as)},${f(ay - 84 * as)}L${f(ax + 150 * as)},${f(ay - 56 * as)}L${f(ax + 132 * as)},${f(ay - 56 * as)}Z`, x.c('#5f8fa8')));
  x.add(rect(ax, ay - 45 * as, 180 * as, 10 * as, crossCol));
  x.add(rect(ax + 50 * as, ay - 82 * as, 12 * as, 32 * as, crossCol), rect(ax + 40 * as, ay - 72 * as, 32 * as, 12 * as, crossCol));
  x.add(rect(ax + 100 * as, ay - 100 * as, 20 * as, 10 * as, x.c('#2f6fd0')));
  x.add(circle(ax + 40 * as, ay - 8 * as, 17 * as, '#222222'), circle(ax + 145 * as, ay - 8 * as, 17 * as, '#222222'));
  x.add(circle(ax + 40 * as, ay - 8 * as, 7 * as, '#aaaaaa'), circle(ax + 145 * as, ay - 8 * as, 7 * as, '#aaaaaa'));
  // trees and people
  for (let i = 0; i < 3; i++) {
    const tx = x.pick([x.rand(20, cx - 560), x.rand(cx + 560, W - 10)]);
    roundTree(x, tx, x.rand(880, 960), x.rand(240, 320), x.pick(['#3f7f3a', '#4f8f3a']));
  }
  const np = x.int(3, 7);
  for (let i = 0; i < np; i++) {
    const py = x.rand(800, 980);
    const h = 80 + (py - 780) * 0.45;
    const doc = x.chance(0.35);
    person(x, cx + x.rand(-420, 420), py, h, {
      shirt: doc ? '#ffffff' : x.pick(['#e86f8a', '#3a6fb0', '#8a5aa8', '#e0a030']),
      pants: doc ? '#d8dde2' : '#2a2a35',
      hat: 'hair',
    });
  }
}
