import { Text } from "@react-email/components";
import { t } from "@/lib/i18n";
import { EmailLayout } from "./layout";

/** The short guide a group admin's `Send påminnelse` sends to members without a passkey. */
export function PasskeyGuide({ groupName }: { groupName: string }) {
  const m = t.passkeys.adoption.email;
  return (
    <EmailLayout preview={m.preview}>
      <Text>{m.greeting}</Text>
      <Text>{m.why(groupName)}</Text>
      {m.steps.map((step, i) => (
        <Text key={step} style={{ margin: "0 0 4px" }}>
          {i + 1}. {step}
        </Text>
      ))}
      <Text>{m.after}</Text>
    </EmailLayout>
  );
}
