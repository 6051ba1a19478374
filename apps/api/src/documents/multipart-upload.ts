import busboy from 'busboy';
import type { Request, Response } from 'express';
import { PassThrough, type Readable } from 'node:stream';
import { DomainError } from '#domain';

const MAX_FIELDS = 30;
const MAX_FIELD_BYTES = 4 * 1024;
const MAX_FIELD_NAME_BYTES = 64;
/** Room for the multipart envelope and the text fields around the file itself. */
const ENVELOPE_BYTES = 64 * 1024;
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
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
 * a non-multipart request -> DomainError VALIDATION_FAILED / UNSUPPORTED_MEDIA_TYPE.
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
    const fields: Record<string, string> = {};
    let file: PassThrough | null = null;
    let fileEnded = false;
    let bodyEnded = false;
    let failure: DomainError | null = null;
    let handled = false;

    const fail = (error: DomainError): void => {
      if (failure !== null) return;
      failure = error;
      stopReading(request, response, parser);
      if (file !== null) file.destroy(error);
      else reject(error);
    };
    const endFileWhenBodyEnds = (): void => {
      if (file !== null && fileEnded && bodyEnded && failure === null) file.end();
    };

    parser.on('field', (name, value, info) => {
      if (file !== null) return fail(invalid('Send the text fields before the file.'));
      if (!FIELD_NAME.test(name) || Object.hasOwn(fields, name)) return fail(invalid('The upload has a field with an unexpected or repeated name.', { field: name.slice(0, MAX_FIELD_NAME_BYTES) }));
      if (info.nameTruncated || info.valueTruncated) return fail(invalid(`A field is longer than ${MAX_FIELD_BYTES} bytes.`, { field: name }));
      fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
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
      stream.on('limit', () => fail(tooLarge(maxBytes)));
      stream.on('end', () => {
        fileEnded = true;
        endFileWhenBodyEnds();
      });
      handled = true;
      handle({ ...fields }, { stream: body, mediaType: info.mimeType || null, fileName: info.filename ?? '' }).then(
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
    });
    parser.on('filesLimit', () => fail(invalid('Send one file per upload.')));
    parser.on('fieldsLimit', () => fail(invalid(`Send at most ${MAX_FIELDS} fields.`)));
    parser.on('partsLimit', () => fail(invalid('The upload has too many parts.')));
    parser.on('error', () => fail(invalid('The upload is not well-formed multipart/form-data.')));
    parser.on('close', () => {
      bodyEnded = true;
      if (!handled) return fail(invalid(`The upload has no file (a part named "${FILE_PART}" with a file name).`));
      endFileWhenBodyEnds();
    });
    request.on('close', () => {
      if (!request.complete && !bodyEnded) fail(invalid('The upload ended before it was complete.'));
    });
    request.pipe(parser);
  });
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
