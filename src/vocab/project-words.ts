/** The words of project lists, as data: the size threshold a narrative counts large projects by. */

/** '100万元及100万元以上项目', '50万元以上' -> '100', '50' (in 万元). */
const LARGE_PROJECT_THRESHOLD = /(\d+(?:\.\d+)?)\s*万元(?:及\s*\d+(?:\.\d+)?\s*万元)?\s*(?:以上|及以上)/;

/** The threshold in 万元 a text counts large projects by, as printed; null when it states none. */
export function largeProjectThresholdWan(text: string): string | null {
  return LARGE_PROJECT_THRESHOLD.exec(text.replace(/\s+/g, ''))?.[1] ?? null;
}
