/** The one shape of every error the API answers with. */
export interface ErrorBody {
  readonly code: string;
  readonly message: string;
  readonly details?: Record<string, unknown>;
  readonly correlationId: string;
}
