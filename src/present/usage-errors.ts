import type { CommanderError } from 'commander';

/**
 * Commander's usage errors ("error: option '--format <format>' argument 'xml' is invalid. Allowed choices are …")
 * as one sentence that names the option, in the form every other error of the CLI takes.
 */

const flagName = (flags: string) => flags.split(/[ ,|]+/).find((f) => f.startsWith('--')) ?? flags.split(/[ ,]+/)[0];

const listOr = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}` : items[0]);

export function usageSentence(e: CommanderError, command: string | undefined): string {
  const text = e.message.replace(/^error: /, '');
  const suggestion = /\(Did you mean (?:one of )?([^?]+)\?\)/.exec(text)?.[1];
  const didYouMean = suggestion ? ` (did you mean ${suggestion}?)` : '';
  const help = `budgetlens${command ? ` ${command}` : ''} --help`;
  let m: RegExpExecArray | null;
  switch (e.code) {
    case 'commander.invalidArgument': {
      if ((m = /^option '([^']+)' argument '(.*)' is invalid\. (?:Allowed choices are (.*)\.|(.*))$/s.exec(text))) {
        const [, flags, value, choices, reason] = m;
        const rule = choices ? `${flagName(flags)} takes ${listOr(choices.split(', '))}` : reason.replace(/\.$/, '');
        return `${rule} (got "${value}").`;
      }
      if ((m = /^command-argument value '(.*)' is invalid for argument '([^']+)'\. (.*)$/s.exec(text))) {
        return `<${m[2]}> ${m[3].replace(/\.$/, '')} (got "${m[1]}").`;
      }
      break;
    }
    case 'commander.unknownOption':
      if ((m = /^unknown option '([^']+)'/.exec(text))) return `Unknown option ${m[1]}${didYouMean}; see ${help}.`;
      break;
    case 'commander.unknownCommand':
      if ((m = /^unknown command '([^']+)'/.exec(text))) return `Unknown command "${m[1]}"${didYouMean}; see budgetlens --help.`;
      break;
    case 'commander.missingArgument':
      if ((m = /^missing required argument '([^']+)'/.exec(text))) return `Missing <${m[1]}>; see ${help}.`;
      break;
    case 'commander.optionMissingArgument':
      if ((m = /^option '([^']+)' argument missing/.exec(text))) return `${flagName(m[1])} needs a value (${m[1]}).`;
      break;
    case 'commander.missingMandatoryOptionValue':
      if ((m = /^required option '([^']+)' not specified/.exec(text))) return `${command ?? 'This command'} needs ${m[1]}.`;
      break;
    case 'commander.excessArguments': {
      const expected = /Expected (\d+) arguments?/.exec(text)?.[1];
      return expected === '0'
        ? `${command ?? 'budgetlens'} takes no arguments, only options; see ${help}.`
        : `Too many arguments (${command ?? 'budgetlens'} takes ${expected}); see ${help}.`;
    }
  }
  const first = text.split('\n')[0];
  return first.charAt(0).toUpperCase() + first.slice(1) + (/[.?!]$/.test(first) ? '' : '.');
}
