import type { FastifyInstance } from 'fastify';
import { publishDue } from './workflow.js';

/**
 * Publishes scheduled articles when their time comes. Runs once at start, so an article that fell
 * due while the server was down goes live at once, then every interval. Safe on several nodes at
 * the same time: publishDue moves each article once. `clock` is when each check runs (tests set it).
 */
export function startScheduler(app: FastifyInstance, intervalMs: number, clock: () => Date = () => new Date()): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const published = await publishDue(app.db.kysely, clock());
      if (published.length > 0) app.log.info({ articles: published }, 'published scheduled articles');
      app.metrics.schedulerRun('ok');
    } catch (error) {
      app.metrics.schedulerRun('failed');
      app.log.error({ err: error }, 'scheduled publishing failed');
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
