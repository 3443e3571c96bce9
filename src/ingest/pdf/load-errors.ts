import { IngestError } from '../errors.js';

/** Turns what pdfjs throws while opening a file into one of the named ingest errors. */
export function toIngestError(e: unknown): IngestError {
  if (e instanceof IngestError) return e;
  const name = (e as { name?: string })?.name ?? '';
  const message = ((e as { message?: string })?.message ?? String(e)).replace(/\.\s*$/, '');
  if (name === 'PasswordException') {
    return new IngestError('encrypted', 'The PDF is password-protected and cannot be opened without the password.');
  }
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException' || name === 'ResponseException') {
    return new IngestError('unreadable', `The PDF is damaged or truncated and cannot be read: ${message}.`);
  }
  return new IngestError('unreadable', `The PDF could not be read: ${message}.`);
}
