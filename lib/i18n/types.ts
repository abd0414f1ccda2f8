/**
 * The shape a catalogue must have to stand beside the Norwegian one: the same keys, any
 * wording (the Norwegian catalogue is `as const`, so its own types are the literal texts).
 */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : { readonly [K in keyof T]: Widen<T[K]> };
