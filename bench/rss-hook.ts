// Preloaded (`node --import`) into each CLI child the bench runs: at exit, writes the process's
// peak resident set size (kilobytes) and CPU time (microseconds), from getrusage, to
// $BENCH_RSS_FILE for the bench to read.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRSS: usage.maxRSS, cpu: usage.userCPUTime + usage.systemCPUTime }));
  });
}
