import { ui } from '../../../shared/i18n/vi/ui';
import { ApiCallError } from '../api/client';

/** The Vietnamese message to show for a failed call: the API's own, or a general one. */
export function messageOf(error: unknown): string {
  return error instanceof ApiCallError ? error.message : ui.unexpectedError;
}
