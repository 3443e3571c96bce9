/**
 * The words that say what a document is, as data: the two kinds of disclosure and how titles name them, the
 * labels a department's name stands beside, how an organisation's name ends, and the marks of what is not a
 * disclosure (a notice, an evaluation report) or not filled in (a template).
 */

/** The word that names each kind of disclosure (部门预算, 部门决算). */
export const DOC_TYPE_WORDS = /预算|决算/;
/** The word's document type: 决算 is final accounts, anything else a budget. */
export const docTypeOfWord = (word: string): 'budget' | 'final_accounts' => (word === '决算' ? 'final_accounts' : 'budget');

/** Government levels a title may name before 部门/单位 ('区级部门预算'), as an alternation. */
export const GOVERNMENT_LEVELS = '区级|市级|省级|县级';

/** Title words that say the document is a department's or unit's own disclosure. */
export const DISCLOSURE_TITLE = /部门(预算|决算)|单位(预算|决算)|预算(信息)?公开|决算(信息)?公开/;

/** A notice, decision or approval (通知/决定/批复): an allocation notice attaches budget-like tables but discloses nothing. */
export const NOTICE_WORDS = /通知|决定|批复/;
/** An official document's number (长财文指〔2025〕42号): notices carry one, disclosures do not. */
export const DOCUMENT_NUMBER = /〔(?:19|20)\d{2}〕\d+号/;
/** A performance-evaluation report's own words on its cover. */
export const EVALUATION_REPORT = /绩效评价/;

/** Template marks left where a department's text should be (XX局, 待填写, ***). */
export const PLACEHOLDER_MARKS = /XX|ＸＸ|xx局|待填写|待补充|\*{3,}/;
/** A department named only by placeholder letters. */
export const PLACEHOLDER_NAME = /XX|ＸＸ/;

/**
 * Labels a department's name is printed beside (单位名称：X, a 部门名称 cell). The header labels also open a
 * table's header block; the form labels stand on performance forms. Not 主管部门 alone: on performance forms it
 * names the supervising department, not the one disclosing.
 */
export const HEADER_LABELS: readonly string[] = ['编制部门', '编制单位', '单位名称', '预算单位', '部门名称', '预算主管部门'];
export const FORM_LABELS: readonly string[] = ['填报单位', '申报单位'];
export const DEPARTMENT_LABELS: readonly string[] = [...HEADER_LABELS, ...FORM_LABELS];

/** How an organisation's name ends (局, 委员会, 办公室, 街道办事处, 支队 ...). */
export const ORGANISATION_ENDINGS: readonly string[] =
  '局 委 委员会 办 办公室 厅 院 部 会 署 中心 站 所 队 处 政府 馆 校 园 社 台 公司 监狱 街道 办事处 镇 乡 团 联合会 室 库 段 场 集团 机构'.split(' ');
