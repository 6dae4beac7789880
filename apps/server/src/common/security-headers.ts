import type { RequestHandler } from 'express';
import helmet from 'helmet';

// A self-hosted server is often reached over plain HTTP on a LAN address, where upgrading its own requests to HTTPS breaks the page.
const DIRECTIVES = { 'upgrade-insecure-requests': null };

/**
 * helmet's headers on every response (and no X-Powered-By). Its CSP allows
 * same-origin scripts only: the admin UI loads /admin/admin.js, the API
 * answers JSON. GraphiQL (GET /graphql in a browser, served only while
 * introspection is on) loads React and GraphiQL from unpkg.com and starts with
 * an inline script, so that page alone may run those.
 */
export function securityHeaders(graphiql: boolean): RequestHandler {
  const everywhere = helmet({ contentSecurityPolicy: { directives: DIRECTIVES } });
  if (!graphiql) return everywhere;
  const graphiqlPage = helmet({
    contentSecurityPolicy: { directives: { ...DIRECTIVES, 'script-src': ["'self'", "'unsafe-inline'", 'https://unpkg.com'] } },
  });
  return (req, res, next) => (req.method === 'GET' && req.path === '/graphql' ? graphiqlPage : everywhere)(req, res, next);
}

