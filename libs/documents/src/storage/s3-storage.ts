import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { OnApplicationShutdown } from '@nestjs/common';
import { Readable } from 'node:stream';
import { assertStorageKey, DocumentStorage, storedObjectNotFound } from './document-storage.js';

export interface S3StorageSettings {
  readonly endpoint: string | undefined;
  readonly region: string;
  readonly bucket: string | undefined;
  readonly accessKeyId: string | undefined;
  readonly secretAccessKey: string | undefined;
  readonly forcePathStyle: boolean;
}

/** S3 multipart parts: the minimum S3 accepts, so an upload buffers at most PART_BYTES × QUEUE_SIZE. */
const PART_BYTES = 5 * 1024 * 1024;
const QUEUE_SIZE = 2;

/** Objects in an S3-compatible bucket (AWS, MinIO, Ceph, ...). */
export class S3Storage extends DocumentStorage implements OnApplicationShutdown {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(settings: S3StorageSettings) {
    super();
    if (settings.bucket === undefined) throw new Error('DOCUMENTS_S3_BUCKET must be set for the s3 storage');
    this.bucket = settings.bucket;
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials:
        settings.accessKeyId !== undefined && settings.secretAccessKey !== undefined
          ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
          : undefined,
      // The SDK's default checksums stay on: s3rver, the S3-protocol server of the tests, accepts them.
      maxAttempts: 3,
    });
  }

  async write(key: string, body: Readable): Promise<void> {
    assertStorageKey(key);
    // Streams as multipart (a single PUT below one part); on a failed body the started multipart
    // upload is aborted, so no partial object stays behind.
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: body, ContentType: 'application/octet-stream' },
      partSize: PART_BYTES,
      queueSize: QUEUE_SIZE,
      leavePartsOnError: false,
    });
    await upload.done();
  }

  async read(key: string): Promise<Readable> {
    assertStorageKey(key);
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!(object.Body instanceof Readable)) throw new Error('the S3 client returned no readable body');
      return object.Body;
    } catch (error) {
      if (isNotFound(error)) throw storedObjectNotFound();
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    assertStorageKey(key);
    // S3 answers a delete of a missing key with success: idempotent as the port requires.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async exists(key: string): Promise<boolean> {
    assertStorageKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async check(): Promise<void> {
    await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
  }

  onApplicationShutdown(): void {
    this.client.destroy();
  }
}

function isNotFound(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404)
  );
}
