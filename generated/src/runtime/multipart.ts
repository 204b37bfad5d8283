/**
 * multipart/form-data built by hand, so that text parts carry exactly the signed bytes (a WHATWG FormData body
 * normalizes "\n" to "\r\n" in text values, which would break the signature), plus a parser for the mock gateway.
 */
import { randomBytes } from 'node:crypto';

/** A file ready to send: bytes in memory. */
export interface ResolvedFile {
  filename: string;
  contentType: string;
  data: Uint8Array;
}

const enc = new TextEncoder();
const escapeName = (s: string): string => s.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Builds a multipart body; returns it with its content type. */
export function buildMultipart(
  text: Readonly<Record<string, string>>,
  files: Readonly<Record<string, ResolvedFile>>,
  boundary = `----topgen${randomBytes(16).toString('hex')}`,
): { body: Uint8Array; contentType: string } {
  const chunks: Uint8Array[] = [];
  for (const [k, v] of Object.entries(text)) {
    chunks.push(
      enc.encode(
        `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(k)}"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n`,
      ),
      enc.encode(v),
      enc.encode('\r\n'),
    );
  }
  for (const [k, f] of Object.entries(files)) {
    chunks.push(
      enc.encode(
        `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(k)}"; filename="${escapeName(f.filename)}"\r\n` +
          `Content-Type: ${f.contentType}\r\n\r\n`,
      ),
      f.data,
      enc.encode('\r\n'),
    );
  }
  chunks.push(enc.encode(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Parses a multipart body into text fields and files (the mock gateway's reader). */
export function parseMultipart(
  body: Buffer,
  contentType: string,
): { fields: Record<string, string>; files: Record<string, ResolvedFile> } {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const boundary = m?.[1] ?? m?.[2]?.trim();
  if (!boundary) throw new SyntaxError('multipart: no boundary');
  const fields: Record<string, string> = {};
  const files: Record<string, ResolvedFile> = {};
  const delim = Buffer.from(`--${boundary}`);
  let pos = body.indexOf(delim);
  while (pos !== -1) {
    let start = pos + delim.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    if (body.subarray(start, start + 2).toString() === '\r\n') start += 2;
    const next = body.indexOf(delim, start);
    if (next === -1) throw new SyntaxError('multipart: unterminated part');
    const part = body.subarray(start, next - 2); // minus the CRLF before the delimiter
    const headEnd = part.indexOf('\r\n\r\n');
    if (headEnd === -1) throw new SyntaxError('multipart: part without headers');
    const head = part.subarray(0, headEnd).toString('utf8');
    const data = part.subarray(headEnd + 4);
    const name = /name="([^"]*)"/i.exec(head)?.[1];
    const filename = /filename="([^"]*)"/i.exec(head)?.[1];
    const type = /^content-type:\s*(.+)$/im.exec(head)?.[1]?.trim();
    if (name !== undefined) {
      if (filename !== undefined)
        files[name] = { filename, contentType: type ?? 'application/octet-stream', data: new Uint8Array(data) };
      else fields[name] = data.toString('utf8');
    }
    pos = next;
  }
  return { fields, files };
}
