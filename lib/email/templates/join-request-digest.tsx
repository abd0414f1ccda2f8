import { Button, Heading, Section, Text } from "@react-email/components";
import { formatDate } from "@/lib/format";
import { t } from "@/lib/i18n";
import { EmailLayout } from "./layout";

export type DigestGroup = {
  name: string;
  pending: number;
  oldest: Date;
  /** Absolute link to the group's Forespørsler tab. */
  url: string;
};

const button = {
  backgroundColor: "#0062ba",
  color: "#ffffff",
  padding: "10px 16px",
  borderRadius: "4px",
  textDecoration: "none",
} as const;

/** The morning summary to a group admin: how many requests wait in each group, and since when. */
export function JoinRequestDigestEmail({
  groups,
  total,
}: {
  groups: DigestGroup[];
  total: number;
}) {
  const m = t.notifications.digest;
  return (
    <EmailLayout preview={m.subject(total)}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        {m.heading}
      </Heading>
      <Text>{m.intro(total)}</Text>
      {groups.map((group) => (
        <Section key={group.url} style={{ margin: "16px 0" }}>
          <Text style={{ fontWeight: 600, margin: "0 0 4px" }}>{group.name}</Text>
          <Text style={{ margin: "0 0 8px" }}>
            {m.groupLine(group.pending, formatDate(group.oldest))}
          </Text>
          <Button href={group.url} style={button}>
            {m.action(group.name)}
          </Button>
        </Section>
      ))}
      <Text style={{ fontSize: "13px", color: "#4b5563" }}>{m.why}</Text>
    </EmailLayout>
  );
}
