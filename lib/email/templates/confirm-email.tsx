import { Text } from "@react-email/components";
import { t } from "@/lib/i18n";
import { EmailLayout } from "./layout";

export type ConfirmEmailProps = { code: string; minutes: number };

/** The one-time code that confirms an email address (seed 003, step 4). */
export function ConfirmEmail({ code, minutes }: ConfirmEmailProps) {
  const m = t.registration.email;
  return (
    <EmailLayout preview={m.preview(code)}>
      <Text>{m.intro}</Text>
      <Text style={{ fontSize: "32px", fontWeight: 700, letterSpacing: "6px" }}>{code}</Text>
      <Text>{m.validity(minutes)}</Text>
      <Text>{m.notYou}</Text>
    </EmailLayout>
  );
}
