/**
 * An error meant for the user: a stable code for programs and tests, and a Vietnamese message
 * that says what is wrong and what to do. Anything else that escapes a service is a bug and is
 * reported to the user as a generic failure.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: string[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}
