// Preloaded by the benchmark: writes the process's peak RSS (KiB) and the CPU time of all its
// threads (user + system, µs) to the file named by LI_EXPOSURE_MAXRSS_FILE when it exits.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  const file = process.env.LI_EXPOSURE_MAXRSS_FILE;
  const usage = process.resourceUsage();
  if (file) writeFileSync(file, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}`);
});
