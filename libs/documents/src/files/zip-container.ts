import { createInflateRaw, type InflateRaw } from 'node:zlib';
import type { DomainError } from '#domain';
import { DOCX, ODT } from './allowed-types.js';
import { contentRefused } from './refusals.js';

export interface ZipLimits {
  /** Uncompressed bytes over all entries. */
  readonly maxTotalBytes: number;
  readonly maxEntries: number;
  /** Uncompressed ÷ compressed, per entry, checked once an entry is past RATIO_FLOOR_BYTES. */
  readonly maxRatio: number;
}

export const DEFAULT_MAX_ZIP_ENTRIES = 5000;
export const DEFAULT_MAX_ZIP_RATIO = 100;
/** Small entries (a few kilobytes of XML) compress far better than real content can; judge ratios past this. */
const RATIO_FLOOR_BYTES = 1024 * 1024;

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_DIRECTORY = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const LOCAL_HEADER_BYTES = 30;
const SIG_LOCAL = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const SIG_CENTRAL = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
const SIG_DESCRIPTOR = Buffer.from([0x50, 0x4b, 0x07, 0x08]);
/** The longest data descriptor (ZIP64, with signature) plus the next header's signature. */
const DESCRIPTOR_HOLD_BYTES = 28;
const FLAG_ENCRYPTED = 0x1;
const FLAG_DATA_DESCRIPTOR = 0x8;
const FLAG_UTF8 = 0x800;
const STORED = 0;
const DEFLATED = 8;
const ODT_MIMETYPE = ODT;

/** Parts that run code when a word processor opens the file: macros, ActiveX, OLE objects. */
const ACTIVE_PARTS = [/(^|\/)vbaProject\.bin$/i, /^word\/activeX\//i, /^word\/embeddings\/.*\.bin$/i, /^(Basic|Scripts)\//];

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly zip64: boolean;
  readonly declaredBytes: number | null;
  /** Compressed bytes still to come when the header gave the size; null when a data descriptor ends the entry. */
  remaining: number | null;
  fed: number;
  produced: number;
  readonly inflater: Inflater | null;
  readonly captureMimetype: boolean;
}

/**
 * Walks a ZIP container (DOCX and ODT are ZIPs) as it streams past, entry by entry through the
 * local headers, inflating each entry into a counter so that memory stays flat. It refuses archive
 * bombs by the bytes that actually come out, not the sizes the headers claim, and tells at the end
 * whether the container really is a Word (DOCX) or OpenDocument text (ODT) document.
 */
export class ZipContainerScanner {
  private buffered = Buffer.alloc(0);
  private entry: Entry | null = null;
  private entries = 0;
  private totalBytes = 0;
  private reachedDirectory = false;
  private hasContentTypes = false;
  private hasWordDocument = false;
  private odtMimetype: string | null = null;

  constructor(private readonly limits: ZipLimits) {}

  async write(chunk: Buffer): Promise<void> {
    if (this.reachedDirectory) return;
    let data = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    for (;;) {
      const consumed = await this.step(data);
      if (consumed === 0 || this.reachedDirectory) break;
      data = data.subarray(consumed);
    }
    this.buffered = this.reachedDirectory ? Buffer.alloc(0) : Buffer.from(data);
  }

  /** The document type the container holds, or null when it is some other ZIP. */
  end(): typeof DOCX | typeof ODT | null {
    if (this.entry !== null && this.entry.remaining === null) {
      // Last entry before the directory with a descriptor and nothing after it: a truncated file.
      throw malformed();
    }
    if (!this.reachedDirectory) throw malformed();
    if (this.odtMimetype === ODT_MIMETYPE) return ODT;
    if (this.hasContentTypes && this.hasWordDocument) return DOCX;
    return null;
  }

  /** Consumes what it can from the front of `data`; 0 when it needs more bytes. */
  private async step(data: Buffer): Promise<number> {
    if (this.entry === null) return this.readHeader(data);
    const entry = this.entry;
    if (entry.remaining !== null) {
      const take = Math.min(entry.remaining, data.length);
      if (take === 0 && entry.remaining > 0) return 0;
      await this.feed(entry, data.subarray(0, take));
      entry.remaining -= take;
      if (entry.remaining === 0) await this.finishEntry(entry, entry.declaredBytes);
      // A zero-length entry consumes nothing but still moves on to the next header.
      return take === 0 ? this.step(data) : take;
    }
    return this.findEndOfEntry(entry, data);
  }

  private readHeader(data: Buffer): number {
    if (data.length < 4) return 0;
    const signature = data.readUInt32LE(0);
    if (signature === CENTRAL_DIRECTORY || signature === END_OF_CENTRAL_DIRECTORY) {
      this.reachedDirectory = true;
      return 4;
    }
    if (signature !== LOCAL_HEADER) throw malformed();
    if (data.length < LOCAL_HEADER_BYTES) return 0;
    const flags = data.readUInt16LE(6);
    const method = data.readUInt16LE(8);
    let compressed = data.readUInt32LE(18);
    let uncompressed = data.readUInt32LE(22);
    const nameLength = data.readUInt16LE(26);
    const extraLength = data.readUInt16LE(28);
    const headerLength = LOCAL_HEADER_BYTES + nameLength + extraLength;
    if (data.length < headerLength) return 0;

    const name = data.toString(flags & FLAG_UTF8 ? 'utf8' : 'latin1', LOCAL_HEADER_BYTES, LOCAL_HEADER_BYTES + nameLength);
    const zip64 = readZip64Sizes(data.subarray(LOCAL_HEADER_BYTES + nameLength, headerLength), uncompressed, compressed);
    if (zip64 !== null) ({ uncompressed, compressed } = zip64);

    if (++this.entries > this.limits.maxEntries) throw bomb();
    if (isUnsafePath(name)) throw malformed();
    if (flags & FLAG_ENCRYPTED) throw malformed();
    if (method !== STORED && method !== DEFLATED) throw malformed();
    if (ACTIVE_PARTS.some((pattern) => pattern.test(name))) {
      throw contentRefused('active-content', 'The document contains macros or embedded programs, which are not accepted. Save it without them (for example as a plain .docx) and upload that.');
    }
    const firstEntry = this.entries === 1;
    if (name === '[Content_Types].xml') this.hasContentTypes = true;
    if (name === 'word/document.xml') this.hasWordDocument = true;

    const sizesKnown = (flags & FLAG_DATA_DESCRIPTOR) === 0;
    if (sizesKnown) {
      if (method === STORED && compressed !== uncompressed) throw malformed();
      if (this.totalBytes + uncompressed > this.limits.maxTotalBytes) throw bomb();
      if (uncompressed > RATIO_FLOOR_BYTES && uncompressed > this.limits.maxRatio * Math.max(compressed, 1)) throw bomb();
    }
    this.entry = {
      name,
      method,
      zip64: zip64 !== null,
      declaredBytes: sizesKnown ? uncompressed : null,
      remaining: sizesKnown ? compressed : null,
      fed: 0,
      produced: 0,
      inflater: method === DEFLATED ? new Inflater((bytes) => this.count(this.entry!, bytes)) : null,
      captureMimetype: firstEntry && name === 'mimetype' && method === STORED,
    };
    return headerLength;
  }

  /**
   * An entry followed by a data descriptor has no size up front: its end is where a descriptor
   * whose compressed size equals the bytes since the entry began sits (with or without the
   * optional signature). Bytes that could still be a descriptor are held back.
   */
  private async findEndOfEntry(entry: Entry, data: Buffer): Promise<number> {
    const sizeBytes = entry.zip64 ? 8 : 4;
    const plainLength = 4 + 2 * sizeBytes;
    const readSize = (at: number): number => (entry.zip64 ? Number(data.readBigUInt64LE(at)) : data.readUInt32LE(at));
    const candidates: { at: number; length: number; uncompressedAt: number }[] = [];
    for (let at = data.indexOf(SIG_DESCRIPTOR); at >= 0; at = data.indexOf(SIG_DESCRIPTOR, at + 1)) {
      if (at + 4 + plainLength > data.length) break;
      if (readSize(at + 8) === entry.fed + at) candidates.push({ at, length: 4 + plainLength, uncompressedAt: at + 8 + sizeBytes });
    }
    for (const signature of [SIG_LOCAL, SIG_CENTRAL]) {
      for (let next = data.indexOf(signature); next >= 0; next = data.indexOf(signature, next + 1)) {
        const at = next - plainLength;
        if (at >= 0 && readSize(at + 4) === entry.fed + at) candidates.push({ at, length: plainLength, uncompressedAt: at + 4 + sizeBytes });
      }
    }
    const found = candidates.sort((a, b) => a.at - b.at)[0];
    if (found !== undefined) {
      await this.feed(entry, data.subarray(0, found.at));
      await this.finishEntry(entry, readSize(found.uncompressedAt));
      return found.at + found.length;
    }
    const safe = data.length - DESCRIPTOR_HOLD_BYTES;
    if (safe <= 0) return 0;
    await this.feed(entry, data.subarray(0, safe));
    return safe;
  }

  private async feed(entry: Entry, data: Buffer): Promise<void> {
    if (data.length === 0) return;
    entry.fed += data.length;
    if (entry.captureMimetype && entry.fed <= 128) {
      this.odtMimetype = (this.odtMimetype ?? '') + data.toString('latin1');
    }
    if (entry.inflater === null) this.count(entry, data.length);
    else await entry.inflater.write(data);
  }

  private count(entry: Entry, bytes: number): void {
    entry.produced += bytes;
    this.totalBytes += bytes;
    if (this.totalBytes > this.limits.maxTotalBytes) throw bomb();
    if (entry.produced > RATIO_FLOOR_BYTES && entry.produced > this.limits.maxRatio * Math.max(entry.fed, 1)) throw bomb();
  }

  private async finishEntry(entry: Entry, expectedBytes: number | null): Promise<void> {
    if (entry.inflater !== null) await entry.inflater.finish();
    // Sizes are 32-bit in a plain descriptor: compare modulo 2^32 there.
    const produced = entry.zip64 || expectedBytes === null ? entry.produced : entry.produced % 2 ** 32;
    if (expectedBytes !== null && produced !== expectedBytes) throw malformed();
    this.entry = null;
  }
}

/** Inflates one entry into a byte counter, surfacing the counter's refusal or a corrupt-data error. */
class Inflater {
  private readonly stream: InflateRaw = createInflateRaw();
  private failure: Error | null = null;
  private readonly done: Promise<void>;

  constructor(count: (bytes: number) => void) {
    this.done = new Promise<void>((resolve, reject) => {
      this.stream.on('data', (chunk: Buffer) => {
        if (this.failure !== null) return;
        try {
          count(chunk.length);
        } catch (error) {
          this.failure = error as Error;
          this.stream.destroy();
          reject(this.failure);
        }
      });
      this.stream.on('end', () => resolve());
      this.stream.on('error', () => {
        this.failure ??= malformed();
        reject(this.failure);
      });
    });
    // Awaited through write/finish; never an unhandled rejection in between.
    this.done.catch(() => undefined);
  }

  async write(data: Buffer): Promise<void> {
    this.throwIfFailed();
    await Promise.race([new Promise<void>((resolve) => this.stream.write(data, () => resolve())), this.done]);
    this.throwIfFailed();
  }

  async finish(): Promise<void> {
    this.throwIfFailed();
    this.stream.end();
    await this.done;
  }

  private throwIfFailed(): void {
    if (this.failure !== null) throw this.failure;
  }
}

function readZip64Sizes(extra: Buffer, uncompressed: number, compressed: number): { uncompressed: number; compressed: number } | null {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const end = Math.min(field + size, extra.length);
      const next = (): number => {
        if (field + 8 > end) throw malformed();
        const value = Number(extra.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      const u = uncompressed === 0xffffffff ? next() : uncompressed;
      const c = compressed === 0xffffffff ? next() : compressed;
      return { uncompressed: u, compressed: c };
    }
    at += 4 + size;
  }
  return null;
}

function isUnsafePath(name: string): boolean {
  if (name.length === 0 || name.startsWith('/') || name.startsWith('\\') || /^[a-z]:/i.test(name)) return true;
  return name.split(/[/\\]/).some((segment) => segment === '..');
}

function bomb(): DomainError<'FILE_CONTENT_REFUSED'> {
  return contentRefused('archive-bomb', 'The document expands to far more data than a real document holds (a compression bomb), so it is not accepted.');
}

function malformed(): DomainError<'FILE_CONTENT_REFUSED'> {
  return contentRefused('malformed', 'The document is damaged or built in a way that cannot be checked (encrypted parts, unsafe paths, or an unknown compression method).');
}
