import { randomBytes } from 'node:crypto';

/** A request body with its `content-type`: pass `body` and the header to `ctx.http.post(path, { body, headers })`. */
export interface EncodedBody {
  body: Uint8Array;
  contentType: string;
}

/** A form field value; arrays repeat the field (`media_ids[]=1&media_ids[]=2`), `null`/`undefined` leave it out. */
export type FormValue = string | number | boolean | null | undefined | ReadonlyArray<string | number | boolean>;

/**
 * An `application/x-www-form-urlencoded` body, as OAuth 2.0 token endpoints (RFC 6749 §4.1.3) and many
 * REST APIs expect. Name array fields as the API does (e.g. `media_ids[]`).
 */
export function formBody(fields: Record<string, FormValue>): EncodedBody {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    if (value === null || value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, String(item));
  }
  return { body: Buffer.from(params.toString(), 'utf8'), contentType: 'application/x-www-form-urlencoded' };
}

/** One part of a multipart body: a text field, or a file with its name and MIME type. */
export type MultipartPart = { name: string; value: string } | { name: string; filename: string; contentType: string; data: Uint8Array };

/** A `multipart/form-data` body (RFC 7578), e.g. a media upload with its description. */
export function multipartBody(parts: readonly MultipartPart[]): EncodedBody {
  const boundary = `----rapport-${randomBytes(16).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${quoted(part.name)}"`;
    if ('data' in part) head += `; filename="${quoted(part.filename)}"\r\nContent-Type: ${part.contentType}`;
    chunks.push(Buffer.from(`${head}\r\n\r\n`, 'utf8'));
    chunks.push('data' in part ? Buffer.from(part.data.buffer, part.data.byteOffset, part.data.byteLength) : Buffer.from(part.value, 'utf8'));
    chunks.push(Buffer.from('\r\n', 'utf8'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`, 'utf8'));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Field and file names inside a quoted header parameter: quotes and line breaks escaped as browsers do. */
function quoted(value: string): string {
  return value.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
