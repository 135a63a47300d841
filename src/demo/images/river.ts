import { birds, Ctx, f, grassTufts, H, hills, line, mist, mix, mountains, palm, path, person, rect, roundTree, sky, stroke, W, winding } from './draw.js';

export function sceneRiver(x: Ctx): void {
  const hz = 540;
  sky(x, hz);
  birds(x, x.int(2, 6), 300, 1300, 160, 320);
  mountains(x, 520, 100, 230, '#7892b5', 0.5, x.int(5, 8));
  mist(x, 535, 60, 0.7);
  hills(x, 575, 30, '#6f9e55', 0.2);
  const ground = '#7fae58';
  x.add(
    rect(
      -10,
      590,
      W + 20,
      H - 580,
      x.lin([
        [0, x.c(ground, 0.15)],
        [1, x.dark(ground, 0.15)],
      ]),
    ),
  );
  const r = winding(x, 590, H + 40, x.rand(500, 1100), x.rand(200, 320), 8, x.rand(900, 1200), 1.8);
  x.add(path(r.d, x.c('#d8c28a'), `stroke="${x.c('#d8c28a')}" stroke-width="22" stroke-linejoin="round"`));
  x.add(
    path(
      r.d,
      x.lin([
        [0, mix(x.p.skyBottom, x.p.water, 0.3)],
        [0.4, x.c(x.p.water)],
        [1, x.p.waterDeep],
      ]),
    ),
  );
  let rip = '';
  for (let i = 0; i < 34; i++) {
    const t = x.rand(0.1, 0.98);
    const q = r.at(t);
    const lx = q.cx + x.rand(-0.35, 0.35) * q.w;
    const len = 10 + q.w * x.rand(0.04, 0.1);
    rip += `M${f(lx - len / 2)},${f(q.y)}L${f(lx + len / 2)},${f(q.y)}`;
  }
  x.add(stroke(rip, mix(x.p.skyBottom, '#ffffff', 0.4), 2.5, 'stroke-opacity="0.6"'));
  // boat
  const bt = x.rand(0.45, 0.7);
  const bq = r.at(bt);
  const bs = 30 + bt * 110;
  const bx = bq.cx + x.rand(-0.2, 0.2) * bq.w;
  x.add(
    path(
      `M${f(bx - bs)},${f(bq.y - bs * 0.12)}Q${f(bx)},${f(bq.y + bs * 0.25)} ${f(bx + bs)},${f(bq.y - bs * 0.16)}Q${f(bx)},${f(bq.y + bs * 0.08)} ${f(bx - bs)},${f(bq.y - bs * 0.12)}Z`,
      x.c('#5a3f2a'),
    ),
  );
  x.add(path(`M${f(bx - bs * 0.35)},${f(bq.y - bs * 0.05)}Q${f(bx)},${f(bq.y - bs * 0.45)} ${f(bx + bs * 0.35)},${f(bq.y - bs * 0.05)}Z`, x.c('#8a6a3a')));
  person(x, bx + bs * 0.6, bq.y - bs * 0.08, bs * 0.8, { shirt: '#3a5f9a', pants: '#2a2a35', hat: 'conical' });
  x.add(line(bx + bs * 0.75, bq.y - bs * 0.6, bx + bs * 1.1, bq.y + bs * 0.2, x.c('#6a4a2a'), 3));
  // trees along both banks, back to front
  const ts = [0.08, 0.14, 0.22, 0.3, 0.4, 0.52, 0.66, 0.8];
  for (const t of ts) {
    const q = r.at(t);
    const s = 0.25 + t * 1.5;
    for (const e of [-1, 1]) {
      if (!x.chance(0.7)) continue;
      const tx = q.cx + e * (q.w / 2 + x.rand(30, 120) * s);
      if (x.chance(0.35)) palm(x, tx, q.y, 150 * s, 0.15 * (1 - t));
      else roundTree(x, tx, q.y, 130 * s, x.pick(['#3f7f3a', '#4f8f3a', '#2f6f45']), 0.15 * (1 - t));
    }
  }
  grassTufts(x, 30, 900, 990, '#6a9a4a');
}
