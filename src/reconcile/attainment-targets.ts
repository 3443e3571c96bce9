/**
 * Attainment targets (达到/完成 form): the prescribed 指标值 of a qualitative indicator (指标性质 定性) that
 * names what it is checked against, a requirement, a standard, a deadline or an acceptance
 * (符合国家标准, 按要求完成, 按期出版, 及时足额发放, 通过专家验收). The evaluator checks them as attained or
 * not, so they are measurable. Each head must open the target's first clause; the same words inside a
 * long sentence (进一步提高…水平，确保符合要求) say nothing checkable and stay vague.
 */
const ATTAINMENT_HEADS: readonly string[] = [
  // complies with a named requirement, standard or rule: 符合国家标准, 符合相关办法要求, 符合网络安全法要求
  '(符合|满足|达到)[^，,；;。]{0,14}(要求|标准|规定|规范|规程|办法|条例|等级|目标)',
  // done as required or on time: 按要求完成, 按时完成, 按期出版, 按照计划完成具体工作进度, 按规定发放
  '按照?(要求|规定|计划|时|期|合同|标准|进度|程序)[^，,；;。]{0,4}(完成|发放|拨付|支付|出版|提供|执行|实施|开展|落实|到位)',
  // paid in full on time, after a short subject: 及时足额发放, 奖助学金及时足额发给学生
  '[^，,；;。]{0,10}(及时|按时|按月)?足额(发放|发给|拨付|支付|到位)',
  // finished as a whole or on time: 全部完成, 按时完成, 如期完成
  '(全部|如期|按时|按期|顺利)完成',
  // passes an inspection or acceptance: 通过验收, 通过专家评审, 验收合格
  '通过[^，,；;。]{0,6}(验收|评审|审核|审查|检查|考核|评估|认证)',
  '(验收|检测|检验|考核|质量)?(合格|达标)',
];

/** The longest first clause an attainment head may open; longer ones are sentences, not targets. */
const MAX_CLAUSE = 18;

const HEAD = new RegExp(`^(${ATTAINMENT_HEADS.join('|')})`);

/** Whether a target (whitespace removed) is an attainment target: its first clause opens with a head. */
export function isAttainmentTarget(target: string): boolean {
  const clause = target.split(/[，,；;。]/)[0];
  return clause.length <= MAX_CLAUSE && HEAD.test(clause);
}
