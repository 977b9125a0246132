/**
 * Preloaded (`node --require`) into a benchmarked process: at exit it writes the CPU time the process used, user and
 * system over all its threads as the system counts it, to stderr as its last line.
 */
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\ncpu-us ${user + system}\n`);
});
