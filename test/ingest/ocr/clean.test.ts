import { describe, expect, it } from 'vitest';
import { cleanNumber, cleanText, commasReadAsPoints, looksNumeric, repairPercent } from '../../../src/ingest/ocr/clean.js';

describe('OCR text clean-up', () => {
  it('removes spaces OCR puts between CJK characters and next to digits', () => {
    expect(cleanText('2026 年部门 收入 预算总表')).toBe('2026年部门收入预算总表');
    expect(cleanText('编制部门 : 上海市普陀区司法局')).toBe('编制部门：上海市普陀区司法局');
    expect(cleanText('Excel 2016 版')).toBe('Excel 2016版');
  });

  it('joins an amount in running text that the recogniser broke at its separators', () => {
    // PP-OCR reads the thousands comma as the sentence's full-width comma; tesseract spaces typewriter figures.
    expect(cleanText('政府采购预算3，402.01万元，其中：')).toBe('政府采购预算3,402.01万元，其中：');
    expect(cleanText('收入101, 673. 03万元')).toBe('收入101,673.03万元');
    expect(cleanText('增长3. 5%')).toBe('增长3.5%');
    // A sentence's comma after a count, and a comma before other than three digits, stay.
    expect(cleanText('项目共4个，涉及资金123万元')).toBe('项目共4个，涉及资金123万元');
    expect(cleanText('第3，40项')).toBe('第3，40项');
  });

  it('fixes look-alikes that are never budget words', () => {
    expect(cleanText('财政拨款收人')).toBe('财政拨款收入');
    expect(cleanText('人员经费')).toBe('人员经费');
    expect(cleanText('般公共预算拨款')).toBe('一般公共预算拨款');
    expect(cleanText('一般公共预算拨款')).toBe('一般公共预算拨款');
  });

  it('repairs amounts without changing a digit', () => {
    expect(cleanNumber('7.723.46')).toBe('7,723.46');
    expect(cleanNumber('3.343,704.00')).toBe('3,343,704.00');
    expect(cleanNumber('1.5')).toBe('1.5');
    expect(cleanNumber('|17723.46|')).toBe('17723.46');
    expect(cleanNumber('1 242 900.00')).toBe('1242900.00');
    expect(cleanNumber('O.00')).toBe('0.00');
    expect(cleanNumber('12.345')).toBe('12.345');
    expect(cleanNumber('~12.30')).toBe('-12.30');
    expect(cleanNumber('一5.00')).toBe('-5.00');
    expect(cleanNumber('101、673。03')).toBe('101,673.03');
    expect(cleanNumber('1l3.5')).toBe('113.5');
    expect(cleanNumber('101, 673. 03')).toBe('101,673.03');
  });

  it('reads a last comma without three digits after it as the decimal point it is', () => {
    expect(cleanNumber('1,526,633404')).toBe('1,526.633404');
    expect(cleanNumber('12,50')).toBe('12.50');
    // A thousands comma has three digits after it; a figure that has its point keeps its commas.
    expect(cleanNumber('1,526,633')).toBe('1,526,633');
    expect(cleanNumber('1,526.633404')).toBe('1,526.633404');
  });

  it('reads a final C after digits as the 0 a touching rule cut in half (no other C), and Ⅱ in a code cell as 11', () => {
    expect(cleanNumber('0.OC')).toBe('0.00');
    expect(cleanNumber('1,019.0C')).toBe('1,019.00');
    expect(cleanNumber('C12.50')).toBe('C12.50');
    expect(cleanNumber('Ⅱ')).toBe('11');
    expect(looksNumeric(cleanNumber('Ⅱ'))).toBe(true);
    expect(looksNumeric(cleanNumber('0.OC'))).toBe(true);
    expect(looksNumeric(cleanNumber('合计C'))).toBe(false);
  });

  it('tells figures from words', () => {
    expect(looksNumeric('87267272.44')).toBe(true);
    expect(looksNumeric('合计')).toBe(false);
    // A year or a count in a column of figures is words: a digits-only re-read would make '2025年' a bare 2025.
    expect(looksNumeric(cleanNumber('2025年'))).toBe(false);
    expect(looksNumeric(cleanNumber('一5.00'))).toBe(true);
    expect(looksNumeric(cleanNumber('101、673。03'))).toBe(true);
  });

  it('repairs a percent sign read as 9% or 98 after a two-decimal rate, nothing else', () => {
    expect(repairPercent('比2025年预算执行数增加17.629%。主要原因')).toBe('比2025年预算执行数增加17.62%。主要原因');
    expect(repairPercent('增加277.2298。主要原因')).toBe('增加277.22%。主要原因');
    expect(repairPercent('增加17.669%8。')).toBe('增加17.66%。');
    expect(repairPercent('合计1234.98万元')).toBe('合计1234.98万元');
    expect(repairPercent('增长17.66%。')).toBe('增长17.66%。');
  });

  it('reads a three-decimal figure as a comma only in a column of whole amounts written with commas', () => {
    const column = (texts: string[]) => texts.map((text) => ({ col: 2, numeric: true, text, runs: [{ text }] }));
    const texts = (cells: Array<{ text: string }>) => cells.map((c) => c.text);
    expect(texts(commasReadAsPoints(column(['278,220', '61,560', '92.592'])))).toEqual(['278,220', '61,560', '92,592']);
    // Near misses: a column whose figures carry decimals, or only one comma, keeps what was read.
    expect(texts(commasReadAsPoints(column(['278,220.00', '61,560', '92.592'])))).toEqual(['278,220.00', '61,560', '92.592']);
    expect(texts(commasReadAsPoints(column(['278,220', '61560', '92.592'])))).toEqual(['278,220', '61560', '92.592']);
  });
});
