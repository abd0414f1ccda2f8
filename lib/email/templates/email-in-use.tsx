import { Text } from "@react-email/components";
import { t } from "@/lib/i18n";
import { EmailLayout } from "./layout";

/**
 * Sent instead of a code when the address is confirmed on another account: the owner learns
 * of the attempt and how to get help; the person who asked sees the same page as for a free one.
 */
export function EmailInUse() {
  const m = t.registration.inUseEmail;
  const support = t.common.support;
  return (
    <EmailLayout preview={m.preview}>
      <Text>{m.intro}</Text>
      <Text>{m.ifYou}</Text>
      <Text>{m.contact(support.email, support.phone)}</Text>
      <Text>{m.notYou}</Text>
    </EmailLayout>
  );
}
