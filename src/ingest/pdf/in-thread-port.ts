/**
 * The message port between pdf.js's display side and its parser when both run in this thread: pdf.js's own
 * LoopbackPort, except for operator-list chunks. LoopbackPort passes every message through structuredClone;
 * for an operator list that means copying every glyph object of every text operator, which cost ~10% of the
 * corpus ingest (the arrays are read once, by us, and never written). The parser empties a chunk's fnArray
 * and argsArray right after sending it and never touches their contents again (pdf.js 5.4
 * OperatorList.flush), so copying those two arrays is enough; every other message is cloned as before.
 * `parserOptions` are merged into the evaluator options the display side sends the parser with the document.
 */
type Listener = (this: InThreadPort, event: { data: unknown }) => void;

interface OperatorListChunk {
  fnArray: unknown[];
  argsArray: unknown[];
}

function isOperatorListMessage(data: unknown): data is { chunk: OperatorListChunk } {
  const chunk = (data as { chunk?: Partial<OperatorListChunk> } | null)?.chunk;
  return Array.isArray(chunk?.fnArray) && Array.isArray(chunk?.argsArray);
}

function copyMessage(data: unknown, transfer: Transferable[] | undefined): unknown {
  if (isOperatorListMessage(data)) {
    return { ...data, chunk: { ...data.chunk, fnArray: data.chunk.fnArray.slice(), argsArray: data.chunk.argsArray.slice() } };
  }
  return structuredClone(data, transfer ? { transfer } : undefined);
}

interface DocumentRequest {
  action: 'GetDocRequest';
  data: { evaluatorOptions: Record<string, unknown> };
}

function isDocumentRequest(data: unknown): data is DocumentRequest {
  const m = data as Partial<DocumentRequest> | null;
  return m?.action === 'GetDocRequest' && typeof m.data?.evaluatorOptions === 'object';
}

export class InThreadPort {
  #listeners = new Map<Listener, (() => void) | null>();
  #deferred = Promise.resolve();
  readonly #parserOptions: Record<string, unknown>;

  constructor({ parserOptions = {} }: { parserOptions?: Record<string, unknown> } = {}) {
    this.#parserOptions = parserOptions;
  }

  postMessage(data: unknown, transfer?: Transferable[]): void {
    const event = { data: copyMessage(data, transfer) };
    if (isDocumentRequest(event.data)) Object.assign(event.data.data.evaluatorOptions, this.#parserOptions);
    // Delivered later, as a real port would: senders rely on it.
    void this.#deferred.then(() => {
      for (const [listener] of this.#listeners) listener.call(this, event);
    });
  }

  addEventListener(_name: 'message', listener: Listener, options: { signal?: AbortSignal } | null = null): void {
    let removeAbort: (() => void) | null = null;
    const signal = options?.signal;
    if (signal) {
      if (signal.aborted) return;
      const onAbort = () => this.removeEventListener(_name, listener);
      removeAbort = () => signal.removeEventListener('abort', onAbort);
      signal.addEventListener('abort', onAbort);
    }
    this.#listeners.set(listener, removeAbort);
  }

  removeEventListener(_name: 'message', listener: Listener): void {
    this.#listeners.get(listener)?.();
    this.#listeners.delete(listener);
  }

  terminate(): void {
    for (const [, removeAbort] of this.#listeners) removeAbort?.();
    this.#listeners.clear();
  }
}
