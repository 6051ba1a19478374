import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Request, Response } from 'express';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { DomainError } from '#domain';
import { readMultipartUpload } from './multipart-upload.js';

const MAX_BYTES = 1024 * 1024;
const BOUNDARY = 'yorisoi-test-boundary';

interface Answer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: { code?: string; fields?: Record<string, string>; fileName?: string; mediaType?: string | null; size?: number; handled?: boolean };
}

let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    let handled = false;
    readMultipartUpload(req as Request, res as unknown as Response, MAX_BYTES, async (fields, file) => {
      handled = true;
      let size = 0;
      for await (const chunk of file.stream) size += (chunk as Buffer).length;
      return { fields, fileName: file.fileName, mediaType: file.mediaType, size };
    }).then(
      (result) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result)),
      (error: unknown) => {
        const code = error instanceof DomainError ? error.code : 'INTERNAL';
        res.writeHead(code === 'INTERNAL' ? 500 : 400, { 'content-type': 'application/json' }).end(JSON.stringify({ code, handled }));
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
  const type = file?.type ? `\r\nContent-Type: ${file.type}` : '';
  return Buffer.concat([Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}${type}\r\n\r\n`), Buffer.from(content), Buffer.from('\r\n')]);
}

const closing = Buffer.from(`--${BOUNDARY}--\r\n`);

function send(body: Buffer | Readable, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/upload',
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

  it('refuses a body that is not multipart/form-data', async () => {
    const answer = await send(Buffer.from('{"title":"x"}'), { 'content-type': 'application/json' });
    expect(answer.body).toEqual({ code: 'UNSUPPORTED_MEDIA_TYPE', handled: false });
  });

  it('refuses a declared Content-Length over the limit before reading', async () => {
    const body = Buffer.concat([part('file', Buffer.alloc(MAX_BYTES + 70 * 1024), { fileName: 'big.pdf' }), closing]);
    const answer = await send(body);
    expect(answer.body).toEqual({ code: 'PAYLOAD_TOO_LARGE', handled: false });
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
    expect(answer.body).toEqual({ code: 'PAYLOAD_TOO_LARGE', handled: true });
  });

  it('takes a file of exactly the limit', async () => {
    const answer = await send(Buffer.concat([part('file', Buffer.alloc(MAX_BYTES, 0x61), { fileName: 'a.txt' }), closing]));
    expect(answer.body.size).toBe(MAX_BYTES);
  });
});
