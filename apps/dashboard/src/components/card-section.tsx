import type { ReactNode } from 'react';

interface CardSectionProps<T> {
  /** The heading's id, which names the section for assistive technology. */
  readonly id: string;
  readonly title: string;
  /** The first section of a tab, without the rule above it. */
  readonly first?: boolean;
  readonly items: readonly T[];
  /** What to say when there is nothing. */
  readonly empty: string;
  /** One card, with its key. */
  readonly children: (item: T) => ReactNode;
}

/** A titled section of cards (appointments, deadlines), or a line saying there are none. */
export function CardSection<T>({ id, title, first = false, items, empty, children }: CardSectionProps<T>) {
  return (
    <section className={first ? 'section section-first' : 'section'} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {items.length === 0 ? <p className="muted">{empty}</p> : <ul className="card-list">{items.map(children)}</ul>}
    </section>
  );
}
