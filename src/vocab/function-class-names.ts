import { nameKey } from '../util/cjk.js';

/**
 * The function classification's 类 and the names printed for each across years (names change: 医疗卫生与
 * 计划生育支出 became 卫生健康支出); the first is the current name. Standard across China, so a document of any
 * region can be read with them.
 */
export const FUNCTION_CLASS_NAMES: Readonly<Record<string, readonly string[]>> = {
  '201': ['一般公共服务支出'],
  '202': ['外交支出'],
  '203': ['国防支出'],
  '204': ['公共安全支出'],
  '205': ['教育支出'],
  '206': ['科学技术支出'],
  '207': ['文化旅游体育与传媒支出', '文化体育与传媒支出'],
  '208': ['社会保障和就业支出'],
  '209': ['社会保险基金支出'],
  '210': ['卫生健康支出', '卫生与健康支出', '医疗卫生与计划生育支出', '医疗卫生支出'],
  '211': ['节能环保支出'],
  '212': ['城乡社区支出', '城乡社区事务支出'],
  '213': ['农林水支出', '农林水事务支出'],
  '214': ['交通运输支出'],
  '215': ['资源勘探工业信息等支出', '资源勘探信息等支出'],
  '216': ['商业服务业等支出'],
  '217': ['金融支出'],
  '219': ['援助其他地区支出'],
  '220': ['自然资源海洋气象等支出', '国土海洋气象等支出'],
  '221': ['住房保障支出'],
  '222': ['粮油物资储备支出'],
  '223': ['国有资本经营预算支出'],
  '224': ['灾害防治及应急管理支出'],
  '227': ['预备费'],
  '229': ['其他支出'],
  '230': ['转移性支出'],
  '231': ['债务还本支出'],
  '232': ['债务付息支出'],
  '233': ['债务发行费用支出'],
  '234': ['抗疫特别国债安排的支出'],
};

/** Function 类 codes and their usual names (2021 onwards), to read a 类 named in the narrative. */
export const FUNCTION_CLASSES: Record<string, string> = Object.fromEntries(Object.entries(FUNCTION_CLASS_NAMES).map(([code, names]) => [code, names[0]]));

/** A loose key for 类 names: '卫生与健康支出' and '十、卫生健康' both give '卫生健康'. */
export function classKey(name: string): string {
  return nameKey(name)
    .replace(/^[一二三四五六七八九十百]+、?/, '')
    .replace(/^\d+[、.]?/, '')
    .replace(/[与和及]/g, '')
    .replace(/(的)?支出$/, '');
}

/** The 类 code a printed or narrated name refers to, if any. */
export function classCodeOf(name: string): string | null {
  const k = classKey(name);
  if (!k) return null;
  for (const [code, n] of Object.entries(FUNCTION_CLASSES)) if (classKey(n) === k) return code;
  return null;
}
