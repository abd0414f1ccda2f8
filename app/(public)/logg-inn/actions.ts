"use server";

/** Starts the ID-porten login. Stub until the auth layer lands. */
export async function signInWithIdportenAction(): Promise<void> {}
