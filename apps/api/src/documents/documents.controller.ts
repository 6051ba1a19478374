import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiGoneResponse, ApiInternalServerErrorResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiPayloadTooLargeResponse, ApiProduces, ApiTags, ApiUnprocessableEntityResponse, ApiUnsupportedMediaTypeResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import type { Principal } from '#accounts';
import { DocumentArchiveService, DocumentDetailView, DocumentPageView, DocumentsService, extensionFor, type IncomingFile } from '#documents';
import { DomainError } from '#domain';
import { AppConfig, createValidationPipe } from '#platform';
import { SignedIn } from '../auth/access.decorators.js';
import { CurrentPrincipal } from '../auth/current-principal.js';
import {
  ClientArchiveRequest,
  DeleteDocumentRequest,
  DeleteVersionRequest,
  DocumentContentQuery,
  DocumentListQuery,
  NewDocumentFields,
  NewDocumentUpload,
  NewVersionUpload,
  UpdateDocumentRequest,
} from './documents.dto.js';
import { readMultipartUpload } from './multipart-upload.js';
import { VersionNumberPipe } from './version-number.pipe.js';

/** The routes that take a file (multipart/form-data); every other body is JSON. */
export const DOCUMENT_UPLOAD_ROUTES = [
  { method: 'POST', path: /^\/api\/clients\/[^/]+\/documents\/?$/i },
  { method: 'POST', path: /^\/api\/clients\/[^/]+\/documents\/[^/]+\/versions\/?$/i },
];

const UNREADABLE = 'DOCUMENT_UNREADABLE: the stored file failed its integrity check or cannot be decrypted with the configured master key.';
const NOT_FOUND = 'No such file or document, or not one you may see (sensitive documents are not shown under emergency access).';
const UPLOAD_REFUSED = {
  tooLarge: 'PAYLOAD_TOO_LARGE: over DOCUMENTS_MAX_UPLOAD_MB, refused while the upload arrives; nothing is stored.',
  type: 'FILE_TYPE_NOT_ALLOWED (not PDF, JPEG, PNG, HEIC, TIFF, WebP, DOCX, ODT, plain text, MP3 or M4A) or FILE_TYPE_MISMATCH (the declared type contradicts the bytes).',
  content: 'FILE_CONTENT_REFUSED: active content in a PDF, or an archive that unpacks to far more than it weighs.',
};

/** Only these are shown inline (the preview); anything else is always a download. */
const PREVIEWABLE = new Set(['application/pdf', 'image/jpeg', 'image/png', 'image/webp']);

const fieldsPipe = createValidationPipe();

@ApiTags('documents')
@Controller('clients/:id')
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly archives: DocumentArchiveService,
    private readonly config: AppConfig,
  ) {}

  /** The file's documents, newest first, a keyset page at a time; with `applicationId`, those of one application. */
  @Get('documents')
  @SignedIn()
  @ApiOkResponse({ type: DocumentPageView })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Query() query: DocumentListQuery): Promise<DocumentPageView> {
    return this.documents.list(principal, id, query);
  }

  /**
   * Uploads a new document: the text fields first, then the file. The file is streamed: its type
   * is decided from its bytes, it is hashed and encrypted as it arrives.
   */
  @Post('documents')
  @SignedIn('caseworker', 'supervisor')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: NewDocumentUpload })
  @ApiCreatedResponse({ type: DocumentDetailView })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiPayloadTooLargeResponse({ description: UPLOAD_REFUSED.tooLarge })
  @ApiUnsupportedMediaTypeResponse({ description: UPLOAD_REFUSED.type })
  @ApiUnprocessableEntityResponse({ description: UPLOAD_REFUSED.content })
  async upload(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DocumentDetailView> {
    return readMultipartUpload(request, response, this.config.documents.maxUploadBytes, async (fields, file) => {
      const input = (await fieldsPipe.transform(fields, { type: 'body', metatype: NewDocumentFields })) as NewDocumentFields;
      return this.documents.create(principal, id, input, file satisfies IncomingFile);
    });
  }

  @Get('documents/:documentId')
  @SignedIn()
  @ApiOkResponse({ type: DocumentDetailView })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('documentId', ParseUUIDPipe) documentId: string,
  ): Promise<DocumentDetailView> {
    return this.documents.get(principal, id, documentId);
  }

  /** Corrects the description. A stale version answers 409 and changes nothing. */
  @Patch('documents/:documentId')
  @SignedIn('caseworker', 'supervisor')
  @ApiOkResponse({ type: DocumentDetailView })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('documentId', ParseUUIDPipe) documentId: string,
    @Body() body: UpdateDocumentRequest,
  ): Promise<DocumentDetailView> {
    return this.documents.update(principal, id, documentId, body);
  }

  /** Deletes the document: every version's key is destroyed, so no copy can be read again. */
  @Delete('documents/:documentId')
  @SignedIn('caseworker', 'supervisor')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: NOT_FOUND })
  async delete(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('documentId', ParseUUIDPipe) documentId: string,
    @Body() body: DeleteDocumentRequest,
  ): Promise<void> {
    await this.documents.delete(principal, id, documentId, body);
  }

  /** Uploads a new version; the earlier ones stay readable. */
  @Post('documents/:documentId/versions')
  @SignedIn('caseworker', 'supervisor')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: NewVersionUpload })
  @ApiCreatedResponse({ type: DocumentDetailView })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiPayloadTooLargeResponse({ description: UPLOAD_REFUSED.tooLarge })
  @ApiUnsupportedMediaTypeResponse({ description: UPLOAD_REFUSED.type })
  @ApiUnprocessableEntityResponse({ description: UPLOAD_REFUSED.content })
  async uploadVersion(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('documentId', ParseUUIDPipe) documentId: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DocumentDetailView> {
    return readMultipartUpload(request, response, this.config.documents.maxUploadBytes, async (fields, file) => {
      const unexpected = Object.keys(fields);
      if (unexpected.length > 0) {
        throw new DomainError('VALIDATION_FAILED', 'A new version carries only the file.', { fields: unexpected.map((field) => ({ field, problems: ['should not exist'] })) });
      }
      return this.documents.addVersion(principal, id, documentId, file);
    });
  }

  /**
   * A version's bytes, decrypted as they stream. Always a download, except `disposition=inline`
   * for images and PDFs (the dashboard's preview); either way under a sandboxing policy, so a
   * file can never run script in the dashboard's origin.
   */
  @Get('documents/:documentId/versions/:number/content')
  @SignedIn()
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiGoneResponse({ description: 'DOCUMENT_KEY_DESTROYED: the version was deleted or the file anonymised' })
  @ApiInternalServerErrorResponse({ description: UNREADABLE })
  async content(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('documentId', ParseUUIDPipe) documentId: string,
    @Param('number', VersionNumberPipe) number: number,
    @Query() query: DocumentContentQuery,
    @Res() response: Response,
  ): Promise<void> {
    const opened = await this.documents.open(principal, id, documentId, number, query.disposition ?? 'attachment');
    const inline = query.disposition === 'inline' && PREVIEWABLE.has(opened.mediaType);
    response.status(200);
    response.setHeader('Content-Type', opened.mediaType);
    response.setHeader('Content-Length', String(opened.sizeBytes));
    response.setHeader('Content-Disposition', contentDisposition(inline ? 'inline' : 'attachment', opened.fileName, opened.mediaType));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'no-store');
    // Chrome's PDF viewer does not run in a sandboxed document: a PDF previewed inline gets a
    // policy that allows nothing but itself; everything else is sandboxed outright.
    response.setHeader(
      'Content-Security-Policy',
      inline && opened.mediaType === 'application/pdf' ? "default-src 'none'; object-src 'self'; frame-ancestors 'self'" : "sandbox; default-src 'none'; img-src 'self'; frame-ancestors 'self'",
    );
    response.setHeader('Digest', `sha-256=${Buffer.from(opened.sha256, 'hex').toString('base64')}`);
    await pipeline(opened.stream, response).catch(() => response.destroy());
  }

  /** Deletes one version (a wrong upload): its key is destroyed, the other versions stay. */
  @Delete('documents/:documentId/versions/:number')
  @SignedIn('caseworker', 'supervisor')
  @ApiOkResponse({ type: DocumentDetailView })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  deleteVersion(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('documentId', ParseUUIDPipe) documentId: string,
    @Param('number', VersionNumberPipe) number: number,
    @Body() body: DeleteVersionRequest,
  ): Promise<DocumentDetailView> {
    return this.documents.deleteVersion(principal, id, documentId, number, body);
  }

  /**
   * The client export with documents: a ZIP of the JSON export and the chosen documents' latest
   * versions. Same rules as the JSON export (not under emergency access; purpose and reason audited).
   */
  @Post('export/archive')
  @SignedIn('caseworker', 'supervisor')
  @HttpCode(200)
  @ApiProduces('application/zip')
  @ApiOkResponse({ description: 'client.json and documents/…', schema: { type: 'string', format: 'binary' } })
  @ApiInternalServerErrorResponse({ description: UNREADABLE })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  async exportArchive(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ClientArchiveRequest,
    @Res() response: Response,
  ): Promise<void> {
    const archive = await this.archives.export(principal, id, body);
    response.status(200);
    response.setHeader('Content-Type', 'application/zip');
    response.setHeader('Content-Disposition', `attachment; filename="${archive.fileName}"`);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'no-store');
    await pipeline(archive.stream, response).catch(() => response.destroy());
  }
}

/**
 * The original name goes only into the header's RFC 6266/5987 `filename*` (percent-encoded, so no
 * quote, newline or path can break out of it), with a plain ASCII fallback made here.
 */
function contentDisposition(kind: 'inline' | 'attachment', fileName: string | null, mediaType: string): string {
  const fallback = `document.${extensionFor(mediaType)}`;
  if (!fileName) return `${kind}; filename="${fallback}"`;
  // RFC 8187 attr-chars only: encodeURIComponent leaves ' ( ) * and ! raw, which it does not allow.
  const encoded = encodeURIComponent(fileName).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
