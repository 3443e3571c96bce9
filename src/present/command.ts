import { Command, InvalidArgumentError, Option } from 'commander';
import { UsageError } from './args.js';

/**
 * What a command module is: a function from the CLI's context to a commander Command with its description,
 * arguments and options (each with one line of help) and an action that returns the exit code. Registering a
 * command is one line in cli.ts. The module loads what it needs inside its action, so `query` never pays for
 * pdf.js and OCR.
 */
export { UsageError };

/** The command could not do its job (exit 1); the message is one sentence for stderr. */
export class Failure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Failure';
  }
}

export interface CliContext {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  /** Whether --verbose was given (known once the command line is parsed). */
  readonly verbose: boolean;
  /** Set by the action: the process's exit code. */
  exitCode: number;
}

export type CommandModule = (ctx: CliContext) => Command;

/** An action that returns its exit code (thrown UsageError: 2, Failure or anything else: 1, handled by main). */
export function act<A extends unknown[]>(ctx: CliContext, run: (...args: A) => Promise<number>) {
  return async (...args: A) => {
    ctx.exitCode = await run(...args);
  };
}

/** --db, required, the first option of every command that reads or writes a database. */
export const dbOption = (what = 'the budgetlens database (SQLite) to read') =>
  new Option('--db <file.sqlite>', what).makeOptionMandatory();

export const formatOption = (formats: readonly string[], what = 'output format: table on screen, or json / csv for programs (streamed)') =>
  new Option('--format <format>', what).choices(formats).default(formats[0]);

export const fullOption = () => new Option('--full', 'show every table cell whole (wrapped to the screen) instead of at most three lines');

/** A parser for a whole-number option within [min, max], whose error names the option. */
export function wholeNumber(option: string, min: number, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || n < min || n > max) {
      throw new InvalidArgumentError(`${option} takes a whole number ${max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`}`);
    }
    return n;
  };
}

/** A parser for a positive number of seconds. */
export function seconds(option: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!value.trim() || !Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${option} takes a number of seconds above 0`);
    return n;
  };
}

/** A command from before the commander CLI: it takes its own argv and returns the exit code. */
export type LegacyCommand = (argv: string[], out: NodeJS.WritableStream) => Promise<number>;

/**
 * Registers a command that parses its own arguments (everything after its name is passed on as it was given).
 * Its help shows only the description; give it a proper CommandModule when there is time.
 */
export function legacyCommand(name: string, description: string, load: () => Promise<LegacyCommand>): CommandModule {
  return (ctx) =>
    new Command(name)
      .description(description)
      .argument('[arguments...]', 'passed to the command as given')
      .allowUnknownOption()
      .helpOption(false)
      .action(
        // Unknown options stay in cmd.args, in order, with the operands.
        act(ctx, async (_args: string[], _opts: unknown, cmd: Command) => (await load())([...cmd.args], ctx.out)),
      );
}
