import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { makeUser } from "@/lib/testing/groups";
import { setupTestDatabase } from "@/lib/testing/db";
import { createNotifications } from "./create";
import { notificationText } from "./kinds";
import {
  countUnread,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from "./queries";

setupTestDatabase();

describe("notification texts", () => {
  it("are rendered from the catalogue with the stored params", () => {
    expect(
      notificationText("join_request.received", {
        requesterName: "Kari Nordmann",
        groupName: "Sikkerhetsforum for helse",
      }),
    ).toBe("Kari Nordmann ber om å bli medlem av Sikkerhetsforum for helse.");
    expect(
      notificationText("join_request.rejected", {
        groupName: "Gruppe",
        reason: "Feil virksomhet.",
      }),
    ).toBe("Forespørselen din om medlemskap i Gruppe er avslått. Begrunnelse: Feil virksomhet.");
    expect(notificationText("join_request.rejected", { groupName: "Gruppe" })).toBe(
      "Forespørselen din om medlemskap i Gruppe er avslått.",
    );
    expect(notificationText("no.such.kind", {})).toBe("Du har et nytt varsel.");
  });
});

describe("a user's notifications", () => {
  it("are listed newest first, counted while unread, and marked read only by their owner", async () => {
    const owner = await makeUser("Olga Eier");
    const stranger = await makeUser("Stian Fremmed");
    const db = getDb();
    await createNotifications(db, [owner], {
      kind: "admin.granted",
      params: { groupName: "Først" },
      href: "/medlemsgrupper/forst",
    });
    // created_at comes from the database clock; the second row is written later.
    await new Promise((r) => setTimeout(r, 20));
    await createNotifications(db, [owner, stranger], {
      kind: "membership.removed",
      params: { groupName: "Sist" },
    });

    const list = await listNotifications(owner);
    expect(list.map((n) => n.text)).toEqual([
      "Du er fjernet fra medlemsgruppen Sist.",
      "Du er nå administrator for Først.",
    ]);
    expect(await countUnread(owner)).toBe(2);

    expect(await markNotificationRead(stranger, list[1]!.id)).toBeNull();
    expect(await countUnread(owner)).toBe(2);
    expect(await markNotificationRead(owner, list[1]!.id)).toEqual({
      href: "/medlemsgrupper/forst",
    });
    expect(await countUnread(owner)).toBe(1);

    expect(await markAllNotificationsRead(owner)).toBe(1);
    expect(await countUnread(owner)).toBe(0);
    expect(await countUnread(stranger)).toBe(1);
    expect((await listNotifications(owner)).every((n) => n.read)).toBe(true);
  });
});
