import { Heading, Text } from "@react-email/components";
import { t } from "@/lib/i18n";
import { EmailLayout } from "./layout";

/** To a group's admins when the quarter's access review opens, and as its reminder. */
export function AccessReviewEmail({
  groupName,
  period,
  reminder,
}: {
  groupName: string;
  period: string;
  reminder: boolean;
}) {
  const m = t.reviews.email;
  const subject = reminder ? m.reminderSubject(groupName) : m.subject(groupName);
  return (
    <EmailLayout preview={subject}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        {subject}
      </Heading>
      {reminder ? <Text>{m.reminder}</Text> : null}
      <Text>{m.intro(groupName, period)}</Text>
      <Text>{m.action}</Text>
    </EmailLayout>
  );
}
