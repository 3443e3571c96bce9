/** The report's progress on stderr: one line redrawn in place on a terminal, a line every few percent otherwise. */

export interface ReportProgress {
  document(pictures: number): void;
  done(): void;
}

export function reportProgress(total: number, stream: NodeJS.WriteStream | null): ReportProgress {
  if (!stream || total === 0) return { document: () => {}, done: () => {} };
  const started = Date.now();
  const tty = stream.isTTY === true;
  const every = Math.max(1, Math.ceil(total / 20));
  let n = 0;
  let pictures = 0;
  const line = () => `report: ${n}/${total} documents, ${pictures} page pictures, ${Math.round((Date.now() - started) / 1000)} s`;
  return {
    document(p) {
      n++;
      pictures += p;
      if (tty) stream.write(`\r\x1b[K${line()}`);
      else if (n % every === 0 || n === total) stream.write(`${line()}\n`);
    },
    done() {
      if (tty) stream.write('\r\x1b[K');
    },
  };
}
