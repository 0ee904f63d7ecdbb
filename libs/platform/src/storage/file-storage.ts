import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../errors/app-error';

/** One segment of a storage key: letters, digits, dot, dash, underscore; never `.` or `..`. */
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** A key under one tenant: `<tenantId>/<part>/<part>...`, so files of two tenants never share a folder. */
export function tenantFileKey(tenantId: string, ...parts: string[]): string {
  const key = [tenantId, ...parts].join('/');
  assertValidKey(key);
  return key;
}

export function assertValidKey(key: string): void {
  const segments = key.split('/');
  if (segments.length < 2 || !segments.every((s) => SEGMENT.test(s) && s !== '..')) {
    throw new Error(`invalid storage key "${key}"`);
  }
}

/**
 * Where uploaded files live (imports, customer documents). Keys are opaque paths made with
 * `tenantFileKey`; bodies are streamed both ways, never held whole in memory.
 */
export abstract class FileStorage {
  /** Stores the body under the key (replacing what was there) and returns its size in bytes. */
  abstract put(key: string, body: Readable | Buffer): Promise<{ size: number }>;
  /** A stream of the stored body; NOT_FOUND when there is none. */
  abstract open(key: string): Promise<Readable>;
  abstract exists(key: string): Promise<boolean>;
  /** Removes the body; nothing happens when there is none. */
  abstract delete(key: string): Promise<void>;
}

/** Files on the local disk under one root directory (FILE_STORAGE_DIR). */
export class LocalDiskStorage extends FileStorage {
  private readonly root: string;

  constructor(root: string) {
    super();
    this.root = resolve(root);
  }

  private pathOf(key: string): string {
    assertValidKey(key);
    const path = resolve(this.root, ...key.split('/'));
    if (!path.startsWith(this.root + sep)) throw new Error(`invalid storage key "${key}"`);
    return path;
  }

  async put(key: string, body: Readable | Buffer): Promise<{ size: number }> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // write to a temporary name first: a reader never sees half a file
    const partial = `${path}.partial`;
    try {
      await pipeline(Buffer.isBuffer(body) ? Readable.from([body]) : body, createWriteStream(partial));
      await rename(partial, path);
    } catch (error) {
      // a body that broke off midway leaves no half file behind
      await rm(partial, { force: true });
      throw error;
    }
    return { size: (await stat(path)).size };
  }

  async open(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    if (!(await this.exists(key))) throw AppError.notFound('File', key, 'key');
    return createReadStream(path);
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch {
      return false;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}


