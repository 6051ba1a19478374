/** Something the process cannot serve without; `check` rejects while it is unavailable. */
export interface DependencyCheck {
  readonly name: string;
  check(timeoutMs: number): Promise<void>;
}
