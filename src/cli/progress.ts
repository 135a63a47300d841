/** A one-line progress bar on stdout, redrawn in place: "[#####      ] 500/1000". */
export function progressBar(label: string): (done: number, total: number) => void {
  return (done, total) => {
    const width = 30;
    const filled = total > 0 ? Math.round((done / total) * width) : width;
    process.stdout.write(`\r${label} [${'#'.repeat(filled).padEnd(width)}] ${done}/${total}`);
    if (done >= total) process.stdout.write('\n');
  };
}
