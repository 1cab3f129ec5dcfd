// Role requirements: (role, skill, effective date) -> required level and weight. Rows this
// import writes are marked source 'import', and a re-import's removal scope is exactly those
// rows for the roles the file covers, so taxonomy-derived requirements are never removed here.
import { RoleRequirement } from '../../../../shared/domain/entities';
import { indexRows, type EntityKind, type ExistingRow } from '../entity-kind';
import type { Scalar } from '../report';
import type { RunContext } from '../run-context';

const rolesInFile = (ctx: Pick<RunContext, 'scratch'>): Set<number | string> => {
  let s = ctx.scratch.get('requirementRoles') as Set<number | string> | undefined;
  if (!s) ctx.scratch.set('requirementRoles', (s = new Set()));
  return s;
};

const keyOf = (role: number | string, skill: number | string, date: string | null): string => `${role}|${skill}|${date ?? ''}`;

export const roleRequirements: EntityKind = {
  kind: 'roleRequirements',
  entity: 'role requirement',
  table: 'role_requirements',
  columns: { roleId: 'role_id', skillId: 'skill_id', level: 'level', weight: 'weight', effectiveDate: 'effective_date', source: 'source' },
  refFields: [
    { field: 'roleId', mappingField: 'role', target: 'roles' },
    { field: 'skillId', mappingField: 'skill', target: 'skills' },
  ],
  // The key resolves the role and skill against the engagement as it converts.
  convertsOffline: false,
  schema: RoleRequirement.pick({ level: true, weight: true, effectiveDate: true }).partial(),
  sourceField: (field, ctx) => (field === 'weight' && !ctx.cols.has('weight') ? 'importance' : field),
  keyField: () => 'role',
  load(ctx) {
    const rows = (
      ctx.db
        .prepare(
          `SELECT q.id, q.role_id AS roleId, q.skill_id AS skillId, q.level, q.weight, q.effective_date AS effectiveDate, q.source,
                  coalesce(r.client_id, r.title) || ' / ' || s.name || coalesce(' from ' || q.effective_date, '') AS label
           FROM role_requirements q JOIN roles r ON r.id = q.role_id JOIN skills s ON s.id = q.skill_id`,
        )
        .all() as (Record<string, Scalar> & { id: number; label: string })[]
    ).map(({ label, ...values }): ExistingRow => ({ id: values.id, label, values }));
    return indexRows(rows, (r) => [keyOf(r.values.roleId as number, r.values.skillId as number, r.values.effectiveDate as string | null)]);
  },
  convert(r, ctx) {
    const role = r.text('role');
    const skill = r.text('skill');
    if (!role) r.fail('role', null, 'the role is missing', 'required');
    if (!skill) r.fail('skill', null, 'the skill is missing', 'required');
    const levelCell = r.raw('level') ?? null;
    const level = ctx.levels().read(levelCell);
    const values: Record<string, Scalar> = {};
    if (level.kind === 'level') values.level = level.value;
    else if (level.kind === 'blank') r.fail('level', null, 'the required level is missing', 'required');
    else r.fail('level', levelCell, level.problem, level.code);
    if (r.has('weight')) {
      const w = r.number('weight');
      if (w !== undefined && w !== null) values.weight = w;
    } else if (r.has('importance')) {
      const im = r.number('importance');
      if (im !== undefined && im !== null) {
        if (im < 1 || im > 5) r.fail('importance', im, 'out of range: importance must be between 1 and 5', 'out-of-range');
        else values.weight = (im - 1) / 4;
      }
    }
    const date = r.date('effectiveDate');
    values.effectiveDate = date ?? null;
    if (!role || !skill) return null;
    // The key uses ids where the role and skill exist, so "Analyst" and "R-12" are the same role.
    const roleRes = ctx.refs('roles').resolve(role);
    const skillRes = ctx.refs('skills').resolve(skill);
    const roleKey = roleRes && 'id' in roleRes ? roleRes.id : `new:${role.toLowerCase()}`;
    const skillKey = skillRes && 'id' in skillRes ? skillRes.id : `new:${skill.toLowerCase()}`;
    rolesInFile(ctx).add(roleKey);
    return {
      key: keyOf(roleKey, skillKey, values.effectiveDate as string | null),
      aliases: [],
      label: `${role} / ${skill}${values.effectiveDate ? ` from ${values.effectiveDate}` : ''}`,
      values,
      refs: { roleId: role, skillId: skill },
    };
  },
  defaults: () => ({ weight: 1, source: 'import' }),
  inScope: (row, ctx) => row.values.source === 'import' && rolesInFile(ctx).has(row.values.roleId as number),
  notes: (ctx) => [
    ...(ctx.cols.has('importance') && !ctx.cols.has('weight') ? ['Weight = (importance - 1) / 4.'] : []),
    ...(ctx.cols.has('weight') || ctx.cols.has('importance') ? [] : ['Requirements without a weight get weight 1.']),
  ],
};
