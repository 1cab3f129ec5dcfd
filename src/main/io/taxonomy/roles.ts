// The roles a taxonomy or index import serves: every role with its occupation code as stored.
import type { UnmatchedRole } from '../../../shared/taxonomy-types';
import type { ReadableDB } from '../../db/types';

export interface CodedRole {
  roleId: number;
  title: string;
  occupationCode: string | null;
  occupationSystem: 'onet-soc' | 'soc' | 'isco' | null;
}

export function loadRoles(db: ReadableDB): CodedRole[] {
  return db
    .prepare(
      `SELECT id AS roleId, title, nullif(trim(occupation_code), '') AS occupationCode, occupation_system AS occupationSystem
       FROM roles ORDER BY id`,
    )
    .all() as CodedRole[];
}

/** Why a role's code cannot be read as an O*NET-SOC/SOC code, or null when it may be. */
export function roleCodeProblem(role: CodedRole): string | null {
  if (role.occupationCode === null) return 'the role has no occupation code';
  if (role.occupationSystem === 'isco') {
    return `"${role.occupationCode}" is an ISCO-08 code; O*NET data and the exposure indices are by SOC code`;
  }
  return null;
}

export const unmatched = (role: CodedRole, reason: string): UnmatchedRole => ({
  roleId: role.roleId,
  title: role.title,
  occupationCode: role.occupationCode,
  reason,
});
