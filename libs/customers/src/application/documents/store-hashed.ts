import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import type { FileStorage } from '@crm/platform';

/** Streams the body into storage once, hashing it (SHA-256, hex) on the way (CUS-08 documents and library). */
export async function storeHashed(storage: FileStorage, key: string, body: Readable): Promise<{ size: number; checksum: string }> {
  const hash = createHash('sha256');
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  body.on('error', (error) => tap.destroy(error));
  const { size } = await storage.put(key, body.pipe(tap));
  return { size, checksum: hash.digest('hex') };
}
