/**
 * Lets the requests that reach Fastify start at most one per turn of the event loop while the
 * server is busy, first come first served; an idle server starts a request at once.
 *
 * Why: Node 20's libuv accepts one new connection per turn (libuv pull request 3696), and a turn
 * otherwise runs every request that is ready. At 50 busy connections and 0.8 ms per uncached page a
 * turn lasts 40 ms, so each new reader waited that long per connection ahead of it just to be
 * accepted: the 50th of a burst about a second. Paced, a turn is one request long and a new
 * connection is accepted between any two of them; the same work is done in the same order (README,
 * "One request per turn").
 */
export class TurnGate {
  private readonly waiting: (() => void)[] = [];
  /** A request started in this turn (or in the last check phase): the next one waits for a turn of its own. */
  private startedThisTurn = false;
  private scheduled = false;

  /** Resolves when the caller may start. */
  enter(): Promise<void> {
    if (!this.startedThisTurn && this.waiting.length === 0) {
      this.startedThisTurn = true;
      this.nextTurnSoon();
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.nextTurnSoon();
    });
  }

  /** Requests waiting for a turn. */
  get queued(): number {
    return this.waiting.length;
  }

  private nextTurnSoon(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // An immediate queued from an immediate runs in the next turn, after that turn's poll for I/O.
    setImmediate(this.turn);
  }

  private readonly turn = (): void => {
    this.scheduled = false;
    const next = this.waiting.shift();
    this.startedThisTurn = next !== undefined;
    if (next === undefined) return;
    next();
    this.nextTurnSoon();
  };
}
