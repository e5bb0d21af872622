// Preloaded by the benchmark: writes the process's peak RSS (KiB) to the file named by
// LI_EXPOSURE_MAXRSS_FILE when it exits.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  const file = process.env.LI_EXPOSURE_MAXRSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
