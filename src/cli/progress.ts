/** A one-line progress bar on stdout, redrawn in place: "[#####      ] 500/1000". */
export function progressBar(label: string): (done: number, total: number) => void {
  let drawn = -1;
  let drawnAt = 0;
  return (done, total) => {
    const width = 30;
    const filled = total > 0 ? Math.round((done / total) * width) : width;
    const finished = done >= total;
    // Redrawn when the bar moves, a few times a second, and once at the end: not once per item.
    if (!finished && filled === drawn && Date.now() - drawnAt < 250) return;
    drawn = filled;
    drawnAt = Date.now();
    process.stdout.write(`\r${label} [${'#'.repeat(filled).padEnd(width)}] ${done}/${total}`);
    if (finished) process.stdout.write('\n');
  };
}
