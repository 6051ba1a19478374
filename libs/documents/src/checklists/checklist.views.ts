import { ApiProperty } from '@nestjs/swagger';
import { CHECKLIST_STEPS, DOCUMENT_CATEGORIES, type ChecklistItemStatus, type ChecklistStep, type DocumentCategory } from '#domain';
import { BilingualView } from '#deadlines';

const ITEM_STATUSES: readonly ChecklistItemStatus[] = ['present', 'missing', 'awaiting-translation', 'optional-missing'];

export class ChecklistTemplateItemView {
  @ApiProperty({ example: 'personal-statement', description: 'kebab-case, unique in the template' })
  key!: string;

  @ApiProperty({ type: BilingualView })
  label!: BilingualView;

  @ApiProperty({ type: BilingualView, nullable: true })
  hint!: BilingualView | null;

  @ApiProperty({ enum: DOCUMENT_CATEGORIES, isArray: true, description: 'A document of these categories fills the item unless filed under another key' })
  categories!: DocumentCategory[];

  @ApiProperty()
  required!: boolean;

  @ApiProperty({ description: 'A foreign-language document fills it only with a signed Japanese translation (Enforcement Regulation Art. 62)' })
  needsTranslation!: boolean;
}

export class ChecklistTemplateView {
  @ApiProperty({ enum: CHECKLIST_STEPS })
  step!: ChecklistStep;

  @ApiProperty({ description: '1 is the default seeded from the reference; each edit adds one' })
  version!: number;

  @ApiProperty({ type: BilingualView })
  title!: BilingualView;

  @ApiProperty({ type: BilingualView })
  basis!: BilingualView;

  @ApiProperty({ type: [ChecklistTemplateItemView] })
  items!: ChecklistTemplateItemView[];

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The administrator who wrote this version; null for the defaults' })
  createdBy!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class ChecklistItemView {
  @ApiProperty()
  key!: string;

  @ApiProperty({ type: BilingualView })
  label!: BilingualView;

  @ApiProperty({ type: BilingualView, nullable: true })
  hint!: BilingualView | null;

  @ApiProperty()
  required!: boolean;

  @ApiProperty({ enum: ITEM_STATUSES })
  status!: ChecklistItemStatus;

  @ApiProperty({ type: [String], description: 'The documents filed under the item' })
  documentIds!: string[];
}

export class ChecklistView {
  @ApiProperty({ format: 'uuid' })
  applicationId!: string;

  @ApiProperty({ enum: CHECKLIST_STEPS, nullable: true, description: 'Null when the application’s stage expects nothing more (recognised, final, withdrawn)' })
  step!: ChecklistStep | null;

  @ApiProperty({ type: Number, nullable: true })
  templateVersion!: number | null;

  @ApiProperty({ type: BilingualView, nullable: true })
  title!: BilingualView | null;

  @ApiProperty({ type: BilingualView, nullable: true })
  basis!: BilingualView | null;

  @ApiProperty({ type: [ChecklistItemView] })
  items!: ChecklistItemView[];

  @ApiProperty({ description: 'Required items with no document' })
  missing!: number;

  @ApiProperty({ description: 'Items whose documents all wait for a signed translation' })
  awaitingTranslation!: number;

  @ApiProperty({ description: 'No required item missing or waiting for a translation (true when nothing is expected)' })
  complete!: boolean;
}

export class MissingDocumentsFileView {
  @ApiProperty({ format: 'uuid' })
  clientId!: string;

  @ApiProperty({ example: '2026-0042' })
  caseNumber!: string;

  @ApiProperty()
  missing!: number;

  @ApiProperty()
  awaitingTranslation!: number;
}

export class MissingDocumentsByCaseworkerView {
  @ApiProperty({ format: 'uuid' })
  teamId!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null: files without a primary caseworker' })
  caseworkerId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  caseworkerName!: string | null;

  @ApiProperty({ type: [MissingDocumentsFileView], description: 'Open files whose latest application has missing items or items waiting for a translation' })
  files!: MissingDocumentsFileView[];
}
