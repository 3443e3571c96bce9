import { readFileSync } from 'node:fs';
import { defaultSettings, processDocument } from '../src/process-document.js';
for (const path of process.argv.slice(2)) {
  const r = await processDocument(path, new Uint8Array(readFileSync(path)), defaultSettings({ ocr: 'never' }));
  for (const f of r.flags.filter((x) => x.rule.startsWith('claim-repeated-differs'))) console.log(`${path.split('/').slice(-2).join('/')}\t${f.subject}\t${f.message.slice(0, 80)}`);
}
