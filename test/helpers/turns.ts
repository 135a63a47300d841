/** Counts turns of the event loop (check phases) from now until stopped. */
export function turnCounter(): { readonly now: number; stop(): void } {
  let turns = 0;
  let running = true;
  const tick = () => {
    turns++;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  return {
    get now() {
      return turns;
    },
    stop() {
      running = false;
    },
  };
}
