/**
 * An error the user can act on. `message` is Norwegian text from the catalogue; the
 * action wrapper shows it. Anything else is logged and shown as a generic message.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}
