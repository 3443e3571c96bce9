import { type Amount, type Indicator, type Place, Project } from '../../model/index.js';

/**
 * A project read from a list or a department table: these layouts print a name, the year's funds, a
 * goal and indicators, and none of the form fields (负责人, 起止, 概况 ...), which stay null.
 */
export function annualProject(p: {
  scope?: Project['scope'];
  name: string;
  code?: string | null;
  implementingUnit: string | null;
  annual: { total: Amount | null; fiscal: Amount | null; other: Amount | null };
  annualGoal: string | null;
  indicators: Indicator[];
  place: Place;
  fieldPlaces: Record<string, Place>;
}): Project {
  return Project.parse({
    scope: p.scope ?? 'project',
    name: p.name,
    code: p.code ?? null,
    implementingUnit: p.implementingUnit,
    periodText: null,
    startText: null,
    endText: null,
    startDate: null,
    endDate: null,
    attribute: null,
    manager: null,
    phone: null,
    overview: null,
    legalBasis: null,
    midTerm: { total: null, fiscal: null, other: null },
    annual: p.annual,
    midTermGoal: null,
    annualGoal: p.annualGoal,
    indicators: p.indicators,
    place: p.place,
    fieldPlaces: p.fieldPlaces,
    form: 'list',
    labelled: ['annual', 'annualGoal', 'indicators'],
  });
}
