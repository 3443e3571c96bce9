import { type Place, Project, type Unit } from '../../model/index.js';
import { tickedAttribute } from './checkbox.js';
import { type FieldValue, findLabels, joinPageBreak, readField } from './fields.js';
import { isoDate } from './dates.js';
import { readFunds } from './funds.js';
import { readGoals } from './goals.js';
import { findIndicatorHeader } from './indicator-header.js';
import { findIndicatorColumns, readColumnIndicators } from './indicator-columns.js';
import { readIndicators } from './indicators.js';
import type { FormRow } from './rows.js';

/** 单位：万元 anywhere above the grid; 项目实施单位： is not a unit. */
const UNIT = /(?<!实施)单位\s*[:：]\s*(万元|元)|^项目资金\s*[（(](万元|元)[）)]/;

/** The form's unit as printed (with where), else the caller's default. */
export function formUnit(rows: readonly FormRow[], to: number, fallback: Unit): { unit: Unit; place: Place | null } {
  for (const row of rows.slice(0, to)) {
    for (const c of row.cells) {
      const m = UNIT.exec(c.text);
      if (m) return { unit: (m[1] ?? m[2]) as Unit, place: c.place };
    }
  }
  return { unit: fallback, place: null };
}

/** The implementing unit without the date and 单位 printed on the same line. */
function unitName(v: FieldValue | null): string | null {
  const text = v?.text.split(/\s*\d{4}\s*年|\s*(?<!实施)单位\s*[:：]/)[0].trim() ?? '';
  return text || null;
}

/** Reads one project from the rows of its form (title first); null without a 项目名称. */
export function readProject(rows: readonly FormRow[], defaultUnit: Unit): Project | null {
  const found = findIndicatorHeader(rows);
  // One-horizon grids (PDF layouts) are read by column; two-horizon ones by content.
  const columns = !found || found.single ? findIndicatorColumns(rows) : null;
  const header = columns ? null : found;
  const gridRow = columns?.row ?? header?.row ?? null;
  const reviewRow = findLabels(rows, 'review', gridRow !== null ? gridRow + 1 : 0)[0]?.row ?? rows.length;
  const top = gridRow ?? reviewRow;
  const field = (key: Parameters<typeof readField>[1]) => readField(rows, key, 0, top).value;

  const nameField = readField(rows, 'name', 0, top);
  const name = joinPageBreak(rows, nameField.hit, nameField.value);
  if (!name) return null;
  const { unit, place: unitPlace } = formUnit(rows, top, defaultUnit);
  const start = field('start');
  const end = field('end');
  const funds = readFunds(rows, unit, top);
  const goals = readGoals(rows, top);
  const attributeCells = rows.slice(0, top).flatMap((r) => r.cells);
  const attributeCell = attributeCells.find((c) => tickedAttribute([c.text]));

  const values: Record<string, FieldValue | null> = {
    name,
    implementingUnit: field('implementingUnit'),
    period: field('period'),
    start,
    end,
    manager: field('manager'),
    phone: field('phone'),
    overview: field('overview'),
    legalBasis: field('legalBasis'),
    midTermGoal: goals.midTerm,
    annualGoal: goals.annual,
  };
  const fieldPlaces: Record<string, Place> = {};
  for (const [k, v] of Object.entries(values)) if (v) fieldPlaces[k] = v.place;
  if (attributeCell) fieldPlaces.attribute = attributeCell.place;
  if (funds.midTermPlace) fieldPlaces.midTerm = funds.midTermPlace;
  if (funds.annualPlace) fieldPlaces.annual = funds.annualPlace;
  if (gridRow !== null) fieldPlaces.indicators = rows[gridRow].place;
  if (unitPlace) fieldPlaces.unit = unitPlace;

  // The fields whose label the form prints: a template without 项目负责人 (Fuzhou's, Hunan's short grids) does not ask for one.
  const printed = (...keys: Parameters<typeof findLabels>[1][]) => keys.some((k) => findLabels(rows, k, 0, top).length > 0);
  const labelled = Object.entries({
    implementingUnit: printed('implementingUnit'),
    period: printed('period', 'start'),
    attribute: printed('attribute') || attributeCell !== undefined,
    manager: printed('manager'),
    phone: printed('phone'),
    overview: printed('overview'),
    legalBasis: printed('legalBasis'),
    midTerm: printed('midTermTotal'),
    annual: printed('annualTotal'),
    midTermGoal: printed('midTermGoal'),
    annualGoal: printed('annualGoal'),
    indicators: gridRow !== null || printed('indicators'),
  }).filter(([, yes]) => yes).map(([k]) => k);

  return Project.parse({
    form: 'grid',
    labelled,
    name: name.text,
    implementingUnit: unitName(values.implementingUnit),
    periodText: values.period?.text ?? null,
    startText: start?.text ?? null,
    endText: end?.text ?? null,
    startDate: start ? isoDate(start.text, 'start') : null,
    endDate: end ? isoDate(end.text, 'end') : null,
    attribute: tickedAttribute(attributeCells.map((c) => c.text)),
    manager: values.manager?.text ?? null,
    phone: values.phone?.text ?? null,
    overview: values.overview?.text ?? null,
    legalBasis: values.legalBasis?.text ?? null,
    midTerm: funds.midTerm,
    annual: funds.annual,
    midTermGoal: goals.midTerm?.text ?? null,
    annualGoal: goals.annual?.text ?? null,
    indicators: columns
      ? readColumnIndicators(rows, columns.columns, columns.row + 1, reviewRow)
      : header
        ? readIndicators(rows, header, header.row + 1, reviewRow)
        : [],
    place: rows[0].place,
    fieldPlaces,
  });
}
