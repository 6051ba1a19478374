export const PDF = 'application/pdf';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const ODT = 'application/vnd.oasis.opendocument.text';
export const PLAIN_TEXT = 'text/plain';

/**
 * What a caseworker may upload as evidence, by canonical media type: scans and photos, office
 * documents, plain text, and audio for recorded statements. Everything else is refused, because
 * every stored file is later opened on a caseworker's machine.
 */
export const ALLOWED_MEDIA_TYPES: readonly string[] = [
  PDF,
  'image/jpeg',
  'image/png',
  // iPhone photos: `heic` is the usual brand, `heif` (mif1) the generic container of the same images.
  'image/heic',
  'image/heif',
  'image/tiff',
  'image/webp',
  DOCX,
  ODT,
  PLAIN_TEXT,
  'audio/mpeg',
  'audio/mp4',
];

/** Other names in use for an allowed type (browsers, phones, file-type's own names) → canonical. */
const ALIASES: Readonly<Record<string, string>> = {
  'application/x-pdf': PDF,
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/x-png': 'image/png',
  'image/heic-sequence': 'image/heic',
  'image/heif-sequence': 'image/heif',
  'audio/mp3': 'audio/mpeg',
  'audio/x-mp3': 'audio/mpeg',
  'audio/mpeg3': 'audio/mpeg',
  'audio/x-m4a': 'audio/mp4',
  'audio/m4a': 'audio/mp4',
};

/** File-name extensions that declare a type; an extension not listed declares nothing. */
const EXTENSIONS: Readonly<Record<string, string>> = {
  pdf: PDF,
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jpe: 'image/jpeg',
  jfif: 'image/jpeg',
  png: 'image/png',
  heic: 'image/heic',
  heif: 'image/heif',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  webp: 'image/webp',
  docx: DOCX,
  odt: ODT,
  txt: PLAIN_TEXT,
  text: PLAIN_TEXT,
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  // Types we refuse: a name that claims one of them contradicts bytes of an allowed type.
  html: 'text/html',
  htm: 'text/html',
  svg: 'image/svg+xml',
  xml: 'application/xml',
  js: 'text/javascript',
  exe: 'application/x-msdownload',
  zip: 'application/zip',
  doc: 'application/msword',
  gif: 'image/gif',
};

/** `Image/JPG; charset=x` → `image/jpeg`. */
export function canonicalMediaType(mediaType: string): string {
  const bare = mediaType.split(';')[0].trim().toLowerCase();
  return ALIASES[bare] ?? bare;
}

export function isAllowedMediaType(mediaType: string): boolean {
  return ALLOWED_MEDIA_TYPES.includes(canonicalMediaType(mediaType));
}

/** The type a file name's extension claims, or null when it claims none we know. */
export function mediaTypeOfFileName(fileName: string): string | null {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0 || dot === fileName.length - 1) return null;
  return EXTENSIONS[fileName.slice(dot + 1).toLowerCase()] ?? null;
}

/** HEIC and HEIF are one container: a `.heic` photo whose brand is mif1 contradicts nothing. */
export function sameMediaType(a: string, b: string): boolean {
  const family = (type: string): string => (type === 'image/heif' ? 'image/heic' : type);
  return family(canonicalMediaType(a)) === family(canonicalMediaType(b));
}

/** The usual extension of each allowed type, for names we make (downloads, the export's entries). */
const EXTENSION_OF: Readonly<Record<string, string>> = {
  [PDF]: 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'image/tiff': 'tif',
  'image/webp': 'webp',
  [DOCX]: 'docx',
  [ODT]: 'odt',
  [PLAIN_TEXT]: 'txt',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
};

export function extensionFor(mediaType: string): string {
  return EXTENSION_OF[canonicalMediaType(mediaType)] ?? 'bin';
}
