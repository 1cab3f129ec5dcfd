// The 35 O*NET skills (content model elements 2.A and 2.B) and the Skillshift category each
// one gets. O*NET groups them; our categories drive learning hours per level and the gap
// roll-ups, so the mapping follows how the skill is learnt rather than O*NET's grouping alone:
//
//   2.A.1  Basic skills, content   Reading Comprehension, Active Listening, Writing, Speaking -> soft
//                                  (communication); Mathematics, Science -> technical
//   2.A.2  Basic skills, process   Critical Thinking, Active Learning, Learning Strategies,
//                                  Monitoring -> soft
//   2.B.1  Social skills           -> soft
//   2.B.2  Complex problem solving -> soft (a general reasoning capability, not a technique)
//   2.B.3  Technical skills        -> technical
//   2.B.4  Systems skills          Judgment and Decision Making -> leadership (deciding for others);
//                                  Systems Analysis, Systems Evaluation -> technical (analytical methods)
//   2.B.5  Resource management     Management of Financial / Material / Personnel Resources
//                                  -> leadership; Time Management -> soft (managing one's own time)
//
// An element a later release adds falls back to its group's category.
import type { SkillCategory } from '../../../shared/domain/entities';

interface Group {
  prefix: string;
  label: string;
  category: SkillCategory;
}

const groups: Group[] = [
  { prefix: '2.A.1', label: 'Basic skills: content', category: 'soft' },
  { prefix: '2.A.2', label: 'Basic skills: process', category: 'soft' },
  { prefix: '2.B.1', label: 'Social skills', category: 'soft' },
  { prefix: '2.B.2', label: 'Complex problem solving skills', category: 'soft' },
  { prefix: '2.B.3', label: 'Technical skills', category: 'technical' },
  { prefix: '2.B.4', label: 'Systems skills', category: 'technical' },
  { prefix: '2.B.5', label: 'Resource management skills', category: 'leadership' },
];

/** Elements whose category differs from their group's, with the reason above. */
const overrides: Record<string, SkillCategory> = {
  '2.A.1.e': 'technical', // Mathematics
  '2.A.1.f': 'technical', // Science
  '2.B.4.e': 'leadership', // Judgment and Decision Making
  '2.B.5.a': 'soft', // Time Management
};

/** O*NET skills are the elements under 2.A (basic) and 2.B (cross-functional). */
export const isOnetSkillElement = (id: string): boolean => /^2\.[AB](\.[0-9A-Za-z]+)+$/.test(id);

function groupOf(id: string): Group | undefined {
  return groups.find((g) => id === g.prefix || id.startsWith(`${g.prefix}.`));
}

export function onetCategory(id: string): SkillCategory {
  return overrides[id] ?? groupOf(id)?.category ?? 'soft';
}

export function onetDescription(id: string, release: string | null): string {
  const group = groupOf(id)?.label ?? 'Skills';
  return `O*NET skill ${id} (${group})${release ? `, ${release}` : ''}. Levels map from O*NET's 0-7 scale by x5/7.`;
}

export const ONET_CATEGORY_RULE =
  'O*NET categories: communication and thinking basics, social and problem-solving skills -> soft; Mathematics, Science, technical and systems-analysis skills -> technical; Judgment and Decision Making and resource management (except Time Management) -> leadership.';
