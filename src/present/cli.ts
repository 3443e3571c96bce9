import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { UsageError, type CliContext, type CommandModule } from './command.js';
import { usageSentence } from './usage-errors.js';
import { terminalLine } from '../util/terminal-text.js';
import { ingestCommand } from './commands/ingest.js';
import { flagsCommand } from './commands/flags.js';
import { queryCommand } from './commands/query.js';
import { rulesCommand } from './commands/rules.js';
import { reportCommand } from './commands/report.js';
import { exportCommand } from './commands/export.js';
import { inspectCommand } from './commands/inspect.js';

/**
 * The budgetlens command line, on commander (help for every command and option, --version, choices and
 * required options checked before a command runs). Exit codes: 0 the command did its job (a batch with failed
 * documents included), 1 it could not, 2 a usage error. Errors are one sentence on stderr, "budgetlens <command>:
 * …"; a stack trace only with --verbose.
 *
 * A command is one module (see command.ts) and one line here.
 */
export const COMMANDS: CommandModule[] = [
  ingestCommand,
  flagsCommand,
  queryCommand,
  rulesCommand,
  reportCommand,
  exportCommand,
  inspectCommand,
];

/** The package's version, from the nearest package.json above this file (the compiled copy lives in dist/<hash>/). */
function packageVersion(): string {
  for (let dir = new URL('.', import.meta.url); dir.pathname !== '/'; dir = new URL('..', dir)) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'budgetlens' && pkg.version) return pkg.version;
    } catch {
      // Not here: one folder up.
    }
  }
  return 'unknown';
}
const VERSION = packageVersion();

export interface MainOptions {
  err?: NodeJS.WritableStream;
  /** Columns the help is wrapped to (the README's generator fixes it); default the terminal's. */
  helpWidth?: number;
}

/** The program with every command registered: what main parses, and what the README's command section is made from. */
export function buildProgram(ctx: CliContext, helpWidth?: number): Command {
  const program = new Command('budgetlens')
    .description('Chinese departmental budgets and final accounts (部门预算/部门决算) to SQLite: every figure recognised, reconciled and traced to its page.')
    .version(VERSION, '-V, --version', 'print the version and exit')
    .helpOption('-h, --help', 'show help for a command')
    .helpCommand('help [command]', 'show help for a command')
    .option('--verbose', 'on an error, print its stack trace too; ingest also prints library messages')
    .showSuggestionAfterError(true);
  const configure = (cmd: Command) =>
    cmd
      .exitOverride()
      .configureOutput({
        writeOut: (s) => ctx.out.write(s),
        writeErr: (s) => ctx.err.write(s),
        // Errors are rewritten as one sentence in main.
        outputError: () => {},
        ...(helpWidth ? { getOutHelpWidth: () => helpWidth, getErrHelpWidth: () => helpWidth } : {}),
      })
      .helpOption('-h, --help', 'show this help')
      .configureHelp({ showGlobalOptions: true, sortOptions: false });
  configure(program);
  for (const make of COMMANDS) {
    const cmd = make(ctx);
    configure(cmd);
    program.addCommand(cmd);
  }
  return program;
}

export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout, options: MainOptions = {}): Promise<number> {
  const err = options.err ?? process.stderr;
  let program: Command | undefined;
  const ctx: CliContext = {
    out, err, exitCode: 0,
    get verbose() {
      return Boolean(program?.opts().verbose);
    },
  };
  program = buildProgram(ctx, options.helpWidth);
  const commandName = () => {
    const known = new Set(program!.commands.map((c) => c.name()));
    return argv.find((a) => known.has(a));
  };
  const prefix = () => `budgetlens${commandName() ? ` ${commandName()}` : ''}: `;
  if (!argv.length) {
    program.outputHelp({ error: true });
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(e.code)) return e.code === 'commander.help' ? 2 : 0;
      err.write(`${prefix()}${terminalLine(usageSentence(e, commandName()))}\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      err.write(`${prefix()}${terminalLine(e.message)}\n`);
      return 2;
    }
    // A message may quote a file name or a statement: shown, never run by the terminal.
    const message = terminalLine(e instanceof Error ? e.message.split('\n')[0] : String(e));
    err.write(`${prefix()}${message}${/[.。!?)]$/.test(message) ? '' : '.'}\n`);
    if (ctx.verbose && e instanceof Error) err.write(`${e.stack}\n`);
    return 1;
  }
}
