import type { Project } from '../../model/index.js';
import { PASSED_ON_NAME } from '../../vocab/performance-words.js';
import { costLineOf } from './cost-lines.js';

/**
 * A project with the typed meanings the rules read instead of its words: whether its money is passed on, and
 * what each cost indicator says of the funds.
 */
export function typeProject(p: Project): Project {
  const indicators = p.indicators.map((i) => {
    const cost = costLineOf(i, p);
    return cost ? { ...i, cost } : i;
  });
  return { ...p, indicators, ...(PASSED_ON_NAME.test(p.name.replace(/\s+/g, '')) ? { passedOn: true } : {}) };
}
