import { ApiProperty } from '@nestjs/swagger';
import { DOCUMENT_CATEGORIES, SUBMISSION_TARGETS, TRANSLATION_STATUSES, type DocumentCategory, type SubmissionTarget, type TranslationStatus } from '#domain';
import { BilingualView } from '#deadlines';

export class DocumentVersionView {
  @ApiProperty({ example: 2 })
  number!: number;

  @ApiProperty({ description: 'Size of the original file in bytes' })
  sizeBytes!: number;

  @ApiProperty({ example: 'application/pdf', description: 'Decided from the bytes at upload' })
  mediaType!: string;

  @ApiProperty({ type: String, nullable: true, description: 'The name the file had when uploaded (data only); null once anonymised' })
  originalName!: string | null;

  @ApiProperty({ description: 'SHA-256 of the original bytes, hex' })
  sha256!: string;

  @ApiProperty({ format: 'date-time' })
  uploadedAt!: string;

  @ApiProperty({ type: String, nullable: true })
  uploadedBy!: string | null;

  @ApiProperty({ type: String, nullable: true })
  uploadedByName!: string | null;

  @ApiProperty({ description: 'Its key is destroyed: the bytes can no longer be read' })
  destroyed!: boolean;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  destroyedAt!: string | null;

  @ApiProperty({ type: String, nullable: true, enum: ['deleted', 'anonymised'] })
  destroyedReason!: string | null;
}

export class TranslationView {
  @ApiProperty({ enum: TRANSLATION_STATUSES })
  status!: TranslationStatus;

  @ApiProperty({ type: String, nullable: true })
  translatorName!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'date' })
  dueDate!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'date' })
  signedOn!: string | null;

  @ApiProperty({ enum: TRANSLATION_STATUSES, isArray: true, description: 'The statuses it may move to next' })
  allowedNext!: TranslationStatus[];
}

export class LinkedDocumentView {
  @ApiProperty()
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ example: 'ja' })
  language!: string;
}

export class TranslationFlagView {
  @ApiProperty({ enum: ['TRANSLATION_MISSING', 'TRANSLATION_NOT_SIGNED'] })
  code!: string;

  @ApiProperty({ type: BilingualView })
  message!: BilingualView;

  @ApiProperty({ type: BilingualView })
  basis!: BilingualView;
}

export class DocumentView {
  @ApiProperty()
  id!: string;

  @ApiProperty()
  clientId!: string;

  @ApiProperty({ type: String, nullable: true })
  applicationId!: string | null;

  @ApiProperty({ enum: DOCUMENT_CATEGORIES })
  category!: DocumentCategory;

  @ApiProperty()
  title!: string;

  @ApiProperty({ example: 'fa', description: 'ISO 639-1 code; ja is Japanese' })
  language!: string;

  @ApiProperty({ type: String, nullable: true, format: 'date' })
  documentDate!: string | null;

  @ApiProperty({ description: 'Only the assigned caseworkers and the team’s supervisors see it, never under emergency access' })
  sensitive!: boolean;

  @ApiProperty({ description: 'To be submitted (ISA, review, court)' })
  forSubmission!: boolean;

  @ApiProperty({ type: String, nullable: true, description: 'The checklist item it fills, if chosen' })
  checklistItemKey!: string | null;

  @ApiProperty({ type: LinkedDocumentView, nullable: true, description: 'Set on a translation: the document it translates' })
  translationOf!: LinkedDocumentView | null;

  @ApiProperty({ type: [LinkedDocumentView], description: 'Its Japanese translations' })
  translations!: LinkedDocumentView[];

  @ApiProperty({ type: TranslationView })
  translation!: TranslationView;

  @ApiProperty({ type: TranslationFlagView, nullable: true, description: 'Marked for submission, not in Japanese and without a signed translation' })
  flag!: TranslationFlagView | null;

  @ApiProperty({ type: DocumentVersionView, nullable: true, description: 'The latest version' })
  currentVersion!: DocumentVersionView | null;

  @ApiProperty()
  versionCount!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  @ApiProperty({ description: 'Send it back with a change (optimistic locking)' })
  version!: number;
}

export class DocumentSubmissionView {
  @ApiProperty()
  id!: string;

  @ApiProperty({ description: 'The version handed in' })
  versionNumber!: number;

  @ApiProperty({ enum: SUBMISSION_TARGETS })
  submittedTo!: SubmissionTarget;

  @ApiProperty({ format: 'date' })
  submittedOn!: string;

  @ApiProperty({ type: String, nullable: true })
  applicationId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;

  @ApiProperty({ type: String, nullable: true })
  recordedBy!: string | null;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;
}

export class DocumentDetailView extends DocumentView {
  @ApiProperty({ type: [DocumentVersionView], description: 'Every version, newest first' })
  versions!: DocumentVersionView[];

  @ApiProperty({ type: [DocumentSubmissionView], description: 'When and where versions were handed in, newest first' })
  submissions!: DocumentSubmissionView[];
}

export class DocumentPageView {
  @ApiProperty({ type: [DocumentView] })
  items!: DocumentView[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page' })
  nextCursor!: string | null;
}
