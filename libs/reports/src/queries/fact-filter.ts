import type { SqlParams } from '#platform';

/**
 * The teams a report covers, as a condition on a fact table's team column: none for the whole
 * organisation (`teamIds` null), so an administrator's report reads every row without a list
 * of every team in its plan.
 */
export function teamCondition(column: string, teamIds: readonly string[] | null, params: SqlParams): string {
  return teamIds === null ? 'TRUE' : `${column} = ANY(${params.add(teamIds)}::uuid[])`;
}
