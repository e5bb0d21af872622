// Byte-level edits of a real ZIP, to produce archives that tools refuse to create.

function* headers(zip: Buffer): Generator<{ kind: 'local' | 'central'; at: number; name: string }> {
  for (let at = 0; at + 4 <= zip.length; at++) {
    const sig = zip.readUInt32LE(at);
    if (sig === 0x04034b50 && at + 30 <= zip.length) {
      const n = zip.readUInt16LE(at + 26);
      yield { kind: 'local', at, name: zip.subarray(at + 30, at + 30 + n).toString('utf8') };
    } else if (sig === 0x02014b50 && at + 46 <= zip.length) {
      const n = zip.readUInt16LE(at + 28);
      yield { kind: 'central', at, name: zip.subarray(at + 46, at + 46 + n).toString('utf8') };
    }
  }
}

/** Marks an entry as encrypted (general-purpose flag bit 0) in both of its headers. */
export function markEncrypted(zip: Buffer, name: string): Buffer {
  const out = Buffer.from(zip);
  for (const h of headers(out)) {
    if (h.name !== name) continue;
    const flagsAt = h.kind === 'local' ? h.at + 6 : h.at + 8;
    out.writeUInt16LE(out.readUInt16LE(flagsAt) | 1, flagsAt);
  }
  return out;
}

/** Makes an entry declare a smaller uncompressed size than it really has. */
export function declareSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  for (const h of headers(out)) {
    if (h.name !== name) continue;
    out.writeUInt32LE(size, h.kind === 'local' ? h.at + 22 : h.at + 24);
  }
  return out;
}
