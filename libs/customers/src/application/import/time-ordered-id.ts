import { randomFillSync } from 'node:crypto';

/** Random bytes drawn from the system in blocks: one call per 256 ids instead of one per id. */
const POOL = Buffer.alloc(16 * 256);
let poolOffset = POOL.length;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Ids a bulk import makes in
 * one batch are neighbours in the primary-key and party indexes, so a thousand inserts touch a few index
 * pages at the right edge instead of a thousand random ones (fewer buffer misses and full-page WAL writes
 * on a large table). Nothing reads the time back; ordering across processes is not relied on.
 * (CUS-04: a bulk import makes three ids a row; drawing the random part per id was 25 µs of each row.)
 */
export function timeOrderedUuid(now = Date.now()): string {
  if (poolOffset === POOL.length) {
    randomFillSync(POOL);
    poolOffset = 0;
  }
  const bytes = POOL.subarray(poolOffset, poolOffset + 16);
  poolOffset += 16;
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6] & 0x0f) | 0x70; // version 7
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 9562 variant
  let hex = '';
  for (let i = 0; i < 16; i++) {
    hex += HEX[bytes[i]];
    if (i === 3 || i === 5 || i === 7 || i === 9) hex += '-';
  }
  return hex;
}
