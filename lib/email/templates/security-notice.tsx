import { Heading, Section, Text } from "@react-email/components";
import { t } from "@/lib/i18n";
import type { SecurityEventKind } from "@/lib/security-events/kinds";
import { EmailLayout } from "./layout";

export type SecurityNoticeProps = {
  kind: SecurityEventKind;
  details: Record<string, string>;
  /** Already formatted in Europe/Oslo. */
  when: string;
  /** "Chrome på Windows", or null when unknown. */
  browser: string | null;
  bySupport: boolean;
};

const row = { margin: "0 0 4px" } as const;

/**
 * To a person when their own security changed: what, when, from which browser, and what to
 * do if it was not them. Never a code, a token, a link to log in or a national identity number.
 */
export function SecurityNotice({ kind, details, when, browser, bySupport }: SecurityNoticeProps) {
  const m = t.security;
  const k = m.kinds[kind];
  const support = t.common.support;
  return (
    <EmailLayout preview={k.what(details)}>
      <Heading as="h1" style={{ fontSize: "22px" }}>
        {k.subject}
      </Heading>
      <Text>{m.email.greeting}</Text>
      <Text>{k.what(details)}</Text>
      <Section style={{ backgroundColor: "#f4f5f6", padding: "12px 16px", borderRadius: "4px" }}>
        <Text style={row}>
          <strong>{m.email.when}:</strong> {m.email.whenValue(when)}
        </Text>
        {bySupport ? (
          <Text style={row}>
            <strong>{m.email.bySupport}:</strong> {m.email.support}
          </Text>
        ) : (
          <Text style={row}>
            <strong>{m.email.browser}:</strong> {browser ?? m.email.unknownBrowser}
          </Text>
        )}
      </Section>
      {k.advice ? <Text>{k.advice}</Text> : null}
      <Text style={{ fontSize: "18px", fontWeight: 600, margin: "24px 0 0" }}>
        {m.email.notYou}
      </Text>
      <Text>{bySupport ? m.email.notYouBodySupport : m.email.notYouBody}</Text>
      <Text>{m.email.contact(support.email, support.phone, support.phoneNote)}</Text>
      <Text style={{ fontSize: "13px", color: "#4b5563" }}>{m.email.why}</Text>
    </EmailLayout>
  );
}
