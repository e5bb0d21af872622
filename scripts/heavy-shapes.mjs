// The mixes of the heavy synthetic exports (make-heavy-export.mjs), shared with the benchmark.
// Counts are at scale 1.

// Version 2: files are encoded to UTF-8 here (jszip's own encoding of long strings broke emoji at
// its chunk boundaries), no folder entries (jszip dated them with the current time).
export const HEAVY_GENERATOR_VERSION = 2;

export const SHAPES = {
  // Most of the bytes are multi-line private messages, which are only counted.
  'message-heavy': { posts: 5000, comments: 40000, reactions: 100000, connections: 30000, messages: 250000, messageParagraphs: 4, articles: 300 },
  // Short one-line messages: the listed content (posts, comments, reactions) is most of the work.
  'content-heavy': { posts: 5000, comments: 40000, reactions: 100000, connections: 30000, messages: 250000, messageParagraphs: 0, articles: 300 },
};
