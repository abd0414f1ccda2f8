/**
 * Provider names for common authenticators, by AAGUID (from the community list at
 * github.com/passkeydeveloper/passkey-authenticator-aaguids). Unknown ones show as such.
 */
export type Provider = {
  /** As the passkey list shows it. */
  name: string;
  /**
   * How a new passkey's default name is made: a synced store gets the device family
   * ("iCloud-nøkkelring (Mac)"), a security key its short name ("YubiKey"), a name that
   * already says where it lives stays as it is ("Windows Hello").
   */
  defaultName: { kind: "with-platform" } | { kind: "as-is"; name: string };
};

const synced = (name: string): Provider => ({ name, defaultName: { kind: "with-platform" } });
const fixed = (name: string): Provider => ({ name, defaultName: { kind: "as-is", name } });
const key = (name: string, short: string): Provider => ({
  name,
  defaultName: { kind: "as-is", name: short },
});

const PROVIDERS: Record<string, Provider> = {
  "fbfc3007-154e-4ecc-8c0b-6e020557d7bd": synced("iCloud-nøkkelring"),
  "dd4ec289-e01d-41c9-bb89-70fa845d4bf2": synced("iCloud-nøkkelring (administrert)"),
  "ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4": synced("Google Passordbehandling"),
  "adce0002-35bc-c60a-648b-0b25f1f05503": fixed("Chrome på Mac"),
  "b5397666-4885-aa6b-cebf-e52262a439a2": synced("Chromium"),
  "771b48fd-d3d4-4f74-9232-fc157ab0507a": fixed("Edge på Mac"),
  "08987058-cadc-4b81-b6e1-30de50dcbe96": fixed("Windows Hello"),
  "9ddd1817-af5a-4672-a2b9-3e3dd95000a9": fixed("Windows Hello"),
  "6028b017-b1d4-4c02-b4b3-afcdafc96bb2": fixed("Windows Hello"),
  "bada5566-a7aa-401f-bd96-45619a55120d": synced("1Password"),
  "d548826e-79b4-db40-a3d8-11116f7e8349": synced("Bitwarden"),
  "531126d6-e717-415c-9320-3d9aa6981239": synced("Dashlane"),
  "53414d53-554e-4700-0000-000000000000": synced("Samsung Pass"),
  "b84e4048-15dc-4dd0-8640-f4f60813c8af": synced("NordPass"),
  "50726f74-6f6e-5061-7373-50726f746f6e": synced("Proton Pass"),
  "b78a0a55-6ef8-d246-a042-ba0f6d55050c": synced("LastPass"),
  "0ea242b4-43c4-4a1b-8b17-dd6d0b6baec6": synced("Keeper"),
  "fdb141b2-5d84-443e-8a35-4698c205a502": synced("KeePassXC"),
  "f3809540-7f14-49c1-a8b3-8f813b225541": synced("Enpass"),
  "de1e552d-db1d-4423-a619-566b625cdc84": fixed("Microsoft Authenticator (Android)"),
  "90a3ccdf-635c-4729-a248-9b709135078f": fixed("Microsoft Authenticator (iOS)"),
  "ee882879-721c-4913-9775-3dfcce97072a": key("YubiKey 5-serien", "YubiKey"),
  "19083c3d-8383-4b18-bc03-8f1c9ab2fd1b": key("YubiKey 5-serien", "YubiKey"),
  "cb69481e-8ff7-4039-93ec-0a2729a154a8": key("YubiKey 5-serien", "YubiKey"),
  "fa2b99dc-9e39-4257-8f92-4a30d23c4118": key("YubiKey 5-serien med NFC", "YubiKey"),
  "a25342c0-3cdc-4414-8e46-f4807fca511c": key("YubiKey 5-serien med NFC", "YubiKey"),
  "2fc0579f-8113-47ea-b116-bb5a8db9202a": key("YubiKey 5-serien med NFC", "YubiKey"),
  "c5ef55ff-ad9a-4b9f-b580-adebafe026d0": key("YubiKey 5Ci", "YubiKey"),
  "a02167b9-ae71-4ac7-9a07-06432ebb6f1c": key("YubiKey 5Ci", "YubiKey"),
  "73bb0cd4-e502-49b8-9c6f-b59445bf720b": key("YubiKey 5 FIPS-serien", "YubiKey"),
  "c1f9a0bc-1dd2-404a-b27f-8e29047a43fd": key("YubiKey 5 FIPS-serien med NFC", "YubiKey"),
  "d8522d9f-575b-4866-88a9-ba99fa02f35b": key("YubiKey Bio-serien", "YubiKey"),
  "dd86a2da-86a0-4cbe-b462-4bd31f57bc6f": key("YubiKey Bio FIDO Edition", "YubiKey"),
  "b92c3f9a-c014-4056-887f-140a2501163b": key("Security Key by Yubico", "Security Key by Yubico"),
  "e77e3c64-05e3-428b-8824-0cbeb04b829d": key(
    "Security Key NFC by Yubico",
    "Security Key by Yubico",
  ),
  "a4e9fc6d-4cbe-4758-b8ba-37598bb5bbaa": key(
    "Security Key NFC by Yubico",
    "Security Key by Yubico",
  ),
  "42b4fb4a-2866-43b2-9bf7-6c6669c2e5d3": key("Google Titan Security Key", "Titan Security Key"),
};

/** What we know about an authenticator by its AAGUID, or null when it is unknown. */
export function provider(aaguid: string | null | undefined): Provider | null {
  return aaguid ? (PROVIDERS[aaguid.toLowerCase()] ?? null) : null;
}

/** The provider's name for an AAGUID, or null when we do not know it (or it is all zeros). */
export function providerName(aaguid: string | null | undefined): string | null {
  return provider(aaguid)?.name ?? null;
}
