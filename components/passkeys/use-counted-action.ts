"use client";

import { useActionState } from "react";
import { initialActionState, type ActionState } from "@/lib/actions/state";

export type ServerAction = (state: ActionState, formData: FormData) => Promise<ActionState>;
export type CountedState = ActionState & { attempt: number };

/**
 * useActionState with a counter, so each result can be told from the last one (an error
 * shown twice in a row still takes focus again).
 */
export function useCountedAction(action: ServerAction) {
  return useActionState<CountedState, FormData>(
    async (previous, formData) => ({
      ...(await action(previous, formData)),
      attempt: previous.attempt + 1,
    }),
    { ...initialActionState, attempt: 0 },
  );
}
