/**
 * One Content-Security-Policy for both shells. No 'unsafe-eval' and no inline scripts;
 * workers (pdf.js) only from our own origin or blobs we create; nothing may be framed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React's style props go through CSSOM (not blocked); this covers style tags of bundled CSS.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
