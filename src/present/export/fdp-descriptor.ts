import { z } from 'zod';

/**
 * The Fiscal Data Package descriptor (datapackage.json, FDP 0.3 model): the fields a consumer requires, checked
 * before writing so a broken package is never produced. References (sources, parents, labels, keys) are checked
 * too, which JSON Schema alone cannot do.
 */

const Field = z.object({ name: z.string().min(1), type: z.string().min(1) }).passthrough();
const Resource = z
  .object({
    name: z.string().regex(/^[a-z0-9._-]+$/),
    path: z.string().min(1),
    schema: z.object({ fields: z.array(Field).min(1) }).passthrough(),
  })
  .passthrough();
const Measure = z
  .object({
    source: z.string().min(1),
    currency: z.string().regex(/^[A-Z]{3}$/),
    factor: z.number().positive().optional(),
    direction: z.enum(['expenditure', 'revenue']).optional(),
    phase: z.enum(['proposed', 'approved', 'adjusted', 'executed']).optional(),
    resource: z.string().optional(),
  })
  .passthrough();
const Attribute = z
  .object({ source: z.string().min(1), parent: z.string().optional(), labelfor: z.string().optional() })
  .passthrough();
const Dimension = z
  .object({
    attributes: z.record(z.string(), Attribute).refine((a) => Object.keys(a).length > 0, 'a dimension needs attributes'),
    primaryKey: z.union([z.string(), z.array(z.string()).min(1)]),
    dimensionType: z.string().optional(),
  })
  .passthrough();

export const FiscalDataPackage = z
  .object({
    name: z.string().regex(/^[a-z0-9._-]+$/),
    title: z.string().min(1),
    countryCode: z.string().regex(/^[A-Z]{2}$/).optional(),
    fiscalPeriod: z.object({ start: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), end: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() }).optional(),
    granularity: z.enum(['aggregated', 'transactional']).optional(),
    licenses: z.array(z.object({ name: z.string().optional(), path: z.string().optional(), title: z.string().optional() }).refine((l) => l.name || l.path, 'a license needs a name or a path')).optional(),
    sources: z.array(z.object({ title: z.string().min(1), path: z.string().optional(), email: z.string().optional() }).passthrough()).optional(),
    resources: z.array(Resource).min(1),
    model: z.object({
      measures: z.record(z.string(), Measure).refine((m) => Object.keys(m).length > 0, 'the model needs a measure'),
      dimensions: z.record(z.string(), Dimension).refine((d) => Object.keys(d).length > 0, 'the model needs a dimension'),
    }),
  })
  .passthrough()
  .superRefine((pkg, ctx) => {
    const fields = new Set(pkg.resources.flatMap((r) => r.schema.fields.map((f) => f.name)));
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message });
    for (const [name, m] of Object.entries(pkg.model.measures)) {
      if (!fields.has(m.source)) issue(`measure ${name}: no field ${m.source}`);
    }
    for (const [name, d] of Object.entries(pkg.model.dimensions)) {
      for (const [attr, a] of Object.entries(d.attributes)) {
        if (!fields.has(a.source)) issue(`dimension ${name}.${attr}: no field ${a.source}`);
        if (a.parent && !d.attributes[a.parent]) issue(`dimension ${name}.${attr}: no parent attribute ${a.parent}`);
        if (a.labelfor && !d.attributes[a.labelfor]) issue(`dimension ${name}.${attr}: no attribute ${a.labelfor} to label`);
      }
      for (const key of [d.primaryKey].flat()) {
        if (!d.attributes[key]) issue(`dimension ${name}: primary key ${key} is not an attribute`);
      }
    }
  });
export type FiscalDataPackage = z.infer<typeof FiscalDataPackage>;
