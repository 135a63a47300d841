import { DESKTOP, startSite } from './helpers.js';
const site = await startSite();
try {
  const { page, context } = await site.open(DESKTOP);
  await page.goto('/');
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) { window.scrollTo(0, y); await new Promise((r) => setTimeout(r, 30)); }
  });
  await page.waitForTimeout(2000);
  console.log(await page.evaluate(() => Array.from(document.images).filter((i) => !i.complete).map((i) => `${i.src} ${i.loading} ${i.getBoundingClientRect().width}x${i.getBoundingClientRect().height} ${i.closest('[class]')?.className}`)));
  await context.close();
} finally { await site.close(); }
