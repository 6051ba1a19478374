import type { Response } from 'express';

/**
 * Sends a referral letter: a PDF named by its number only (no name of the client in a file name
 * that lands in a Downloads folder), never cached, under a policy that lets Chrome's viewer show
 * it and nothing run in the dashboard's origin.
 */
export function sendLetter(response: Response, letter: { pdf: Buffer; number: number }, disposition: 'attachment' | 'inline'): void {
  response.status(200);
  response.setHeader('Content-Type', 'application/pdf');
  response.setHeader('Content-Length', String(letter.pdf.length));
  response.setHeader('Content-Disposition', `${disposition}; filename="referral-${letter.number}.pdf"`);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('Content-Security-Policy', "default-src 'none'; object-src 'self'; frame-ancestors 'self'");
  response.end(letter.pdf);
}
