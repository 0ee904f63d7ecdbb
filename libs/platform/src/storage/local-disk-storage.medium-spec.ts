import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { LocalDiskStorage, tenantFileKey } from './file-storage';

describe('local disk storage (CUS-04)', () => {
  it('CUS-04 a body that fails midway leaves neither the file nor a partial one behind', async () => {
    const root = await mkdtemp(join(tmpdir(), 'crm-storage-'));
    try {
      const storage = new LocalDiskStorage(root);
      const key = tenantFileKey('00000000-0000-4000-8000-000000000001', 'imports', 'broken.csv');
      const broken = new Readable({
        read() {
          this.push('客户名称\n');
          this.destroy(new Error('connection reset'));
        },
      });
      await expect(storage.put(key, broken)).rejects.toThrow('connection reset');
      expect(await storage.exists(key)).toBe(false);
      expect(await readdir(join(root, '00000000-0000-4000-8000-000000000001', 'imports'))).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
