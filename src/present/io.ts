/** Where a command writes: lines to stdout and stderr (replaceable in tests). */
export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const defaultIo: CommandIo = {
  out: (l) => process.stdout.write(l + '\n'),
  err: (l) => process.stderr.write(l + '\n'),
};
