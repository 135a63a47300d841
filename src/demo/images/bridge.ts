import { birds, Ctx, f, H, hills, mix, pairs, path, rect, roundTree, sky, stroke, W } from './draw.js';

export function sceneBridge(x: Ctx): void {
  const hz = 570;
  sky(x, hz);
  birds(x, x.int(2, 6), 200, 1400, 120, 280);
  hills(x, 545, 40, '#7892b5', 0.5);
  if (x.chance(0.6)) {
    let X = x.rand(-20, 300);
    const end = X + x.rand(500, 900);
    while (X < end) {
      const w = x.rand(40, 80);
      const h = x.rand(40, 160);
      x.add(rect(X, 575 - h, w, h, x.c('#98a8ba', 0.4)));
      X += w + x.rand(0, 15);
    }
  }
  x.add(rect(-10, 560, W + 20, 26, x.c('#6f9a55', 0.25)));
  const wy = 584;
  x.add(
    rect(
      -10,
      wy,
      W + 20,
      H - wy + 10,
      x.lin([
        [0, mix(x.p.skyBottom, x.c(x.p.water), 0.45)],
        [1, x.p.waterDeep],
      ]),
    ),
  );
  const kind = x.pick(['arch', 'cable', 'suspension'] as const);
  const deckY = x.rand(440, 500);
  const deckC = x.c(x.pick(['#d8d4ca', '#c9c5bd', '#e2dccf']));
  const steel = x.c(x.pick(['#c8372d', '#2f7f9f', '#f2f2ee', '#e08a2a']));
  const g: string[] = [];
  const seg = (d: string, col: string, w: number) => g.push(stroke(d, col, w, 'stroke-linecap="butt"'));
  const piers = (...pxs: number[]) => {
    for (const px of pxs) g.push(rect(px - 20, deckY + 20, 40, wy - deckY - 10, x.dark('#c9c5bd', 0.15)));
  };
  if (kind === 'arch') {
    const pxs = [x.rand(200, 300), x.rand(760, 840), x.rand(1300, 1400)];
    piers(...pxs);
    for (const [a, b] of pairs(pxs)) {
      const apex = deckY - x.rand(140, 200);
      seg(`M${f(a)},${f(deckY)}Q${f((a + b) / 2)},${f(2 * apex - deckY)} ${f(b)},${f(deckY)}`, steel, 16);
      let hangers = '';
      for (let k = 1; k < 14; k++) {
        const t = k / 14;
        const hx = a + (b - a) * t;
        const hy = (1 - t) * (1 - t) * deckY + 2 * t * (1 - t) * (2 * apex - deckY) + t * t * deckY;
        hangers += `M${f(hx)},${f(hy)}L${f(hx)},${f(deckY)}`;
      }
      seg(hangers, steel, 4);
    }
  } else if (kind === 'cable') {
    const px = x.rand(500, 1100);
    piers(px);
    const topY = deckY - x.rand(260, 330);
    seg(`M${f(px - 30)},${f(deckY + 20)}L${f(px - 6)},${f(topY)}M${f(px + 30)},${f(deckY + 20)}L${f(px + 6)},${f(topY)}`, x.lit('#d0ccc4', 0.1), 16);
    let cables = '';
    for (let k = 1; k <= 12; k++) {
      const ax = topY + 20 + k * 6;
      cables += `M${f(px)},${f(ax)}L${f(px - k * 55)},${f(deckY)}M${f(px)},${f(ax)}L${f(px + k * 55)},${f(deckY)}`;
    }
    seg(cables, steel, 2.5);
  } else {
    const [a, b] = [x.rand(280, 420), x.rand(1180, 1320)];
    piers(a, b);
    const topY = deckY - x.rand(200, 250);
    for (const px of [a, b])
      seg(
        `M${f(px - 14)},${f(deckY + 20)}L${f(px - 14)},${f(topY)}M${f(px + 14)},${f(deckY + 20)}L${f(px + 14)},${f(topY)}M${f(px - 14)},${f(topY + 20)}L${f(px + 14)},${f(topY + 20)}M${f(px - 14)},${f(deckY - 60)}L${f(px + 14)},${f(deckY - 60)}`,
        steel,
        12,
      );
    const sag = deckY - 20;
    const ctrlY = 2 * sag - topY;
    seg(
      `M${f(-50)},${f(deckY)}Q${f(a * 0.6)},${f(topY + 40)} ${f(a)},${f(topY)}Q${f((a + b) / 2)},${f(ctrlY)} ${f(b)},${f(topY)}Q${f(b + (W - b) * 0.4)},${f(topY + 40)} ${f(W + 50)},${f(deckY)}`,
      steel,
      5,
    );
    let hangers = '';
    for (let k = 1; k < 24; k++) {
      const t = k / 24;
      const hx = a + (b - a) * t;
      const hy = (1 - t) * (1 - t) * topY + 2 * t * (1 - t) * ctrlY + t * t * topY;
      hangers += `M${f(hx)},${f(hy)}L${f(hx)},${f(deckY)}`;
    }
    seg(hangers, steel, 2);
  }
  // deck and railing
  g.push(rect(-20, deckY, W + 40, 22, deckC));
  g.push(rect(-20, deckY + 18, W + 40, 6, mix(deckC, x.p.shade, 0.35)));
  g.push(rect(-20, deckY - 10, W + 40, 3, mix(deckC, x.p.shade, 0.2)));
  const bid = x.id('b');
  x.defs.push(`<g id="${bid}">${g.join('')}</g>`);
  // reflection
  const wclip = x.clip(rect(0, wy, W, H - wy, '#000'));
  x.add(`<g ${wclip}><use href="#${bid}" transform="translate(0,${f(2 * wy + 20)}) scale(1,-1)" opacity="0.28"/></g>`);
  x.add(`<use href="#${bid}"/>`);
  // vehicles on the deck
  for (let i = 0; i < x.int(3, 8); i++) {
    const vx = x.rand(0, W);
    const vw = x.rand(26, 44);
    x.add(rect(vx, deckY - 14, vw, 13, x.c(x.pick(['#d8453b', '#f2f2f2', '#2f7fb8', '#e0b030', '#333840'])), 'rx="4"'));
  }
  // ripples
  let rip = '';
  for (let i = 0; i < 60; i++) {
    const ry = x.rand(wy + 10, H);
    const rx = x.rand(0, W);
    const len = 10 + ((ry - wy) / (H - wy)) * 60;
    rip += `M${f(rx)},${f(ry)}L${f(rx + len)},${f(ry)}`;
  }
  x.add(stroke(rip, mix(x.p.skyBottom, '#ffffff', 0.3), 2.5, 'stroke-opacity="0.5"'));
  // boats
  for (let i = 0; i < x.int(1, 3); i++) {
    const by = x.rand(640, 900);
    const s = 20 + (by - wy) * 0.18;
    const bx = x.rand(100, W - 100);
    x.add(
      stroke(
        `M${f(bx + s)},${f(by + 2)}L${f(bx + s * 3)},${f(by + 8)}M${f(bx + s)},${f(by + 4)}L${f(bx + s * 3)},${f(by - 2)}`,
        '#ffffff',
        2,
        'stroke-opacity="0.5"',
      ),
    );
    x.add(
      path(
        `M${f(bx - s)},${f(by - s * 0.25)}L${f(bx + s * 1.1)},${f(by - s * 0.25)}L${f(bx + s * 0.8)},${f(by)}L${f(bx - s * 0.8)},${f(by)}Z`,
        x.c(x.pick(['#3a5f8a', '#8a3a2a', '#2f6f4a'])),
      ),
    );
    x.add(rect(bx - s * 0.5, by - s * 0.6, s * 0.8, s * 0.35, x.c('#f2f0e8')));
  }
  // near bank
  if (x.chance(0.6)) {
    const side = x.pick([-1, 1]);
    const x0 = side < 0 ? -50 : W + 50;
    const x1 = side < 0 ? x.rand(300, 450) : W - x.rand(300, 450);
    x.add(path(`M${f(x0)},${f(800)}Q${f((x0 + x1) / 2)},${f(790)} ${f(x1)},${f(H + 10)}L${f(x0)},${f(H + 10)}Z`, x.c('#6f9f4a')));
    for (let i = 0; i < 3; i++) roundTree(x, x0 + (x1 - x0) * x.rand(0.1, 0.4), x.rand(850, 960), x.rand(200, 280), x.pick(['#3f7f3a', '#4f8f3a']));
  }
}
