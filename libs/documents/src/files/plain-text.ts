import { typeNotAllowed } from './refusals.js';

// Controls other than tab, LF, FF and CR (and DEL): binary data, or text meant to deceive.
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/u;
const BOM = '\ufeff';

/**
 * Decides whether bytes that no signature matched are clean plain text: valid UTF-8 (a BOM is
 * fine), no control characters but whitespace, and not markup — a file whose first non-space
 * character is `<` is HTML, SVG or XML, which a browser would render or run.
 */
export class PlainTextCheck {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private started = false;
  private sawContent = false;

  write(chunk: Buffer): void {
    this.inspect(this.decode(chunk, true));
  }

  end(): void {
    this.inspect(this.decode(Buffer.alloc(0), false));
  }

  private decode(chunk: Buffer, stream: boolean): string {
    try {
      return this.decoder.decode(chunk, { stream });
    } catch {
      throw typeNotAllowed('application/octet-stream');
    }
  }

  private inspect(text: string): void {
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.startsWith(BOM)) text = text.slice(1);
    }
    if (FORBIDDEN_CONTROL.test(text)) throw typeNotAllowed('application/octet-stream');
    if (this.sawContent) return;
    const first = text.trimStart();
    if (first.length === 0) return;
    this.sawContent = true;
    if (first.startsWith('<')) throw typeNotAllowed(markupType(first));
    // A shebang line makes the text a script for any system that runs it.
    if (first.startsWith('#!')) throw typeNotAllowed('text/x-shellscript');
  }
}

function markupType(text: string): string {
  const head = text.slice(0, 1024).toLowerCase();
  if (head.includes('<svg')) return 'image/svg+xml';
  if (head.startsWith('<?xml')) return 'application/xml';
  return 'text/html';
}
