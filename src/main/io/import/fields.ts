// The fields each kind of import can fill, with the header names HRIS and skills exports use
// for them (the mapping guesser matches against these). Alternatives (monthly vs annual salary,
// years of service vs hire date) fill the same stored value through a stated conversion.
import type { ImportFieldSpec, ImportKind } from '../../../shared/import-types';

export type FieldType = 'text' | 'number' | 'date' | 'bool' | 'level' | 'source';

export interface FieldDef extends ImportFieldSpec {
  type: FieldType;
  /** Header names that mean this field, compared after normalising case, spaces and punctuation. */
  synonyms: string[];
}

const f = (
  key: string,
  label: string,
  type: FieldType,
  synonyms: string[],
  description: string,
  extra: Partial<Pick<FieldDef, 'required' | 'alternativeTo'>> = {},
): FieldDef => ({ key, label, type, synonyms, description, required: extra.required ?? false, ...(extra.alternativeTo ? { alternativeTo: extra.alternativeTo } : {}) });

const EMPLOYEE_ID = ['employee number', 'employee id', 'employee no', 'employee code', 'emp id', 'emp no', 'emp number', 'worker id', 'worker number', 'personnel no', 'personnel number', 'personnel id', 'staff id', 'staff number', 'staff no', 'person id', 'payroll number', 'payroll id', 'badge number', 'associate id', 'employee', 'id'];
const ORG_UNIT = ['department', 'org unit', 'organisation unit', 'organization unit', 'org unit id', 'department id', 'dept', 'dept id', 'cost center', 'cost centre', 'division', 'business unit', 'team', 'unit', 'function'];
const LOCATION = ['location', 'site', 'office', 'work location', 'location id', 'site id', 'work site', 'base', 'city'];
const ROLE = ['job title', 'position', 'role', 'job', 'title', 'position title', 'job name', 'job code', 'job id', 'role id', 'position id', 'role title'];

const fields: Record<ImportKind, FieldDef[]> = {
  orgUnits: [
    f('id', 'Unit id', 'text', ['org unit id', 'department id', 'dept id', 'unit id', 'unit code', 'department code', 'code', 'id'], "The client's id for the unit; re-imports match on it (else on the name)."),
    f('name', 'Name', 'text', ['name', 'department', 'department name', 'org unit', 'unit name', 'org unit name', 'organisation unit', 'organization unit', 'unit'], 'Unit name.', { required: true }),
    f('parent', 'Parent unit', 'text', ['parent', 'parent id', 'parent unit', 'parent department', 'parent unit id', 'parent code', 'reports to', 'parent name'], 'Id or name of the parent unit.'),
    f('costCentre', 'Cost centre', 'text', ['cost centre', 'cost center', 'cost centre code', 'cost center code', 'cc'], 'Cost centre code.'),
  ],
  locations: [
    f('id', 'Location id', 'text', ['location id', 'site id', 'office id', 'location code', 'site code', 'code', 'id'], "The client's id for the location; re-imports match on it (else on the name)."),
    f('name', 'Name', 'text', ['name', 'location', 'location name', 'site', 'site name', 'office', 'city'], 'Location name.', { required: true }),
    f('country', 'Country', 'text', ['country', 'country code', 'iso country', 'country iso'], 'ISO 3166 two-letter country code (or an English country name).'),
    f('currency', 'Currency', 'text', ['currency', 'currency code', 'local currency'], 'ISO 4217 currency code; the engagement currency when left out.'),
    f('labourCostIndex', 'Labour cost index', 'number', ['labour cost index', 'labor cost index', 'cost index', 'lci', 'cost factor'], 'Labour cost relative to the reference location (1 = same).'),
    f('planned', 'Planned', 'bool', ['planned', 'is planned', 'new market', 'future'], 'Yes for a site that does not exist yet (a new market).'),
    f('launchDate', 'Launch date', 'date', ['launch date', 'opening date', 'go live', 'go live date', 'start date'], 'When a planned site opens.'),
  ],
  roles: [
    f('id', 'Role id', 'text', ['role id', 'job code', 'job id', 'position id', 'role code', 'job profile id', 'id'], "The client's id for the role; re-imports match on it (else on the title)."),
    f('title', 'Title', 'text', ['title', 'job title', 'role', 'role title', 'position', 'position title', 'job name', 'name', 'job'], 'Role title.', { required: true }),
    f('family', 'Job family', 'text', ['job family', 'family', 'role family', 'job function', 'function', 'career family'], 'Job family; "Unclassified" when left out.'),
    f('level', 'Level', 'number', ['job level', 'level', 'grade', 'band', 'pay grade', 'job grade'], 'Job level or grade (0-20).'),
    f('isManager', 'Manages people', 'bool', ['is manager', 'manager', 'people manager', 'manager flag', 'managerial'], 'Yes when the role manages people.'),
    f('orgUnit', 'Org unit', 'text', ORG_UNIT, 'Id or name of the unit the role belongs to.'),
    f('location', 'Location', 'text', LOCATION, 'Id or name of the location.'),
    f('loadedCost', 'Loaded cost per FTE', 'number', ['loaded cost', 'loaded cost per fte', 'cost per fte', 'annual cost', 'fully loaded cost', 'cost'], 'Annual loaded cost of one FTE in the engagement currency.'),
    f('occupationCode', 'Occupation code', 'text', ['occupation code', 'onet soc code', 'onet soc', 'o net soc code', 'soc code', 'soc', 'isco', 'isco code', 'isco 08'], 'O*NET-SOC, SOC or ISCO code.'),
    f('occupationSystem', 'Occupation system', 'text', ['occupation system', 'code system', 'classification'], 'onet-soc, soc or isco; detected from the code when left out.'),
  ],
  skills: [
    f('name', 'Name', 'text', ['name', 'skill', 'skill name', 'competency', 'competence', 'skill title'], 'Skill name; re-imports match on it.', { required: true }),
    f('category', 'Category', 'text', ['category', 'skill category', 'type', 'skill type', 'group', 'skill group'], 'technical, digital, soft, leadership, domain, language or regulatory.'),
    f('taxonomySource', 'Taxonomy', 'text', ['taxonomy', 'taxonomy source', 'source', 'framework'], 'onet, esco or custom; detected from the reference when left out.'),
    f('taxonomyRef', 'Taxonomy reference', 'text', ['taxonomy ref', 'taxonomy reference', 'element id', 'onet element id', 'esco uri', 'uri', 'concept uri', 'reference'], 'O*NET element id or ESCO URI.'),
    f('description', 'Description', 'text', ['description', 'definition', 'skill description'], 'What the skill is.'),
  ],
  roleRequirements: [
    f('role', 'Role', 'text', ['role', 'role id', 'job code', 'job title', 'title', 'position', 'job'], 'Id or title of the role.', { required: true }),
    f('skill', 'Skill', 'text', ['skill', 'skill name', 'competency', 'skill id', 'element name'], 'Skill name (or taxonomy reference).', { required: true }),
    f('level', 'Required level', 'level', ['required level', 'target level', 'level', 'proficiency', 'required proficiency'], 'Required level 0-5 or a label such as "advanced".', { required: true }),
    f('weight', 'Weight', 'number', ['weight', 'importance weight', 'priority weight'], 'Importance weight 0-1; 1 when left out.'),
    f('importance', 'Importance (1-5)', 'number', ['importance', 'importance 1 5', 'im', 'criticality'], 'Importance on 1-5, converted to a weight by (IM-1)/4.', { alternativeTo: 'weight' }),
    f('effectiveDate', 'Effective date', 'date', ['effective date', 'effective from', 'from date', 'valid from', 'date'], 'Blank: in force now; a date: a future requirement from then.'),
  ],
  employees: [
    f('employeeId', 'Employee id', 'text', EMPLOYEE_ID, "The client's id for the person; re-imports match on it (or on its pseudonym).", { required: true }),
    f('name', 'Name', 'text', ['name', 'full name', 'employee name', 'worker name', 'display name', 'person name', 'preferred name'], 'Full name (dropped when the engagement pseudonymises).'),
    f('firstName', 'First name', 'text', ['first name', 'given name', 'forename', 'firstname'], 'Joined with the last name.', { alternativeTo: 'name' }),
    f('lastName', 'Last name', 'text', ['last name', 'surname', 'family name', 'lastname'], 'Joined with the first name.', { alternativeTo: 'name' }),
    f('role', 'Role', 'text', ROLE, 'Id or title of the role.'),
    f('jobLevel', 'Job level', 'number', ['job level', 'grade', 'level', 'band', 'pay grade', 'job grade'], 'Used as the level of roles created from this file.'),
    f('orgUnit', 'Org unit', 'text', ORG_UNIT, 'Id or name of the unit.'),
    f('location', 'Location', 'text', LOCATION, 'Id or name of the location.'),
    f('fte', 'FTE', 'number', ['fte', 'full time equivalent', 'fte ratio', 'fte factor'], 'Full-time equivalent, 0-1.5 (80% also reads as 0.8).'),
    f('ftePercent', 'Hours %', 'number', ['hours', 'hours percent', 'working time', 'working time percent', 'fte percent', 'part time percent', 'employment percent', 'work percentage', 'percentage'], 'Working time in percent of full time, divided by 100.', { alternativeTo: 'fte' }),
    f('salary', 'Annual salary', 'number', ['annual salary', 'base pay', 'salary', 'base salary', 'annual base salary', 'yearly salary', 'annual base pay', 'annual pay', 'base pay annual', 'gross salary'], 'Annual base salary in the engagement currency.'),
    f('monthlySalary', 'Monthly salary', 'number', ['monthly salary', 'monthly pay', 'monthly base', 'monthly base salary', 'salary per month', 'monthly gross'], 'Monthly salary, multiplied by 12.', { alternativeTo: 'salary' }),
    f('hireDate', 'Hire date', 'date', ['hire date', 'start date', 'date of hire', 'date hired', 'joining date', 'date joined', 'join date', 'original hire date', 'service date', 'seniority date', 'employment start date'], 'Date the person joined.'),
    f('yearsOfService', 'Years of service', 'number', ['years of service', 'tenure', 'tenure years', 'service years', 'length of service', 'years in company', 'seniority years'], 'Converted to a hire date counted back from the as-of date.', { alternativeTo: 'hireDate' }),
    f('birthYear', 'Birth year', 'number', ['birth year', 'year of birth', 'yob'], 'Year of birth.'),
    f('birthDate', 'Birth date', 'date', ['birth date', 'date of birth', 'dob', 'birthday', 'birthdate'], 'Only the year is kept.', { alternativeTo: 'birthYear' }),
    f('age', 'Age', 'number', ['age', 'age years', 'current age'], 'Converted to a birth year from the as-of date.', { alternativeTo: 'birthYear' }),
    f('managerId', 'Manager id', 'text', ['manager id', 'supervisor id', 'reports to', 'manager employee id', 'manager number', 'line manager id', 'manager employee number', 'supervisor number', 'reports to id', 'manager', 'supervisor', 'line manager'], "The manager's employee id."),
  ],
  proficiencies: [
    f('employeeId', 'Employee id', 'text', EMPLOYEE_ID, "The person's client id (or pseudonym).", { required: true }),
    f('skill', 'Skill', 'text', ['skill', 'skill name', 'competency', 'competence', 'skill id'], 'Skill name (long shape).'),
    f('level', 'Level', 'level', ['level', 'proficiency', 'proficiency level', 'rating', 'score', 'skill level', 'assessed level'], 'Level 0-5 or a label; blank means not assessed (long shape).'),
    f('source', 'Source', 'source', ['source', 'rating source', 'assessed by', 'assessment type', 'rater', 'method'], 'self, manager, assessment or inferred.'),
    f('assessedOn', 'Assessed on', 'date', ['assessed on', 'assessment date', 'date', 'rated on', 'rating date', 'as of', 'last assessed'], 'When the level was assessed.'),
  ],
};

export function fieldsOf(kind: ImportKind): FieldDef[] {
  return fields[kind];
}

/** Fields a skills matrix row may carry besides the skill columns (so they are not read as skills). */
export const MATRIX_NON_SKILL_HEADERS = [
  ...fields.employees.flatMap((d) => d.synonyms),
  ...fields.proficiencies.flatMap((d) => d.synonyms),
  'total', 'average', 'comments', 'comment', 'notes', 'email', 'e mail', 'email address',
];

export const isDateField = (d: FieldDef): boolean => d.type === 'date';
