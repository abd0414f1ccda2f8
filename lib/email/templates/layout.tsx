import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { t } from "@/lib/i18n";
import { currentLocale } from "@/lib/i18n/locale";

const styles = {
  body: { backgroundColor: "#f4f5f6", fontFamily: "Inter, Arial, sans-serif", color: "#1e2b3c" },
  container: {
    backgroundColor: "#ffffff",
    margin: "24px auto",
    padding: "24px",
    maxWidth: "560px",
  },
  footer: { fontSize: "13px", color: "#4b5563" },
} as const;

/** The frame every email from the portal shares: name, content, support contact. */
export function EmailLayout({ preview, children }: { preview: string; children: ReactNode }) {
  const support = t.common.support;
  return (
    <Html lang={currentLocale()}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={{ fontSize: "18px", fontWeight: 600 }}>{t.common.portalName}</Text>
          <Section>{children}</Section>
          <Hr />
          <Text style={styles.footer}>
            {support.heading}: {support.email}, {support.phone} {support.phoneNote}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}
