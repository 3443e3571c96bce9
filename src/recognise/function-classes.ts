import { nameKey } from '../util/cjk.js';
import { FUNCTION_CLASS_NAMES as CLASS_NAMES } from '../vocab/function-class-names.js';

const BY_KEY = new Map<string, string>();
for (const [code, names] of Object.entries(CLASS_NAMES)) {
  for (const n of names) {
    BY_KEY.set(nameKey(n), code);
    BY_KEY.set(nameKey(n).replace(/支出$/, ''), code);
  }
}

/** The 类 code a name denotes ('社会保障和就业支出', '八、社会保障和就业', '卫生与健康支出'), or null. */
export function functionClassCode(name: string): string | null {
  const key = nameKey(name.replace(/^[一二三四五六七八九十]+、/, ''));
  return BY_KEY.get(key) ?? BY_KEY.get(key.replace(/支出$/, '')) ?? null;
}
