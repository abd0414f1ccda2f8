import { expect } from "@playwright/test";
import { PORTS } from "./env";
import type { StubRequest } from "./resend-stub";

export type StubState = {
  requests: StubRequest[];
  delivered: Array<[string, { id: string; to: string[]; subject: string; text: string }]>;
};

/** What the email provider stub (in the cluster process) has been asked and has delivered. */
export async function stubState(): Promise<StubState> {
  const response = await fetch(`http://127.0.0.1:${PORTS.stub}/_stub/state`);
  return (await response.json()) as StubState;
}

/** The code in the newest confirmation email delivered to `address`, as its recipient reads it. */
export async function codeSentTo(address: string, notBefore = 0): Promise<string> {
  let code: string | undefined;
  await expect
    .poll(
      async () => {
        const mails = (await stubState()).delivered
          .map(([, mail]) => mail)
          .filter((m) => m.to.includes(address) && m.subject === "Bekreft din e-postadresse");
        code = mails.length > notBefore ? mails.at(-1)!.text.match(/\b\d{6}\b/)?.[0] : undefined;
        return code;
      },
      { message: `a code delivered to ${address}`, timeout: 20_000 },
    )
    .toBeTruthy();
  return code!;
}
