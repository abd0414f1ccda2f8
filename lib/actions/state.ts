/** What every server action returns to useActionState. Never secrets or other users' data. */
export type ActionState = {
  ok?: boolean;
  /** A success message to show. */
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  formError?: string;
  /** The submitted text values, so a failed form keeps what the user typed. */
  values?: Record<string, string>;
  /** A generated secret shown once to the person who asked for it (a service's client secret). */
  oneTimeSecret?: string;
  /** Where the client should go next, if anywhere. */
  redirectTo?: string;
};

export const initialActionState: ActionState = {};
