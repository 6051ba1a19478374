import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Request, Response } from 'express';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { DomainError } from '#domain';
import { createValidationPipe } from '#platform';
import { NewDocumentFields } from './documents.dto.js';
import { readMultipartUpload } from './multipart-upload.js';

const MAX_BYTES = 1024 * 1024;
const BOUNDARY = 'yorisoi-test-boundary';

interface Answer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: {
    code?: string;
    details?: unknown;
    fields?: Record<string, unknown>;
    fileName?: string;
    mediaType?: string | null;
    size?: number;
    handled?: boolean;
  };
}

let server: Server;
let port: number;

beforeAll(async () => {
  // As the documents controller does: on /validated the fields go through the api's validation pipe.
  const fieldsPipe = createValidationPipe();
  server = createServer((req, res) => {
    let handled = false;
    readMultipartUpload(req as Request, res as unknown as Response, MAX_BYTES, async (fields, file) => {
      handled = true;
      const checked: unknown = req.url === '/validated' ? await fieldsPipe.transform(fields, { type: 'body', metatype: NewDocumentFields }) : fields;
      let size = 0;
      for await (const chunk of file.stream) size += (chunk as Buffer).length;
      return { fields: checked, fileName: file.fileName, mediaType: file.mediaType, size };
    }).then(
      (result) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result)),
      (error: unknown) => {
        const code = error instanceof DomainError ? error.code : 'INTERNAL';
        const details = error instanceof DomainError ? error.details : undefined;
        res.writeHead(code === 'INTERNAL' ? 500 : 400, { 'content-type': 'application/json' }).end(JSON.stringify({ code, handled, details }));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function part(name: string, content: Buffer | string, file?: { fileName: string; type?: string }): Buffer {
  const disposition = file ? `form-data; name="${name}"; filename="${file.fileName}"` : `form-data; name="${name}"`;
  return rawPart(disposition, content, file?.type);
}

function rawPart(disposition: string, content: Buffer | string, type?: string): Buffer {
  const contentType = type ? `\r\nContent-Type: ${type}` : '';
  return Buffer.concat([Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}${contentType}\r\n\r\n`), Buffer.from(content), Buffer.from('\r\n')]);
}

const DOCUMENT_FIELDS = [part('category', 'identity'), part('title', 'Passport'), part('language', 'fa')];

const closing = Buffer.from(`--${BOUNDARY}--\r\n`);

function send(body: Buffer | Readable, headers: Record<string, string> = {}, path = '/upload'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path,
        headers: {
          'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
          ...(Buffer.isBuffer(body) ? { 'content-length': String(body.length) } : {}),
          ...headers,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Answer['body'] }),
        );
      },
    );
    // The server may close while we are still sending a refused body; the answer has come by then.
    outgoing.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    if (Buffer.isBuffer(body)) outgoing.end(body);
    else body.pipe(outgoing);
  });
}

describe('readMultipartUpload', () => {
  it('hands over the fields sent before the file, the file as a stream, and the name exactly as sent', async () => {
    const body = Buffer.concat([
      part('title', '陳述書'),
      part('category', 'personal-statement'),
      part('file', Buffer.alloc(5000, 1), { fileName: '../証拠/陳述書.pdf', type: 'application/pdf' }),
      closing,
    ]);
    const answer = await send(body);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      fields: { title: '陳述書', category: 'personal-statement' },
      fileName: '../証拠/陳述書.pdf',
      mediaType: 'application/pdf',
      size: 5000,
    });
  });

  it.each([
    ['a field after the file', [part('file', 'abc', { fileName: 'a.txt' }), part('title', 'late')], 'VALIDATION_FAILED'],
    ['two files', [part('file', 'abc', { fileName: 'a.txt' }), part('file', 'def', { fileName: 'b.txt' })], 'VALIDATION_FAILED'],
    ['no file', [part('title', 'only a title')], 'VALIDATION_FAILED'],
    ['a file in another part', [part('attachment', 'abc', { fileName: 'a.txt' })], 'VALIDATION_FAILED'],
    ['a field over 4 KiB', [part('title', 'x'.repeat(4097)), part('file', 'abc', { fileName: 'a.txt' })], 'VALIDATION_FAILED'],
    ['31 fields', [...Array.from({ length: 31 }, (_, i) => part(`f${i}`, 'x')), part('file', 'abc', { fileName: 'a.txt' })], 'VALIDATION_FAILED'],
  ])('refuses %s', async (_label, parts, code) => {
    const answer = await send(Buffer.concat([...parts, closing]));
    expect(answer.body.code).toBe(code);
  });

  // The refused body may already be in busboy's hands with its file part: that file is never handed over.
  it.each([
    ['a repeated field', [part('title', 'a'), part('title', 'b')]],
    ['an unknown field name', [part('title!', 'a')]],
    ['a field over 4 KiB', [part('title', 'x'.repeat(4097))]],
  ])('refuses %s without handling the file after it', async (_label, parts) => {
    const answer = await send(Buffer.concat([...parts, part('file', 'abc', { fileName: 'a.txt' }), closing]));
    expect(answer.body).toMatchObject({ code: 'VALIDATION_FAILED', handled: false });
  });

  // busboy hands a part without a name to its listeners as `undefined`; a listener that threw on it
  // ended the whole api process (an uncaught exception inside a stream).
  it.each([
    ['two text parts without a name', [rawPart('form-data', 'x'), rawPart('form-data', 'y'), part('file', 'abc', { fileName: 'a.txt' })]],
    ['a text part with an empty name', [rawPart('form-data; name=""', 'x'), part('file', 'abc', { fileName: 'a.txt' })]],
    ['a file part without a name', [rawPart('form-data; filename="a.txt"', 'abc')]],
  ])('refuses %s, and goes on serving', async (_label, parts) => {
    const answer = await send(Buffer.concat([...parts, closing]));
    expect(answer.body).toEqual({ code: 'VALIDATION_FAILED', handled: false });
    expect((await send(Buffer.concat([part('file', 'abc', { fileName: 'a.txt' }), closing]))).body.size).toBe(3);
  });

  it('goes on serving when the body breaks off inside the file', async () => {
    const truncated = Buffer.concat([part('title', 'x'), Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nabc`)]);
    const answer = await send(truncated);
    expect(answer.body.code).toBe('VALIDATION_FAILED');
    expect((await send(Buffer.concat([part('file', 'abc', { fileName: 'a.txt' }), closing]))).body.size).toBe(3);
  });

  // PostgreSQL refuses NUL in text (a 500 at the insert); JSON bodies are checked by
  // refuseUnstorableInput, which multipart bodies do not pass through.
  it.each([
    ['a NUL', part('title', 'Passport\u0000copy')],
    ['an unpaired surrogate (a field sent as UTF-16)', rawPart('form-data; name="title"', Buffer.from('Pass\uD800port', 'utf16le'), 'text/plain; charset=utf-16le')],
  ])('refuses a field with %s, naming the field, before the file is handled', async (_label, field) => {
    const answer = await send(Buffer.concat([part('category', 'identity'), field, part('file', 'abc', { fileName: 'a.txt' }), closing]));
    expect(answer.body).toEqual({
      code: 'VALIDATION_FAILED',
      handled: false,
      details: { fields: [{ field: 'title', problems: ['must be text without NUL characters or unpaired surrogates'] }] },
    });
  });

  it('takes a field sent as UTF-16 that is well formed', async () => {
    const field = rawPart('form-data; name="title"', Buffer.from('陳述書', 'utf16le'), 'text/plain; charset=utf-16le');
    const answer = await send(Buffer.concat([field, part('file', 'abc', { fileName: 'a.txt' }), closing]));
    expect(answer.body.fields).toEqual({ title: '陳述書' });
  });

  // class-validator finds Object.prototype's members among a DTO's rules and let such a field through.
  it.each(['constructor', 'hasOwnProperty', 'toString', 'valueOf', 'isPrototypeOf', '__proto__', '__defineGetter__'])(
    'refuses a field named %s before the file is handled',
    async (name) => {
      const answer = await send(Buffer.concat([...DOCUMENT_FIELDS, part(name, 'x'), part('file', 'abc', { fileName: 'a.txt' }), closing]), {}, '/validated');
      expect([name, answer.status, answer.body.code, answer.body.handled]).toEqual([name, 400, 'VALIDATION_FAILED', false]);
    },
  );

  it('hands over fields that the validation pipe converts and checks as usual', async () => {
    const body = Buffer.concat([...DOCUMENT_FIELDS, part('sensitive', 'true'), part('file', 'abc', { fileName: 'a.txt' }), closing]);
    const answer = await send(body, {}, '/validated');
    expect(answer.body.fields).toEqual({ category: 'identity', title: 'Passport', language: 'fa', sensitive: true });
    const unknown = await send(Buffer.concat([...DOCUMENT_FIELDS, part('owner', 'x'), part('file', 'abc', { fileName: 'a.txt' }), closing]), {}, '/validated');
    expect(unknown.body).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: [{ field: 'owner' }] } });
  });

  it('refuses a body that is not multipart/form-data', async () => {
    const answer = await send(Buffer.from('{"title":"x"}'), { 'content-type': 'application/json' });
    expect(answer.body).toEqual({ code: 'UNSUPPORTED_MEDIA_TYPE', handled: false });
  });

  it('refuses a declared Content-Length over the limit before reading', async () => {
    const body = Buffer.concat([part('file', Buffer.alloc(MAX_BYTES + 70 * 1024), { fileName: 'big.pdf' }), closing]);
    const answer = await send(body);
    expect(answer.body).toEqual({ code: 'PAYLOAD_TOO_LARGE', handled: false, details: { maxBytes: MAX_BYTES } });
  });

  // The rest of a refused body is drained, not reset, so the client reads the answer rather than
  // a broken connection; test/documents/upload-abuse.e2e-spec.ts sends 2 GB through the api.
  it('errors the file stream at the limit while a chunked upload is still arriving, and the answer reaches the client', async () => {
    let sent = 0;
    const total = 50 * MAX_BYTES;
    const block = Buffer.alloc(64 * 1024, 0x61);
    const body = new Readable({
      read() {
        if (sent === 0) this.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="huge.txt"\r\n\r\n`));
        if (sent >= total) return void this.push(null);
        sent += block.length;
        this.push(block);
      },
    });
    const answer = await send(body);
    expect(answer.body).toEqual({ code: 'PAYLOAD_TOO_LARGE', handled: true, details: { maxBytes: MAX_BYTES } });
  });

  it('takes a file of exactly the limit', async () => {
    const answer = await send(Buffer.concat([part('file', Buffer.alloc(MAX_BYTES, 0x61), { fileName: 'a.txt' }), closing]));
    expect(answer.body.size).toBe(MAX_BYTES);
  });
});
