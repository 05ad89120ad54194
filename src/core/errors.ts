/**
 * A problem the user can cause and fix (bad input, bad config, unreachable host). Its message is
 * already in the user's language; the CLI prints it as one line and exits with exitCode.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
