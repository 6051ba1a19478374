import { promisify } from 'node:util';
import { inflate } from 'node:zlib';
import { contentRefused } from './refusals.js';

const inflateAsync = promisify(inflate);

/**
 * Names that make a PDF do something when opened rather than show something: scripts, launching
 * programs, carrying other files, Flash/3D and XML forms. Evidence never needs them, and they are
 * how a PDF attacks the caseworker's machine.
 */
const ACTIVE_NAMES: ReadonlySet<string> = new Set(['JavaScript', 'JS', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'RichMedia', 'XFA']);
/** Filters we cannot undo here: an object stream behind one of them could hide an active name. */
const OPAQUE_FILTERS: ReadonlySet<string> = new Set([
  'ASCIIHexDecode', 'AHx', 'ASCII85Decode', 'A85', 'LZWDecode', 'LZW', 'RunLengthDecode', 'RL',
  'CCITTFaxDecode', 'CCF', 'JBIG2Decode', 'DCTDecode', 'DCT', 'JPXDecode', 'Crypt',
]);
/** Object streams are a few hundred kilobytes in practice; beyond these caps we refuse rather than guess. */
const MAX_OBJECT_STREAM_BYTES = 8 * 1024 * 1024;
const MAX_OBJECT_STREAM_INFLATED_BYTES = 32 * 1024 * 1024;
const MAX_NAME = 64;
const MAX_KEYWORD = 16;
const ENDSTREAM = Buffer.from('endstream', 'latin1');
const SCRIPT = 'script';

enum State {
  Normal,
  Comment,
  String,
  StringEscape,
  HexString,
  LessThan,
  Name,
  NameHex1,
  NameHex2,
  StreamEol,
  StreamData,
}

const CR = 0x0d;
const LF = 0x0a;
const isWhitespace = (b: number): boolean => b === 0x20 || b === LF || b === CR || b === 0x09 || b === 0x0c || b === 0x00;
const isDelimiter = (b: number): boolean =>
  b === 0x28 || b === 0x29 || b === 0x3c || b === 0x3e || b === 0x5b || b === 0x5d || b === 0x7b || b === 0x7d || b === 0x2f || b === 0x25;
const hexValue = (b: number): number =>
  b >= 0x30 && b <= 0x39 ? b - 0x30 : b >= 0x41 && b <= 0x46 ? b - 0x37 : b >= 0x61 && b <= 0x66 ? b - 0x57 : -1;

/**
 * Refuses PDFs with active content, reading the file once as it streams past (no whole-file
 * buffer). It tokenises the PDF syntax (comments, strings, names with `#xx` escapes decoded, so
 * `/J#61vaScript` is `/JavaScript`), skips stream data (binary data would match a 3-letter name by
 * chance), and inflates object streams, where PDF 1.5+ writers put dictionaries and an attacker
 * would hide `/JS`. Independently, HTML `<script` anywhere in the raw bytes refuses the file: a
 * browser that sniffs it would run it (PDF/HTML polyglots).
 */
export class PdfActiveContentScanner {
  private state = State.Normal;
  private stringDepth = 0;
  private keyword = '';
  private name = '';
  private nameHex = 0;
  private object = freshObject();
  private streamIsObjectStream = false;
  private streamCarry = Buffer.alloc(0);
  private objectStream: Buffer[] = [];
  private objectStreamBytes = 0;
  private scriptCarry = Buffer.alloc(0);

  /** `nested`: the inflated content of an object stream, which holds objects but no streams. */
  constructor(private readonly nested = false) {}

  async write(chunk: Buffer): Promise<void> {
    this.findScriptTag(chunk);
    let i = 0;
    while (i < chunk.length) {
      if (this.state === State.StreamData) {
        const next = this.skipStreamData(chunk, i);
        if (next === null) return;
        i = next;
        await this.finishStream();
        continue;
      }
      i = this.tokenise(chunk, i);
    }
  }

  async end(): Promise<void> {
    this.endToken();
    if (this.state === State.StreamData) {
      // A stream without `endstream` (a truncated file): still inspect what the object stream had.
      this.collectStreamData(this.streamCarry);
      await this.finishStream();
    }
  }

  /** For the already-inflated content of an object stream. */
  scanSync(content: Buffer): void {
    let i = 0;
    while (i < content.length) i = this.tokenise(content, i);
    this.endToken();
  }

  /** Runs the tokenizer from `start` until the chunk ends or stream data begins. */
  private tokenise(chunk: Buffer, start: number): number {
    for (let i = start; i < chunk.length; i++) {
      const b = chunk[i];
      switch (this.state) {
        case State.Normal:
          if (isWhitespace(b)) {
            if (this.endKeyword(b)) return i + 1;
          } else if (isDelimiter(b)) {
            if (this.endKeyword(b)) return i + 1;
            if (b === 0x25) this.state = State.Comment;
            else if (b === 0x28) {
              this.state = State.String;
              this.stringDepth = 1;
            } else if (b === 0x3c) this.state = State.LessThan;
            else if (b === 0x2f) {
              this.state = State.Name;
              this.name = '';
            }
          } else if (this.keyword.length <= MAX_KEYWORD) {
            this.keyword += String.fromCharCode(b);
          }
          break;
        case State.Comment:
          if (b === CR || b === LF) this.state = State.Normal;
          break;
        case State.String:
          if (b === 0x5c) this.state = State.StringEscape;
          else if (b === 0x28) this.stringDepth++;
          else if (b === 0x29 && --this.stringDepth === 0) this.state = State.Normal;
          break;
        case State.StringEscape:
          this.state = State.String;
          break;
        case State.LessThan:
          // `<<` opens a dictionary; anything else opens a hex string.
          this.state = b === 0x3c ? State.Normal : b === 0x3e ? State.Normal : State.HexString;
          break;
        case State.HexString:
          if (b === 0x3e) this.state = State.Normal;
          break;
        case State.Name:
          if (b === 0x23) {
            this.state = State.NameHex1;
          } else if (isWhitespace(b) || isDelimiter(b)) {
            this.endName();
            i--; // the delimiter belongs to the next token
          } else {
            this.appendToName(b);
          }
          break;
        case State.NameHex1: {
          const value = hexValue(b);
          if (value < 0) {
            // Not an escape: readers keep the `#` literally.
            this.appendToName(0x23);
            this.state = State.Name;
            i--;
          } else {
            this.nameHex = value;
            this.state = State.NameHex2;
          }
          break;
        }
        case State.NameHex2: {
          const value = hexValue(b);
          if (value < 0) {
            this.appendToName(0x23);
            this.state = State.Name;
            i--;
          } else {
            this.appendToName(this.nameHex * 16 + value);
            this.state = State.Name;
          }
          break;
        }
        case State.StreamEol:
          this.startStreamData();
          if (b === LF) return i + 1;
          return i;
        case State.StreamData:
          return i;
      }
    }
    return chunk.length;
  }

  private appendToName(b: number): void {
    if (this.name.length <= MAX_NAME) this.name += String.fromCharCode(b);
  }

  private endToken(): void {
    if (this.state === State.Name || this.state === State.NameHex1 || this.state === State.NameHex2) this.endName();
    else if (this.state === State.Normal) this.endKeyword(0x20);
  }

  private endName(): void {
    this.state = State.Normal;
    const name = this.name;
    if (ACTIVE_NAMES.has(name)) {
      throw contentRefused('active-content', 'The PDF contains active content (scripts, launch actions, embedded files or XML forms), which is not accepted. Print it to a new PDF and upload that.');
    }
    if (name === 'ObjStm') this.object.objectStreamType = true;
    else if (name === 'First') this.object.first = true;
    else if (name === 'N') this.object.count = true;
    else if (name === 'FlateDecode' || name === 'Fl') this.object.flate = true;
    else if (name === 'DecodeParms' || name === 'DP' || OPAQUE_FILTERS.has(name)) this.object.opaque = true;
  }

  /** True when the keyword opened stream data (the terminator byte is then consumed). */
  private endKeyword(terminator: number): boolean {
    const keyword = this.keyword;
    this.keyword = '';
    if (keyword === 'obj' || keyword === 'endobj') {
      this.object = freshObject();
    } else if (keyword === 'stream' && !this.nested) {
      const { objectStreamType, first, count, flate, opaque } = this.object;
      this.streamIsObjectStream = objectStreamType || (first && count);
      if (this.streamIsObjectStream && (opaque || !flate)) {
        // Uncompressed object streams do not occur in practice; refusing them keeps one path.
        throw contentRefused('malformed', 'The PDF stores objects in a form that cannot be checked for active content (it may be encrypted). Print it to a new PDF and upload that.');
      }
      if (terminator === CR) this.state = State.StreamEol;
      else this.startStreamData();
      return true;
    }
    return false;
  }

  private startStreamData(): void {
    this.state = State.StreamData;
    this.streamCarry = Buffer.alloc(0);
    this.objectStream = [];
    this.objectStreamBytes = 0;
  }

  /** Position after `endstream`, or null when the chunk ended inside the stream. */
  private skipStreamData(chunk: Buffer, start: number): number | null {
    const window = Buffer.concat([this.streamCarry, chunk.subarray(start)]);
    const end = window.indexOf(ENDSTREAM);
    if (end >= 0) {
      this.collectStreamData(window.subarray(0, end));
      this.streamCarry = Buffer.alloc(0);
      this.state = State.Normal;
      this.object = freshObject();
      return start + end + ENDSTREAM.length - (window.length - (chunk.length - start));
    }
    const keep = Math.min(ENDSTREAM.length - 1, window.length);
    this.collectStreamData(window.subarray(0, window.length - keep));
    this.streamCarry = Buffer.from(window.subarray(window.length - keep));
    return null;
  }

  private collectStreamData(data: Buffer): void {
    if (!this.streamIsObjectStream || data.length === 0) return;
    this.objectStreamBytes += data.length;
    if (this.objectStreamBytes > MAX_OBJECT_STREAM_BYTES) {
      throw contentRefused('malformed', 'The PDF has an unusually large object stream that cannot be checked for active content.');
    }
    this.objectStream.push(Buffer.from(data));
  }

  private async finishStream(): Promise<void> {
    this.state = State.Normal;
    if (!this.streamIsObjectStream) return;
    this.streamIsObjectStream = false;
    const compressed = Buffer.concat(this.objectStream);
    this.objectStream = [];
    let content: Buffer;
    try {
      content = await inflateAsync(compressed, { maxOutputLength: MAX_OBJECT_STREAM_INFLATED_BYTES });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw contentRefused('archive-bomb', 'The PDF contains a compressed object stream that expands beyond any real document.');
      }
      throw contentRefused('malformed', 'The PDF has an object stream that cannot be read (it may be encrypted or damaged), so it cannot be checked for active content. Print it to a new PDF and upload that.');
    }
    new PdfActiveContentScanner(true).scanSync(content);
  }

  /** `<script`, case-insensitive, across chunk boundaries. */
  private findScriptTag(chunk: Buffer): void {
    const window = this.scriptCarry.length === 0 ? chunk : Buffer.concat([this.scriptCarry, chunk]);
    for (let i = window.indexOf(0x3c); i >= 0 && i + SCRIPT.length < window.length; i = window.indexOf(0x3c, i + 1)) {
      if (window.toString('latin1', i + 1, i + 1 + SCRIPT.length).toLowerCase() === SCRIPT) {
        throw contentRefused('active-content', 'The file contains HTML script code, which is not accepted in a PDF.');
      }
    }
    this.scriptCarry = Buffer.from(window.subarray(Math.max(0, window.length - SCRIPT.length)));
  }
}

function freshObject(): { objectStreamType: boolean; first: boolean; count: boolean; flate: boolean; opaque: boolean } {
  return { objectStreamType: false, first: false, count: false, flate: false, opaque: false };
}
