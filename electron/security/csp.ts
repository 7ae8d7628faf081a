/**
 * The Content-Security-Policy of the app's page, sent as a response header by the app://
 * protocol (renderer/index.html carries the same policy as a meta tag; both apply). It starts
 * from nothing and allows only the app's own scripts, workers and styles: no remote content,
 * no eval, no plugins, no frames.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  // React sets style attributes (charts size themselves); no remote styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
