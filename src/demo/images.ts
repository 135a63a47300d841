/**
 * Locally drawn illustrations for the demo newspaper.
 *
 * Every picture is a small SVG in a flat editorial style (layered hills, gradient skies, simple
 * buildings and figures), rendered to JPEG with sharp. Nothing is downloaded. A seed drives a
 * mulberry32 PRNG that chooses the time of day, palette details, positions and counts, so two
 * articles with the same scene get different pictures, while the same seed always gives the
 * same bytes. The pictures contain no text. The drawing kit is images/draw.ts; each scene is a
 * file of its own in images/.
 */
import { loadSharp } from '../media/sharp.js';
import type { SceneKind } from './types.js';
import { Ctx, hashString, mulberry32, PALETTES, randomItem, type TimeOfDay } from './images/draw.js';
import { sceneBridge } from './images/bridge.js';
import { sceneCity } from './images/city.js';
import { sceneFestival } from './images/festival.js';
import { sceneForest } from './images/forest.js';
import { sceneHarvest } from './images/harvest.js';
import { sceneHospital } from './images/hospital.js';
import { sceneMarket } from './images/market.js';
import { sceneMeetingHall } from './images/meeting-hall.js';
import { sceneMountains } from './images/mountains.js';
import { sceneRiceTerraces } from './images/rice-terraces.js';
import { sceneRiver } from './images/river.js';
import { sceneRoad } from './images/road.js';
import { sceneSchool } from './images/school.js';
import { sceneStadium } from './images/stadium.js';
import { sceneTeaHills } from './images/tea-hills.js';

const DRAWERS: Record<SceneKind, (x: Ctx) => void> = {
  mountains: sceneMountains,
  'rice-terraces': sceneRiceTerraces,
  river: sceneRiver,
  city: sceneCity,
  school: sceneSchool,
  stadium: sceneStadium,
  market: sceneMarket,
  hospital: sceneHospital,
  festival: sceneFestival,
  forest: sceneForest,
  'tea-hills': sceneTeaHills,
  bridge: sceneBridge,
  'meeting-hall': sceneMeetingHall,
  harvest: sceneHarvest,
  road: sceneRoad,
};

/** Every scene kind that renderScene can draw. */
export const sceneKinds: readonly SceneKind[] = Object.keys(DRAWERS) as SceneKind[];

/** The SVG source of a scene illustration (exposed for debugging and tests). */
export function sceneSvg(scene: SceneKind, seed: number, width = 1600, height = 1000): string {
  const draw = DRAWERS[scene];
  if (!draw) throw new Error(`unknown scene: ${String(scene)}`);
  const rnd = mulberry32((Math.floor(seed) ^ hashString(scene)) >>> 0);
  // Warm up the generator so nearby seeds diverge quickly.
  for (let i = 0; i < 4; i++) rnd();
  const times: TimeOfDay[] = scene === 'festival' ? ['evening', 'night', 'night'] : ['morning', 'noon', 'evening'];
  const time = randomItem(rnd, times);
  const x = new Ctx(rnd, PALETTES[time]);
  draw(x);
  return x.svg(width, height);
}

/**
 * Draws a scene as an original flat-style illustration and returns it as a JPEG of exactly
 * width×height pixels. The same scene and seed always give the same bytes.
 */
export async function renderScene(scene: SceneKind, seed: number, width = 1600, height = 1000): Promise<Buffer> {
  const w = Math.max(1, Math.round(width));
  const h = Math.max(1, Math.round(height));
  const svg = sceneSvg(scene, seed, w, h);
  const sharp = await loadSharp();
  return sharp(Buffer.from(svg)).resize(w, h, { fit: 'cover' }).flatten({ background: '#ffffff' }).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}
