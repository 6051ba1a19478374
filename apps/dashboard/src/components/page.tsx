import { useEffect, useRef, type ReactNode } from 'react';

interface PageProps {
  readonly title: string;
  /** Buttons or links beside the heading. */
  readonly actions?: ReactNode;
  /** A short line under the heading. */
  readonly intro?: ReactNode;
  readonly children: ReactNode;
}

/**
 * One screen: sets the window title and, when the screen appears, moves keyboard and
 * screen-reader focus to its heading, as a page load would.
 */
export function Page({ title, actions, intro, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} — Yorisoi`;
  }, [title]);

  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);

  return (
    <div className="page">
      <div className="page-header">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {intro ? <p className="page-intro">{intro}</p> : null}
      {children}
    </div>
  );
}
