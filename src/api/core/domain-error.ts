/**
 * The errors services, pagination and filters throw when a caller's request cannot be
 * answered: plain classes, no GraphQL, so a test or a CLI can catch them by kind. The API layer
 * alone turns them into GraphQL errors with public codes (src/api/http/format-error.ts).
 */
export abstract class DomainError extends Error {}

/**
 * An argument the caller must change. `details` is what the caller is told beside the message,
 * e.g. {argument: 'first', max: 100}.
 */
export class InvalidArgument extends DomainError {
  override name = 'InvalidArgument';
  constructor(
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/** The thing the caller named does not exist (or no longer does). */
export class NotFound extends DomainError {
  override name = 'NotFound';
}

/** Longest part of a client's value that an error message repeats. */
const MAX_ECHO = 64;

/**
 * A client's value as an error message repeats it: quoted, and cut (with its length said)
 * when long, so that a 100 KB id is not sent back whole.
 */
export function echo(value: string): string {
  if (value.length <= MAX_ECHO) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, MAX_ECHO))}… (${value.length} characters)`;
}

/** An Int argument within bounds, or InvalidArgument naming it. */
export function checkedInt(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InvalidArgument(
      `${name} must be a whole number from ${min} to ${max}, not ${value}`,
      {
        argument: name,
        min,
        max,
      },
    );
  }
  return value;
}
