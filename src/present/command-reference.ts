import { buildProgram } from './cli.js';

/**
 * The README's command section, made from the CLI's own help (scripts/readme-commands.ts writes it, a test
 * checks the README holds exactly this): every command and option as `budgetlens <command> --help` prints it.
 */
export const REFERENCE_BEGIN = '<!-- commands:begin (generated from the CLI help by `npx tsx scripts/readme-commands.ts`; do not edit by hand) -->';
export const REFERENCE_END = '<!-- commands:end -->';
const WIDTH = 110;

export function commandReference(): string {
  const sink = { write: () => true } as unknown as NodeJS.WritableStream;
  const program = buildProgram({ out: sink, err: sink, exitCode: 0, verbose: false }, WIDTH);
  const block = (title: string, help: string) => `### ${title}\n\n\`\`\`text\n${help.trimEnd()}\n\`\`\`\n`;
  // Global options are listed once, under the program, not under every command.
  const own = (help: string) => help.replace(/\nGlobal Options:\n[\s\S]*$/, '\n');
  return [
    REFERENCE_BEGIN,
    '',
    block('budgetlens', program.helpInformation()),
    ...program.commands.filter((c) => c.name() !== 'help').map((c) => block(`budgetlens ${c.name()}`, own(c.helpInformation()))),
    REFERENCE_END,
  ].join('\n');
}

/** The README with its command section replaced (or appended when it has none). */
export function withReference(readme: string): string {
  const begin = readme.indexOf(REFERENCE_BEGIN);
  const end = readme.indexOf(REFERENCE_END);
  if (begin < 0 || end < begin) return `${readme.trimEnd()}\n\n${commandReference()}\n`;
  return readme.slice(0, begin) + commandReference() + readme.slice(end + REFERENCE_END.length);
}
