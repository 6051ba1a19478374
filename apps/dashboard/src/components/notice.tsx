import type { ReactNode } from 'react';

type Tone = 'success' | 'warning' | 'info';

/** A message that reports rather than interrupts (role="status"). Warnings are alerts. */
export function Notice({ tone, children }: { readonly tone: Tone; readonly children: ReactNode }) {
  return (
    <div className={`alert alert-${tone}`} role={tone === 'warning' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
