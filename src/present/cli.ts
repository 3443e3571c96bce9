import { UsageError } from './args.js';

/**
 * The budgetlens command line. Exit codes: 0 the command did its job (a batch with failed
 * documents included), 1 it could not, 2 a usage error. Errors are one sentence on stderr; a
 * stack trace only with --verbose.
 */

const USAGE = `usage:
  budgetlens ingest <file-or-dir>... --db <file.sqlite> [--concurrency N] [--ocr auto|always|never] [--force] [--pipeline NAME]
                    [--timeout S] [--memory-limit MB] [--no-progress]
  budgetlens flags --db <file> [--document <id|path>] [--severity error|warning|info] [--format table|json|csv]
  budgetlens query --db <file> "<SELECT ...>" [--format table|json|csv]
  budgetlens rules [--format table|json|csv]
  budgetlens report --db <file> --out <dir>
  budgetlens export --db <file> --format csv|fdp --out <dir>
  budgetlens enqueue <file-or-dir>... --redis URL [--attempts N]
  budgetlens worker --redis URL --db <shard.sqlite> [--concurrency N] [--timeout S] [--memory-limit MB] [--exit-when-done]
  budgetlens merge <shard.sqlite>... --db <all.sqlite>
  budgetlens status --redis URL [--format table|json]
`;

type Command = (argv: string[], out: NodeJS.WritableStream) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  // Loaded on demand: `query` should not pay for pdf.js and OCR.
  ingest: async () => (await import('./commands/ingest.js')).ingestCommand,
  flags: async () => (await import('./commands/flags.js')).flagsCommand,
  query: async () => (await import('./commands/query.js')).queryCommand,
  rules: async () => (await import('./commands/rules.js')).rulesCommand,
  report: async () => (await import('./report/command.js')).reportCommand,
  export: async () => (await import('./export/command.js')).exportCommand,
  // Beyond one machine: a queue on Redis (src/batch/distributed/), shards merged by sha256.
  enqueue: async () => (await import('./commands/enqueue.js')).enqueueCommand,
  worker: async () => (await import('./commands/worker.js')).workerCommand,
  merge: async () => (await import('./commands/merge.js')).mergeCommand,
  status: async () => (await import('./commands/status.js')).statusCommand,
};

export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const verbose = argv.includes('--verbose');
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? out : process.stderr).write(USAGE);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`budgetlens: unknown command "${name}".\n${USAGE}`);
    return 2;
  }
  try {
    return await (await load())(rest.filter((a) => a !== '--verbose'), out);
  } catch (e) {
    if (e instanceof UsageError || (e instanceof Error && e.name === 'ZodError')) {
      const msg = e instanceof UsageError ? e.message : 'invalid option.';
      process.stderr.write(`budgetlens ${name}: ${msg}\n`);
      return 2;
    }
    process.stderr.write(`budgetlens ${name}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
    if (verbose && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    return 1;
  }
}
