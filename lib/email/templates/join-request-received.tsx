import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Preview,
  Text,
} from "@react-email/components";
import { t } from "@/lib/i18n";
import { currentLocale } from "@/lib/i18n/locale";

export type JoinRequestReceivedProps = {
  requesterName: string;
  groupName: string;
  /** Absolute link to the group's Forespørsler tab. */
  url: string;
};

const styles = {
  body: { backgroundColor: "#f4f5f6", fontFamily: "Inter, Arial, sans-serif", color: "#1e2b3c" },
  container: {
    backgroundColor: "#ffffff",
    margin: "24px auto",
    padding: "24px",
    maxWidth: "560px",
  },
  button: {
    backgroundColor: "#0062ba",
    color: "#ffffff",
    padding: "12px 20px",
    borderRadius: "4px",
    textDecoration: "none",
  },
  small: { fontSize: "13px", color: "#4b5563" },
} as const;

/**
 * To a group admin when someone asks to join. Only the name and the group: the requester's
 * message stays in the portal, behind login.
 */
export function JoinRequestReceivedEmail({
  requesterName,
  groupName,
  url,
}: JoinRequestReceivedProps) {
  const m = t.notifications.email;
  const support = t.common.support;
  return (
    <Html lang={currentLocale()}>
      <Head />
      <Preview>{m.joinRequestPreview(requesterName, groupName)}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={{ fontSize: "18px", fontWeight: 600 }}>{t.common.portalName}</Text>
          <Heading as="h1" style={{ fontSize: "22px" }}>
            {m.joinRequestHeading}
          </Heading>
          <Text>{m.joinRequestBody(requesterName, groupName)}</Text>
          <Button href={url} style={styles.button}>
            {m.joinRequestAction}
          </Button>
          <Text style={styles.small}>{m.joinRequestThrottle}</Text>
          <Hr />
          <Text style={styles.small}>
            {m.footer} {support.heading}: {support.email}, {support.phone}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}
