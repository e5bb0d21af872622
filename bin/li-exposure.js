#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

// `li-exposure list export.zip | head` (or `scan ... 2>&1 | head`, which closes stderr too): the
// reader went away; that is not an error, on either stream.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`li-exposure: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
