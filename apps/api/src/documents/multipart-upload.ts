import busboy from 'busboy';
import type { Request, Response } from 'express';
import { PassThrough, type Readable } from 'node:stream';
import { DomainError } from '#domain';
// What PostgreSQL can store as sent, as for JSON bodies: a field arrives in the part's declared
// charset, so UTF-16 can bring a lone surrogate as well as NUL.
import { isStorableText } from '#platform';

const MAX_FIELDS = 30;
const MAX_FIELD_BYTES = 4 * 1024;
const MAX_FIELD_NAME_BYTES = 64;
/** Room for the multipart envelope and the text fields around the file itself. */
const ENVELOPE_BYTES = 64 * 1024;
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
/**
 * `constructor`, `toString`, `__proto__` …: class-validator looks a property's rules up in a plain
 * object, finds Object.prototype's member there and lets the unknown field through.
 */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));
const FILE_PART = 'file';

export interface MultipartFile {
  readonly stream: Readable;
  /** The part's Content-Type, as the client declared it (busboy reports text/plain when absent). */
  readonly mediaType: string | null;
  /** The part's file name as sent, path and all: checking it is the caller's job. */
  readonly fileName: string;
}

/**
 * Parses multipart/form-data with busboy, streaming: text fields (each ≤ 4 KiB, ≤ 30 fields)
 * must come before the single file part (named `file`); calls handle(fields, file) with the file
 * as a Readable and the declared {mediaType, fileName}; more than one file, a missing file,
 * a non-multipart request -> DomainError VALIDATION_FAILED / UNSUPPORTED_MEDIA_TYPE. A part
 * without a name, a field named after an Object.prototype member, and a field holding what
 * PostgreSQL cannot store (NUL, an unpaired surrogate) are VALIDATION_FAILED too; `fields` is a
 * plain object with the field names as its only own keys, ready for the validation pipe.
 * A Content-Length above maxBytes + 64 KiB is refused with PAYLOAD_TOO_LARGE before reading;
 * at maxBytes while arriving the file stream errors with PAYLOAD_TOO_LARGE, the request is
 * unpiped and the rest of the body drained, then the connection closed (see stopReading).
 *
 * The file stream ends only once the whole body has been parsed, so a part that breaks the rules
 * after the file (a field, a second file) errors the stream and nothing is kept.
 */
export async function readMultipartUpload<T>(
  request: Request,
  response: Response,
  maxBytes: number,
  handle: (fields: Record<string, string>, file: MultipartFile) => Promise<T>,
): Promise<T> {
  if (!/^multipart\/form-data\s*;/i.test(request.headers['content-type'] ?? '')) {
    throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'An upload must be sent as multipart/form-data.');
  }
  const declaredLength = Number(request.headers['content-length']);
  if (Number.isFinite(declaredLength) && declaredLength > maxBytes + ENVELOPE_BYTES) {
    stopReading(request, response, null);
    throw tooLarge(maxBytes);
  }
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: request.headers,
      // The name as sent, so that `../../etc/passwd` is refused rather than quietly shortened.
      preservePath: true,
      // Browsers send file names as raw UTF-8 (日本語.pdf), not the latin1 of old RFCs.
      defParamCharset: 'utf8',
      limits: {
        fields: MAX_FIELDS,
        fieldSize: MAX_FIELD_BYTES,
        fieldNameSize: MAX_FIELD_NAME_BYTES,
        files: 1,
        parts: MAX_FIELDS + 1,
        headerPairs: 16,
        // busboy reports the limit when it is reached: one more byte lets a file of exactly maxBytes in.
        fileSize: maxBytes + 1,
      },
    });
  } catch {
    throw invalid('The multipart/form-data request has no valid boundary.');
  }

  return new Promise<T>((resolve, reject) => {
    const fields = new Map<string, string>();
    let file: PassThrough | null = null;
    let fileEnded = false;
    let bodyEnded = false;
    let failure: DomainError | null = null;
    let handled = false;

    const fail = (error: DomainError): void => {
      if (failure !== null) return;
      failure = error;
      stopReading(request, response, parser);
      file?.destroy(error);
      // Once the handler runs it answers, after it has stopped reading the file.
      if (!handled) reject(error);
    };
    /**
     * busboy calls its listeners from inside a stream: whatever one throws would be an uncaught
     * exception and end the process. Any such surprise refuses the upload instead.
     */
    const guarded =
      <A extends unknown[]>(listener: (...args: A) => void) =>
      (...args: A): void => {
        try {
          listener(...args);
        } catch {
          fail(invalid('The upload is not well-formed multipart/form-data.'));
        }
      };
    const endFileWhenBodyEnds = (): void => {
      if (file !== null && fileEnded && bodyEnded && failure === null) file.end();
    };

    parser.on(
      'field',
      guarded((name: unknown, value: unknown, info: busboy.FieldInfo) => {
        if (failure !== null) return;
        if (file !== null) return fail(invalid('Send the text fields before the file.'));
        // A part with no name at all: busboy hands it over with `undefined`.
        if (typeof name !== 'string' || name === '') return fail(invalid('The upload has a field without a name.'));
        if (!FIELD_NAME.test(name) || PROTOTYPE_NAMES.has(name) || fields.has(name)) {
          return fail(invalid('The upload has a field with an unexpected or repeated name.', { field: name.slice(0, MAX_FIELD_NAME_BYTES) }));
        }
        if (info.nameTruncated || info.valueTruncated) return fail(invalid(`A field is longer than ${MAX_FIELD_BYTES} bytes.`, { field: name }));
        if (typeof value !== 'string' || !isStorableText(value)) {
          return fail(
            invalid(`Invalid request: check ${name}.`, { fields: [{ field: name, problems: ['must be text without NUL characters or unpaired surrogates'] }] }),
          );
        }
        fields.set(name, value);
      }),
    );
    parser.on(
      'file',
      guarded((name: unknown, stream: Readable, info: busboy.FileInfo) => {
        // busboy destroys the part's stream with an error when the body breaks off inside it; the
        // parser reports the same break, and an error event with no listener would end the process.
        stream.on('error', () => undefined);
        // busboy goes on with the chunk it holds after a refusal: the handler must not see that file.
        if (failure !== null) return void stream.resume();
        if (name !== FILE_PART) {
          stream.resume();
          return fail(invalid(`The file must be sent in the part named "${FILE_PART}".`));
        }
        const body = new PassThrough();
        // A refusal destroys this stream with its reason, maybe before the handler reads it (it is
        // still checking scope): the reason reaches the caller through `failure`, and an error
        // event with no listener would otherwise end the process.
        body.on('error', () => undefined);
        file = body;
        stream.pipe(body, { end: false });
        stream.on('limit', guarded(() => fail(tooLarge(maxBytes))));
        stream.on(
          'end',
          guarded(() => {
            fileEnded = true;
            endFileWhenBodyEnds();
          }),
        );
        const declared: MultipartFile = { stream: body, mediaType: info.mimeType || null, fileName: info.filename ?? '' };
        handled = true;
        // Called inside a promise: a handler that throws rather than rejects still answers.
        new Promise<T>((settle) => settle(handle(plainFields(fields), declared))).then(
          (result) => {
            if (failure !== null) return reject(failure);
            if (!bodyEnded) stopReading(request, response, parser);
            resolve(result);
          },
          (error: unknown) => {
            // The handler may refuse before reading (no access): stop the client sending the rest.
            if (!bodyEnded) stopReading(request, response, parser);
            const cause = error instanceof DomainError || failure === null ? error : failure;
            reject(cause instanceof Error ? cause : new Error('the upload handler failed'));
          },
        );
      }),
    );
    parser.on('filesLimit', guarded(() => fail(invalid('Send one file per upload.'))));
    parser.on('fieldsLimit', guarded(() => fail(invalid(`Send at most ${MAX_FIELDS} fields.`))));
    parser.on('partsLimit', guarded(() => fail(invalid('The upload has too many parts.'))));
    parser.on('error', guarded(() => fail(invalid('The upload is not well-formed multipart/form-data.'))));
    parser.on(
      'close',
      guarded(() => {
        bodyEnded = true;
        if (!handled) return fail(invalid(`The upload has no file (a part named "${FILE_PART}" with a file name).`));
        endFileWhenBodyEnds();
      }),
    );
    request.on(
      'close',
      guarded(() => {
        if (!request.complete && !bodyEnded) fail(invalid('The upload ended before it was complete.'));
      }),
    );
    request.pipe(parser);
  });
}

/**
 * The fields as the validation pipe expects them: a plain object whose own keys are the field
 * names (none of them Object.prototype's, see PROTOTYPE_NAMES), each defined as data, never set
 * through a setter.
 */
function plainFields(fields: ReadonlyMap<string, string>): Record<string, string> {
  return Object.fromEntries(fields);
}

/** How long a refused upload may go on sending after its answer before the connection is cut. */
const LINGER_MS = 5_000;

/**
 * Stops parsing and lets the client learn why: the rest of the body is read and dropped (nothing
 * is kept, memory stays flat), and the connection is cut only LINGER_MS after the answer went out
 * if the client is still sending. Closing at once (`Connection: close`) would reset a socket the
 * client is still writing to, and the client would see a broken connection instead of the 413
 * (nginx's lingering close does the same).
 */
function stopReading(request: Request, response: Response, parser: busboy.Busboy | null): void {
  if (parser !== null) request.unpipe(parser);
  request.resume();
  response.once('finish', () => {
    if (request.complete) return;
    const cut = setTimeout(() => request.socket.destroy(), LINGER_MS);
    cut.unref();
    request.once('end', () => clearTimeout(cut));
  });
}

function tooLarge(maxBytes: number): DomainError<'PAYLOAD_TOO_LARGE'> {
  const megabytes = maxBytes / (1024 * 1024);
  const limit = Number.isInteger(megabytes) ? `${megabytes} MB` : `${maxBytes} bytes`;
  return new DomainError('PAYLOAD_TOO_LARGE', `The file is larger than the limit of ${limit}.`, { maxBytes });
}

function invalid(message: string, details?: Record<string, unknown>): DomainError<'VALIDATION_FAILED'> {
  return new DomainError('VALIDATION_FAILED', message, details);
}
