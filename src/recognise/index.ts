import { DocumentFacts, type LaidOutDocument } from '../model/index.js';

/** Recognise stage: grids and paragraphs to typed budget facts. */
export function recogniseDocument(_doc: LaidOutDocument): DocumentFacts {
  return DocumentFacts.parse({
    meta: { department: null, fiscalYear: null, docType: null, title: null, isDisclosure: false, isTemplate: false, reason: null, narrativeUnit: null },
    tables: [], threePublic: [], projects: [], claims: [], listedTables: [], placeholders: [],
  });
}
