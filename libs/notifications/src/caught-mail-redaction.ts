/** What a hidden sign-in secret reads as in a redacted copy. */
export const REDACTED = '[redacted]';

/** An absolute web address, up to the first character that cannot be part of one in text or HTML. */
const ABSOLUTE_URL = /\bhttps?:\/\/[^\s"'<>`()]+/gi;

/**
 * A parameter that carries a secret, in a query, a fragment or loose text: `token=…`,
 * `#token=…`, `reset_code=…`, `secret=…` (relative links such as `/reset-password#token=…`).
 */
const SECRET_PARAMETER = /\b([\w-]*(?:token|secret|code|key|password|passcode|otp|recovery|signature|sig|session|auth)[\w-]*)=("[^"]*"|'[^']*'|[^\s&#"'<>`]+)/gi;

/** A run of the characters random tokens are written with: base64, base64url, hex. */
const TOKEN_RUN = /[A-Za-z0-9+/_-]{20,}={0,2}/g;
const MIN_TOKEN_LENGTH = 20;

/** Second-factor recovery codes as MfaService issues them: `XXXXX-XXXXX`. */
const RECOVERY_CODE = /\b[A-Z0-9]{5}-[A-Z0-9]{5}\b/g;

/**
 * HTML may spell the characters of a link as character references (`&#116;oken`); the few that
 * matter are written out before redacting, so no spelling slips past the patterns.
 */
const NUMERIC_REFERENCE = /&#(?:x([0-9a-f]{1,6})|([0-9]{1,7}));?/gi;
const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  '&equals;': '=',
  '&num;': '#',
  '&quest;': '?',
  '&sol;': '/',
  '&colon;': ':',
  '&period;': '.',
  '&lowbar;': '_',
  '&hyphen;': '-',
  '&dash;': '-',
  '&plus;': '+',
};
const NAMED_REFERENCE = new RegExp(Object.keys(NAMED_REFERENCES).join('|'), 'gi');
/** Characters never written out: they would change the HTML's structure. */
const STRUCTURAL = new Set(['<', '>', '&', '"', "'"]);

function looksRandom(run: string): boolean {
  const hasDigit = /[0-9]/.test(run);
  const hasLetter = /[A-Za-z]/.test(run);
  const mixedCase = /[a-z]/.test(run) && /[A-Z]/.test(run);
  // Words joined by hyphens or slashes have no digits and rarely both cases over 32 characters;
  // a 32-byte base64url token (43 characters) almost always has both.
  return (hasDigit && hasLetter) || (mixedCase && run.length >= 32);
}

/**
 * Standard base64 has `+` and `/` but never `-` or `_`; base64url the reverse. A run with `-` or
 * `_` is judged piece by piece between slashes, so `3000/accept-invitation` stays readable while a
 * base64url token next to it does not.
 */
function redactRun(run: string): string {
  if (!/[-_]/.test(run)) return looksRandom(run) ? REDACTED : run;
  return run
    .split(/([+/])/)
    .map((piece) => (piece.length >= MIN_TOKEN_LENGTH && looksRandom(piece) ? REDACTED : piece))
    .join('');
}

/** Random-looking runs and recovery codes, wherever they stand. */
function redactTokens(value: string): string {
  return value.replace(TOKEN_RUN, redactRun).replace(RECOVERY_CODE, REDACTED);
}

/**
 * Keeps where a link goes (scheme, host, the path's ordinary segments) and hides everything that
 * may carry a secret: user and password, random-looking path segments, the query, the fragment.
 */
function redactUrl(url: string): string {
  const cut = url.search(/[?#]/);
  const base = cut === -1 ? url : url.slice(0, cut);
  const scheme = /^https?:\/\//i.exec(base)?.[0] ?? '';
  const rest = base.slice(scheme.length);
  const slash = rest.indexOf('/');
  const authority = slash === -1 ? rest : rest.slice(0, slash);
  const path = slash === -1 ? '' : rest.slice(slash);
  const at = authority.lastIndexOf('@');
  const host = at === -1 ? authority : `${REDACTED}@${authority.slice(at + 1)}`;
  const kept = `${scheme}${redactTokens(host)}${path.split('/').map(redactTokens).join('/')}`;
  return cut === -1 ? kept : `${kept}${url[cut]}${REDACTED}`;
}

/** Text outside absolute links: `token=`-like parameters (relative links), then tokens. */
function redactLoose(value: string): string {
  return redactTokens(
    value.replace(SECRET_PARAMETER, (_match, name: string, parameter: string) => {
      // An HTML attribute keeps its quotes, so the markup around it stays intact.
      const quote = parameter.startsWith('"') || parameter.startsWith("'") ? parameter[0] : '';
      return `${name}=${quote}${REDACTED}${quote}`;
    }),
  );
}

function redactPlain(value: string): string {
  let redacted = '';
  let from = 0;
  for (const link of value.matchAll(ABSOLUTE_URL)) {
    redacted += redactLoose(value.slice(from, link.index)) + redactUrl(link[0]);
    from = link.index + link[0].length;
  }
  return redacted + redactLoose(value.slice(from));
}

function writeOutReferences(html: string): string {
  return html
    .replace(NUMERIC_REFERENCE, (reference, hex: string | undefined, decimal: string | undefined) => {
      const code = hex !== undefined ? parseInt(hex, 16) : Number(decimal);
      if (code < 0x21 || code > 0x7e) return reference;
      const character = String.fromCharCode(code);
      return STRUCTURAL.has(character) ? reference : character;
    })
    .replace(NAMED_REFERENCE, (reference) => NAMED_REFERENCES[reference.toLowerCase()] ?? reference);
}

/**
 * Removes every sign-in secret from a message's text: the query and fragment of every absolute
 * link (where our reset and invitation tokens travel, `…#token=…`), any `token=`-like parameter,
 * any long random-looking run of characters, and recovery codes. Deliberately broad: it works
 * from what the text looks like, not from who sent it, so a new kind of email with a secret in
 * it is covered without anyone remembering to mark it.
 */
export function redactSecretsInText(text: string): string {
  return redactPlain(text);
}

/** The same for an HTML body, after writing out character references that could hide a link. */
export function redactSecretsInHtml(html: string): string {
  return redactPlain(writeOutReferences(html));
}
