import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { access, mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertStorageKey, DocumentStorage, storedObjectNotFound } from './document-storage.js';

const FILE_MODE = 0o600;
const FOLDER_MODE = 0o700;

/**
 * Objects as files under one folder, readable by the service's user only. A write goes to a
 * temporary name and is renamed into place once flushed to disk, so a reader never sees half an
 * object, and a crash leaves only a `*.tmp` file behind.
 */
export class LocalDiskStorage extends DocumentStorage {
  private readonly root: string;

  constructor(directory: string) {
    super();
    if (!isAbsolute(directory)) throw new Error('the documents folder must be an absolute path');
    this.root = resolve(directory);
  }

  async write(key: string, body: Readable): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true, mode: FOLDER_MODE });
    // A dot never occurs in a key, so no key can name a temporary file.
    const temporary = `${path}.${randomUUID()}.tmp`;
    try {
      // `flush`: fsync before close, so the rename below never publishes bytes still in the page cache.
      await pipeline(body, createWriteStream(temporary, { flags: 'wx', mode: FILE_MODE, flush: true }));
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    try {
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async read(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    try {
      const handle = await open(path, 'r');
      return handle.createReadStream();
    } catch (error) {
      if (isNotFound(error)) throw storedObjectNotFound();
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      await access(this.pathOf(key));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async check(): Promise<void> {
    await mkdir(this.root, { recursive: true, mode: FOLDER_MODE });
    const probe = resolve(this.root, `.health-${randomUUID()}.tmp`);
    const handle = await open(probe, 'wx', FILE_MODE);
    try {
      await handle.writeFile('ok');
      await handle.sync();
    } finally {
      await handle.close();
      await rm(probe, { force: true });
    }
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    const path = resolve(this.root, key);
    const inside = relative(this.root, path);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || !path.startsWith(this.root + sep)) {
      throw new Error('invalid storage key: resolves outside the documents folder');
    }
    return path;
  }
}

function isNotFound(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
