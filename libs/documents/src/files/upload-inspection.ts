import { fileTypeFromBuffer } from 'file-type';
import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { canonicalMediaType, DOCX, isAllowedMediaType, mediaTypeOfFileName, ODT, PDF, PLAIN_TEXT, sameMediaType } from './allowed-types.js';
import { PdfActiveContentScanner } from './pdf-active-content.js';
import { PlainTextCheck } from './plain-text.js';
import { fileEmpty, payloadTooLarge, typeMismatch, typeNotAllowed } from './refusals.js';
import { ZipContainerScanner, type ZipLimits } from './zip-container.js';

/** Bytes gathered before the type is decided: signatures sit at the start of a file. */
const HEAD_BYTES = 64 * 1024;
const ZIP_CONTAINERS: ReadonlySet<string> = new Set(['application/zip', DOCX, ODT]);
const NO_DECLARATION: ReadonlySet<string> = new Set(['', 'application/octet-stream', 'binary/octet-stream']);
/** Declared text types that plain text satisfies (a `.csv` is declared text/csv and is plain text). */
const MARKUP_OR_CODE = /^text\/(html|xml|javascript|ecmascript|css|x-sh|x-shellscript|x-python|x-php)$/;

export interface DeclaredFile {
  /** The multipart part's Content-Type, or null. */
  readonly mediaType: string | null;
  readonly fileName: string;
}

type Content =
  | { readonly kind: 'pdf'; readonly scanner: PdfActiveContentScanner }
  | { readonly kind: 'zip'; readonly scanner: ZipContainerScanner }
  | { readonly kind: 'text'; readonly check: PlainTextCheck }
  | { readonly kind: 'opaque' };

/**
 * The upload's bytes pass through here on their way to encryption: counted against the limit,
 * hashed, their type decided from the bytes (file-type) against the allow-list and the declared
 * type, and their content checked as it streams (PDF active content, ZIP bombs, clean text). A
 * refusal errors the stream at once. Nothing here holds more than the 64 KiB head.
 */
export class UploadInspection extends Transform {
  private bytes = 0;
  private readonly hash = createHash('sha256');
  private head: Buffer[] = [];
  private headBytes = 0;
  private content: Content | null = null;
  private decided: string | null = null;
  private digest: string | null = null;

  constructor(
    private readonly maxBytes: number,
    private readonly declared: DeclaredFile,
    private readonly zipLimits: ZipLimits,
  ) {
    super();
  }

  /** Canonical media type; set once the stream has finished. */
  get mediaType(): string {
    if (this.decided === null || this.digest === null) throw new Error('the inspection has not finished');
    return this.decided;
  }

  get sha256(): string {
    if (this.digest === null) throw new Error('the inspection has not finished');
    return this.digest;
  }

  get sizeBytes(): number {
    return this.bytes;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) return callback(payloadTooLarge(this.maxBytes));
    this.hash.update(chunk);
    if (this.content !== null) {
      this.inspect(chunk).then(() => callback(null, chunk), callback);
      return;
    }
    this.head.push(chunk);
    this.headBytes += chunk.length;
    if (this.headBytes < HEAD_BYTES) return callback();
    this.releaseHead().then(() => callback(), callback);
  }

  override _flush(callback: TransformCallback): void {
    this.finish().then(() => callback(), callback);
  }

  private async finish(): Promise<void> {
    if (this.bytes === 0) throw fileEmpty();
    if (this.content === null) await this.releaseHead();
    const content = this.content!;
    if (content.kind === 'pdf') await content.scanner.end();
    else if (content.kind === 'text') content.check.end();
    else if (content.kind === 'zip') {
      const document = content.scanner.end();
      if (document === null) throw typeNotAllowed('application/zip');
      this.accept(document);
    }
    this.digest = this.hash.digest('hex');
  }

  private async releaseHead(): Promise<void> {
    const head = Buffer.concat(this.head);
    this.head = [];
    this.content = await this.decide(head);
    await this.inspect(head);
    // Text is judged on its head first, so markup named `.pdf` is refused as markup.
    if (this.content.kind === 'text') this.accept(PLAIN_TEXT);
    this.push(head);
  }

  private async decide(head: Buffer): Promise<Content> {
    const detected = await fileTypeFromBuffer(head);
    if (detected === undefined) return { kind: 'text', check: new PlainTextCheck() };
    const mediaType = canonicalMediaType(detected.mime);
    if (ZIP_CONTAINERS.has(mediaType)) {
      // Whether a ZIP is a DOCX or ODT is settled by its entries, once all have streamed past.
      return { kind: 'zip', scanner: new ZipContainerScanner(this.zipLimits) };
    }
    if (!isAllowedMediaType(mediaType)) throw typeNotAllowed(mediaType);
    this.accept(mediaType);
    return mediaType === PDF ? { kind: 'pdf', scanner: new PdfActiveContentScanner() } : { kind: 'opaque' };
  }

  private async inspect(chunk: Buffer): Promise<void> {
    const content = this.content!;
    if (content.kind === 'pdf' || content.kind === 'zip') await content.scanner.write(chunk);
    else if (content.kind === 'text') content.check.write(chunk);
  }

  /** The bytes say `detected`; a declaration that says otherwise is refused. */
  private accept(detected: string): void {
    const declaredType = this.declared.mediaType === null ? '' : canonicalMediaType(this.declared.mediaType);
    if (!NO_DECLARATION.has(declaredType) && !declarationFits(declaredType, detected)) {
      throw typeMismatch(declaredType, detected);
    }
    const byName = mediaTypeOfFileName(this.declared.fileName);
    if (byName !== null && !declarationFits(byName, detected)) throw typeMismatch(byName, detected);
    this.decided = detected;
  }
}

function declarationFits(declared: string, detected: string): boolean {
  if (sameMediaType(declared, detected)) return true;
  return detected === PLAIN_TEXT && declared.startsWith('text/') && !MARKUP_OR_CODE.test(declared);
}
