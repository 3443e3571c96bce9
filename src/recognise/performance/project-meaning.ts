import type { Project } from '../../model/index.js';
import { PASSED_ON_NAME } from '../vocab/performance-words.js';

/** A project with the typed meanings the rules read instead of its words: whether its money is passed on. */
export function typeProject(p: Project): Project {
  return PASSED_ON_NAME.test(p.name.replace(/\s+/g, '')) ? { ...p, passedOn: true } : p;
}
