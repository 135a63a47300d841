import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { Db } from '../db/connection.js';

export interface ServeOptions {
  /** Where "stopping" and "stopped" lines go. */
  say(message: string): void;
  /** Ends the process; tests replace it. */
  exit(code: number): void;
}

/**
 * Stops a node without failing a request: on SIGTERM or SIGINT, /readyz turns 503 and responses
 * ask keep-alive clients to close (the load balancer moves away) for `shutdownDelayMs`; then the
 * listener closes, in-flight requests finish (at most `shutdownTimeoutMs`), page views are flushed,
 * the database and Redis are closed, and the process exits 0. A second signal exits at once.
 */
export function stopOnSignals(app: FastifyInstance, db: Db, config: Config, options: ServeOptions): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      options.say(`${signal} lần hai: dừng ngay.`);
      options.exit(1);
      return;
    }
    stopping = true;
    options.say(`${signal}: đang dừng (ngừng nhận yêu cầu mới, chờ các yêu cầu đang chạy)...`);
    app.lifecycle.draining = true;
    const force = setTimeout(() => {
      options.say(`Quá ${Math.round(config.shutdownTimeoutMs / 1000)} giây mà yêu cầu chưa xong: dừng hẳn.`);
      options.exit(1);
    }, config.shutdownDelayMs + config.shutdownTimeoutMs);
    force.unref();
    try {
      await new Promise((resolve) => setTimeout(resolve, config.shutdownDelayMs));
      // A connection accepted just before the listener closes may not have sent its request yet:
      // Node counts it idle and cuts it (the client sees a reset). Let such requests arrive first.
      const closeIdle = app.server.closeIdleConnections.bind(app.server);
      app.server.closeIdleConnections = () => void setTimeout(closeIdle, 500);
      // close(): stops listening, closes idle keep-alive connections, waits for in-flight requests;
      // its onClose hooks flush page views and close Redis.
      await app.close();
      await db.close();
      clearTimeout(force);
      options.say('Đã dừng.');
      options.exit(0);
    } catch (error) {
      options.say(`Lỗi khi dừng: ${(error as Error).message}`);
      options.exit(1);
    }
  };
  process.on('SIGTERM', (signal) => void stop(signal));
  process.on('SIGINT', (signal) => void stop(signal));
}
