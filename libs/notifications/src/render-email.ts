export interface EmailContent {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

export interface EmailParts {
  readonly subject: string;
  readonly lang: 'ja' | 'en';
  /** Paragraphs of plain text; each becomes a <p> in the HTML version. */
  readonly paragraphs: readonly string[];
  readonly action?: { readonly label: string; readonly url: string };
  readonly footer: string;
}

/** One plain layout for every email, as text and as HTML with every value escaped. */
export function renderEmail(parts: EmailParts): EmailContent {
  const text = [
    ...parts.paragraphs,
    ...(parts.action ? [`${parts.action.label}: ${parts.action.url}`] : []),
    '--',
    parts.footer,
  ].join('\n\n');
  const html = `<!doctype html>
<html lang="${parts.lang}"><head><meta charset="utf-8"><title>${escapeHtml(parts.subject)}</title></head>
<body style="font-family: sans-serif; line-height: 1.6; color: #1f2933; max-width: 36em;">
${parts.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${parts.action ? `<p><a href="${escapeHtml(parts.action.url)}" style="display:inline-block;padding:0.6em 1.2em;background:#2f6f5e;color:#fff;text-decoration:none;border-radius:4px;">${escapeHtml(parts.action.label)}</a></p>\n<p style="font-size:0.9em;color:#52606d;">${escapeHtml(parts.action.url)}</p>` : ''}
<hr style="border:none;border-top:1px solid #d9e2ec;">
<p style="font-size:0.85em;color:#52606d;">${escapeHtml(parts.footer)}</p>
</body></html>
`;
  return { subject: parts.subject, text, html };
}
