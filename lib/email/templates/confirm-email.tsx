import { Text } from "@react-email/components";
import { t } from "@/lib/i18n";
import { EmailLayout } from "./layout";

export type ConfirmEmailProps = { code: string };

/** The one-time code that confirms an email address; its validity comes from CODE_POLICY. */
export function ConfirmEmail({ code }: ConfirmEmailProps) {
  const m = t.registration.email;
  return (
    <EmailLayout preview={m.preview(code)}>
      <Text>{m.intro}</Text>
      <Text style={{ fontSize: "32px", fontWeight: 700, letterSpacing: "6px" }}>{code}</Text>
      <Text>{m.validity}</Text>
      <Text>{m.notYou}</Text>
    </EmailLayout>
  );
}
