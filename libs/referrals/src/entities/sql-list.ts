/** `'a', 'b'`: a closed list from libs/domain as SQL literals for a CHECK constraint (the lists hold no quotes). */
export const sqlList = (values: readonly string[]): string => values.map((value) => `'${value}'`).join(', ');
