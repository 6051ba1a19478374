import type { ClientView } from '../../api/types';

/** What a section tells the file when it changed something: others reload what depends on it. */
export interface FileContext {
  readonly client: ClientView;
  /** Something hanging off the file changed (a step, a deadline, an appointment): reload the rest. */
  readonly onChanged: () => void;
  /** The file itself changed and the server answered with it. */
  readonly onClientChanged: (client: ClientView) => void;
  /** Bumped on every change: sections reload their data when it moves. */
  readonly round: number;
}
