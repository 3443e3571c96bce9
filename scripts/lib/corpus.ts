/**
 * The corpus the tests and benchmarks read: ../shared/corpus beside the clone (CI has it there). These are
 * public documents we read, not ours to redistribute, so the project commits no copy or cut of them: a test
 * that needs a few pages cuts them here, at run time, into a cache private to this checkout.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORPUS = process.env.BUDGETLENS_CORPUS ?? resolve(ROOT, '..', 'shared', 'corpus');
const CUT_CACHE = join(ROOT, 'node_modules', '.cache', 'budgetlens', 'corpus-cuts');

/** A few pages of a corpus file, named after what they show. */
interface Cut {
  from: string;
  pages: readonly number[];
}

/** Cuts the tests use: pages of one document that hold the mechanism under test. */
export const CUTS: Readonly<Record<string, Cut>> = {
  // Guangzhou's 140-page project-targets file: the first four pages, whose cells run into each other.
  'guangzhou-run-on-cells-p1-4.pdf': { from: 'pdf/renwu/2026年广州市生态环境局部门预算.pdf', pages: [1, 2, 3, 4] },
  // Beijing 文旅局's project list: its header page and pages of 定性 targets (qualifications, 效果良好, 有效提升).
  'beijing-qualitative-targets.pdf': { from: 'wide/北京/文化广电旅游体育局_2026年部门预算.pdf', pages: [35, 57, 58, 93] },
  // Beijing 政务服务局's list page whose 度量单位 column prints 其他 beside a word target (排名前三 | 其他).
  'beijing-unit-column-other.pdf': { from: 'wide/北京/政务服务和数据管理局_附件2：北京市政务服务和数据管理局2026年度部门预算报表.pdf', pages: [55] },
  // Shenzhen's 241-page budget: cover, the core tables and two project forms.
  '2026年深圳市生态环境局部门预算_节选.pdf': { from: 'pdf/renwu/2026年深圳市生态环境局部门预算.pdf', pages: [1, 81, 82, 83, 84, 85, 86, 232, 233] },
};

/** Whole corpus files the tests read, by base name (unique across ../shared/corpus/pdf). */
const WHOLE: Readonly<Record<string, string>> = Object.fromEntries(
  [
    'pdf/govbudgetchecker/上海市普陀区人民政府万里街道办事处24年预算.pdf',
    'pdf/govbudgetchecker/上海市普陀区司法局2026年部门预算.pdf',
    'pdf/govbudgetchecker/上海市普陀区财政局2024年度部门决算.pdf',
    'pdf/govbudgetchecker/附件2：部门决算模板.pdf',
    'pdf/tianbaoxitong/上海市普陀区万里街道2023年部门预算.pdf',
    'pdf/renwu/2026年佛山市交通运输局部门预算.pdf',
    'pdf/renwu/2026年杭州市司法局部门预算.pdf',
    'pdf/renwu/2026年武汉市信访局部门预算.pdf',
    'pdf/renwu/2026年福州市医疗保障局部门预算.pdf',
    'pdf/renwu/2026年长沙市信访局部门预算.pdf',
    'pdf/renwu/司法局_附件2：北京市司法局2026年度部门预算报表.pdf',
    'pdf/renwu/应急管理局_2026年部门预算.pdf',
  ].map((rel) => [basename(rel), rel]),
);

export function corpusAvailable(): boolean {
  return existsSync(CORPUS);
}

/** A corpus file by its path under ../shared/corpus; a clear error when the corpus is not beside the clone. */
export function corpusFile(rel: string): string {
  const path = join(CORPUS, rel);
  if (!existsSync(path)) throw new Error(`corpus file ${rel} not found under ${CORPUS} (the corpus lives in ../shared/corpus beside the clone)`);
  return path;
}

/** The pages of a PDF as a new PDF (pdf-lib copies the pages with their fonts and resources). */
export async function cutPdf(bytes: Uint8Array, pages: readonly number[]): Promise<Uint8Array> {
  const src = await PDFDocument.load(bytes, { updateMetadata: false });
  const out = await PDFDocument.create({ updateMetadata: false });
  for (const p of await out.copyPages(src, pages.map((n) => n - 1))) out.addPage(p);
  return out.save({ useObjectStreams: false });
}

/** A file the tests name: a whole corpus document, or a cut made once and cached for this checkout. */
export async function corpusPdf(name: string): Promise<string> {
  if (WHOLE[name]) return corpusFile(WHOLE[name]);
  const cut = CUTS[name];
  if (!cut) throw new Error(`no corpus file or cut named ${name}`);
  const path = join(CUT_CACHE, name);
  if (existsSync(path)) return path;
  const bytes = await cutPdf(readFileSync(corpusFile(cut.from)), cut.pages);
  mkdirSync(CUT_CACHE, { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path); // atomic: parallel test files never read half a cut
  return path;
}

let manifestCities: Map<string, string> | undefined;
const realCorpus = () => (existsSync(CORPUS) ? realpathSync(CORPUS) : CORPUS);

/**
 * The city a file of ../shared/corpus comes from, for measures that leave one city out: wide/<city>/…, else
 * the city folder its MANIFEST.tsv source path names (预算数据/005_广州/…), else a wide city named in the
 * file's name (上海市普陀区…); undefined when none is known. A file filed under a city but issued elsewhere
 * (武汉's 国家信访局) counts as that city: leaving out too much only makes a hold-out measure stricter.
 */
export function cityOfCorpusFile(path: string): string | undefined {
  const root = realCorpus();
  const real = existsSync(path) ? realpathSync(path) : path;
  const rel = real.startsWith(root + '/') ? real.slice(root.length + 1) : path;
  const wide = /^wide\/([^/]+)\//.exec(rel);
  if (wide) return wide[1];
  if (!manifestCities) {
    manifestCities = new Map();
    const manifest = join(CORPUS, 'MANIFEST.tsv');
    for (const line of existsSync(manifest) ? readFileSync(manifest, 'utf8').split('\n').slice(1) : []) {
      const [file, , source] = line.split('\t');
      const city = source && /预算数据\/\d+_([^/]+)\//.exec(source)?.[1];
      if (file && city) manifestCities.set(file, city);
    }
  }
  const listed = manifestCities.get(rel);
  if (listed) return listed;
  const wideDir = join(CORPUS, 'wide');
  const cities = existsSync(wideDir) ? readdirSync(wideDir).filter((d) => !d.includes('.')) : [];
  return cities.find((c) => basename(rel).includes(c));
}
