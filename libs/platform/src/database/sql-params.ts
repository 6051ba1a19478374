import type { ObjectLiteral, SelectQueryBuilder, UpdateQueryBuilder } from 'typeorm';

/** Binds a value into the query being built and returns its placeholder. */
export interface ParamBinder {
  add(value: unknown): string;
}

/**
 * Collects positional parameters while a raw query is assembled from parts: `params.add(value)`
 * returns `$n`. Values never go into the SQL text.
 */
export class SqlParams implements ParamBinder {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The same for a TypeORM query builder (named parameters). */
export function queryBuilderParams<T extends ObjectLiteral>(query: SelectQueryBuilder<T> | UpdateQueryBuilder<T>): ParamBinder {
  let next = 0;
  return {
    add(value: unknown): string {
      // Several binders may add to one query: never reuse a name another has set.
      const taken = query.getParameters();
      let name = `bound_${next++}`;
      while (name in taken) name = `bound_${next++}`;
      query.setParameter(name, value);
      return `:${name}`;
    },
  };
}
