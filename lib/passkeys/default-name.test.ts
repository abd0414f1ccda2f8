import { describe, expect, it } from "vitest";
import { defaultPasskeyName, type NewCredentialFacts } from "./default-name";

const MAC =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15";
const ANDROID =
  "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
const WINDOWS =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

const ICLOUD = "fbfc3007-154e-4ecc-8c0b-6e020557d7bd";
const GOOGLE = "ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4";
const YUBIKEY = "ee882879-721c-4913-9775-3dfcce97072a";
const WINDOWS_HELLO = "08987058-cadc-4b81-b6e1-30de50dcbe96";
const UNKNOWN = "00000000-0000-0000-0000-000000000000";

function name(facts: Partial<NewCredentialFacts>, taken: string[] = []) {
  return defaultPasskeyName(
    {
      aaguid: UNKNOWN,
      attachment: "platform",
      transports: ["internal"],
      userAgent: null,
      ...facts,
    },
    taken,
  );
}

describe("a new passkey's default name", () => {
  it("says the provider and the device family", () => {
    expect(name({ aaguid: ICLOUD, userAgent: MAC, transports: ["internal", "hybrid"] })).toBe(
      "iCloud-nøkkelring (Mac)",
    );
    expect(name({ aaguid: GOOGLE, userAgent: ANDROID })).toBe("Google Passordbehandling (Android)");
    expect(name({ aaguid: WINDOWS_HELLO, userAgent: WINDOWS })).toBe("Windows Hello");
  });

  it("calls a security key by its short name, without the computer it was plugged into", () => {
    expect(
      name({
        aaguid: YUBIKEY,
        attachment: "cross-platform",
        transports: ["usb", "nfc"],
        userAgent: WINDOWS,
      }),
    ).toBe("YubiKey");
    expect(name({ attachment: "cross-platform", transports: ["usb"], userAgent: WINDOWS })).toBe(
      "Sikkerhetsnøkkel",
    );
  });

  it("does not name the computer when the passkey was made on a phone through a QR code", () => {
    expect(
      name({
        aaguid: GOOGLE,
        attachment: "cross-platform",
        transports: ["hybrid"],
        userAgent: WINDOWS,
      }),
    ).toBe("Google Passordbehandling");
    expect(name({ attachment: "cross-platform", transports: ["hybrid"], userAgent: WINDOWS })).toBe(
      "Passnøkkel på mobil",
    );
  });

  it("falls back to the device family, or just «Passnøkkel»", () => {
    expect(name({ userAgent: WINDOWS })).toBe("Passnøkkel (Windows)");
    expect(name({ userAgent: null })).toBe("Passnøkkel");
  });

  it("numbers a name the person already uses, and stays within 60 characters", () => {
    expect(name({ userAgent: WINDOWS }, ["passnøkkel (windows)"])).toBe("Passnøkkel (Windows) 2");
    expect(name({ userAgent: WINDOWS }, ["Passnøkkel (Windows)", "Passnøkkel (Windows) 2"])).toBe(
      "Passnøkkel (Windows) 3",
    );
  });
});
