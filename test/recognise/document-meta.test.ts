import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { corpusPdf } from '../../scripts/lib/corpus.js';
import { processFile } from '../corpus-pages.js';


describe('what a document is', () => {
  it('takes a file of project performance targets for part of a budget disclosure (Guangzhou)', async () => {
    const r = await processFile(await corpusPdf('guangzhou-run-on-cells-p1-4.pdf'));
    expect(r.status).toBe('ok');
    expect(r.facts?.meta).toMatchObject({ department: '广州市生态环境局', fiscalYear: 2026, docType: 'budget', isDisclosure: true });
  });

  it('says why a notice is not a budget', async () => {
    const notice = iconv.encode('关于下达2025年文化和旅游项目资金的通知\n各区县财政局：\n现将2025年项目资金下达给你们，请按规定使用。\n', 'gbk');
    const r = await processFile('notice.txt', notice);
    expect(r.status).toBe('not_budget');
    expect(r.error).toMatch(/notice/);
    expect(r.facts?.meta.fiscalYear).toBeNull();
  });

  it('recognises a blank template as such (上海市XX局 决算模板), and a filled-in one as a disclosure', async () => {
    const template = await processFile(await corpusPdf('附件2：部门决算模板.pdf'));
    expect(template.status).toBe('not_budget');
    expect(template.error).toMatch(/template/);
    expect(template.facts?.meta.isTemplate).toBe(true);
    const real = await processFile(await corpusPdf('上海市普陀区财政局2024年度部门决算.pdf'));
    expect([real.status, real.facts?.meta.isTemplate]).toEqual(['ok', false]);
  });
});
