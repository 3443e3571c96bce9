/**
 * The few named ways a document can fail. The batch turns each into a status and one sentence;
 * they are plain data (`kind` + message) so they survive a worker boundary.
 */
export type IngestErrorKind = 'unreadable' | 'encrypted' | 'empty' | 'too_large' | 'unsupported' | 'timeout';

export class IngestError extends Error {
  constructor(
    readonly kind: IngestErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'IngestError';
  }
}

export function isIngestError(e: unknown): e is IngestError {
  return e instanceof Error && e.name === 'IngestError' && 'kind' in e;
}
