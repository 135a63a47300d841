import { circle, Ctx, ellipse, f, H, mix, path, person, poly, type Pt, rect, shophouse, sky, stroke, W } from './draw.js';

function awningStall(x: Ctx, sx: number, by: number, w: number, s: number, fog: number): void {
  const c1 = x.c(x.pick(['#d8453b', '#2f7fb8', '#f0a030', '#3f9a5a', '#e86f8a', '#7a4fb0']), fog);
  const c2 = x.c('#fbf6ea', fog);
  const top = by - 250 * s;
  const ah = 55 * s;
  const over = 22 * s;
  const post = x.c('#6a5a4a', fog);
  x.add(rect(sx + 6 * s, top, 8 * s, 250 * s, post), rect(sx + w - 14 * s, top, 8 * s, 250 * s, post));
  x.add(rect(sx, top, w, 160 * s, mix(x.c('#6a5444', fog), x.p.shade, 0.35)));
  // vendor behind the counter
  person(x, sx + w * x.rand(0.3, 0.7), by - 30 * s, 140 * s, {
    shirt: x.pick(['#e86f8a', '#3a6fb0', '#f2f2f2', '#8a5aa8']),
    pants: '#2a2a35',
    hat: x.pick(['conical', 'hair'] as const),
    fog,
  });
  // counter
  x.add(rect(sx - 4 * s, by - 95 * s, w + 8 * s, 14 * s, x.c('#9a7048', fog)));
  x.add(rect(sx, by - 81 * s, w, 81 * s, x.c('#b58a5a', fog)));
  x.add(rect(sx, by - 81 * s, w, 8 * s, x.dark('#b58a5a', 0.25, fog)));
  // produce heaps
  const heaps = Math.max(2, Math.floor(w / (55 * s)));
  const hw = w / heaps;
  for (let k = 0; k < heaps; k++) {
    const col = x.c(x.pick(['#f08a24', '#e23b2e', '#7cc242', '#f5d130', '#8a3f8f', '#3f8a3a', '#f2a65a']), fog);
    const hx = sx + hw * (k + 0.5);
    x.add(ellipse(hx, by - 95 * s, hw * 0.46, 8 * s, x.c('#c9a46a', fog)));
    let d = '';
    const r = 8 * s;
    for (let row = 0; row < 3; row++) {
      const cnt = 4 - row;
      for (let i = 0; i < cnt; i++) {
        const ox = hx + (i - (cnt - 1) / 2) * r * 1.8;
        const oy = by - 100 * s - row * r * 1.5;
        d += `M${f(ox - r)},${f(oy)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0`;
      }
    }
    x.add(path(d, col));
    x.add(path(d, x.p.light, `fill-opacity="0.18" transform="translate(${f(x.side * r * 0.3)},${f(-r * 0.3)}) scale(1)"`));
  }
  // awning
  const stripes = Math.max(4, Math.round(w / (30 * s)));
  const L = sx - over;
  const R = sx + w + over;
  const sw = (R - L) / stripes;
  const tw = w / stripes;
  for (let k = 0; k < stripes; k++) {
    const col = k % 2 ? c2 : c1;
    x.add(
      poly(
        [
          [sx + k * tw, top],
          [sx + (k + 1) * tw, top],
          [L + (k + 1) * sw, top + ah],
          [L + k * sw, top + ah],
        ],
        col,
      ),
    );
    x.add(path(`M${f(L + k * sw)},${f(top + ah)}a${f(sw / 2)},${f(sw / 2.2)} 0 0,0 ${f(sw)},0Z`, col));
  }
}

export function sceneMarket(x: Ctx): void {
  const hz = 560;
  sky(x, hz, 0.7);
  let X = -30;
  while (X < W + 20) {
    const w = x.rand(85, 130);
    shophouse(x, X, 620, w, x.rand(250, 380), 0.35, false);
    X += w;
  }
  x.add(
    rect(
      -10,
      615,
      W + 20,
      H,
      x.lin([
        [0, x.c('#c9bba2')],
        [1, x.c('#a8987e')],
      ]),
    ),
  );
  const dim = x.p.time === 'evening' || x.night;
  // string of lights
  if (dim || x.chance(0.5)) {
    const y0 = x.rand(330, 380);
    let d = '';
    const bulbs: Pt[] = [];
    for (let k = 0; k < 4; k++) {
      const a = k * 420 - 50;
      const b = a + 420;
      d += `M${f(a)},${f(y0)}Q${f((a + b) / 2)},${f(y0 + 90)} ${f(b)},${f(y0)}`;
      for (let i = 1; i < 10; i++) {
        const t = i / 10;
        bulbs.push([a + (b - a) * t, y0 + 2 * t * (1 - t) * 90]);
      }
    }
    x.add(stroke(d, x.c('#333333'), 2));
    const bulb = dim ? '#ffe08a' : x.c('#fff2c0');
    for (const [bx, by] of bulbs) {
      if (dim)
        x.add(
          circle(
            bx,
            by + 6,
            18,
            x.rad([
              [0, '#ffd070', 0.6],
              [1, '#ffd070', 0],
            ]),
          ),
        );
      x.add(circle(bx, by + 6, 5, bulb));
    }
  }
  // back row
  const nb = x.int(5, 7);
  const bw = W / nb;
  for (let i = 0; i < nb; i++) awningStall(x, i * bw + x.rand(10, 40), 700, bw * 0.78, 0.62, 0.15);
  // shoppers between rows
  const ns = x.int(4, 8);
  for (let i = 0; i < ns; i++) {
    person(x, x.rand(40, W - 40), x.rand(740, 800), x.rand(110, 140), {
      shirt: x.pick(['#e86f8a', '#3a6fb0', '#f2f2f2', '#8a5aa8', '#e0a030', '#3f9a5a']),
      pants: x.pick(['#2a2a35', '#4a5a7a', '#7a5a4a']),
      hat: x.pick(['conical', 'hair', 'cap'] as const),
      carry: x.chance(0.3) ? 'basket' : 'none',
      dress: x.chance(0.3),
    });
  }
  // front row
  const nf = x.int(2, 3);
  const fw = (W + 200) / nf;
  for (let i = 0; i < nf; i++) awningStall(x, -100 + i * fw + x.rand(20, 60), 960, fw * x.rand(0.62, 0.72), 1.05, 0);
  // baskets in the foreground
  for (let i = 0; i < 3; i++) {
    const bx = x.rand(40, W - 40);
    const col = x.c(x.pick(['#7cc242', '#f08a24', '#e23b2e', '#f5d130']));
    x.add(ellipse(bx, 985, 70, 18, x.p.shade, 'fill-opacity="0.2"'));
    x.add(path(`M${f(bx - 65)},${f(935)}L${f(bx + 65)},${f(935)}L${f(bx + 52)},${f(990)}L${f(bx - 52)},${f(990)}Z`, x.c('#b58a4a')));
    x.add(ellipse(bx, 932, 62, 16, col));
    x.add(stroke(`M${f(bx - 60)},${f(955)}L${f(bx + 60)},${f(955)}M${f(bx - 56)},${f(972)}L${f(bx + 56)},${f(972)}`, x.dark('#b58a4a', 0.3), 3));
  }
}
