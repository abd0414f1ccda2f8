/**
 * Provider names for common authenticators, by AAGUID (from the community list at
 * github.com/passkeydeveloper/passkey-authenticator-aaguids). Unknown ones show as such.
 */
const PROVIDERS: Record<string, string> = {
  "fbfc3007-154e-4ecc-8c0b-6e020557d7bd": "iCloud-nøkkelring",
  "dd4ec289-e01d-41c9-bb89-70fa845d4bf2": "iCloud-nøkkelring (administrert)",
  "ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4": "Google Passordlagring",
  "adce0002-35bc-c60a-648b-0b25f1f05503": "Chrome på Mac",
  "b5397666-4885-aa6b-cebf-e52262a439a2": "Chromium",
  "771b48fd-d3d4-4f74-9232-fc157ab0507a": "Edge på Mac",
  "08987058-cadc-4b81-b6e1-30de50dcbe96": "Windows Hello",
  "9ddd1817-af5a-4672-a2b9-3e3dd95000a9": "Windows Hello",
  "6028b017-b1d4-4c02-b4b3-afcdafc96bb2": "Windows Hello",
  "bada5566-a7aa-401f-bd96-45619a55120d": "1Password",
  "d548826e-79b4-db40-a3d8-11116f7e8349": "Bitwarden",
  "531126d6-e717-415c-9320-3d9aa6981239": "Dashlane",
  "53414d53-554e-4700-0000-000000000000": "Samsung Pass",
  "b84e4048-15dc-4dd0-8640-f4f60813c8af": "NordPass",
  "50726f74-6f6e-5061-7373-50726f746f6e": "Proton Pass",
  "b78a0a55-6ef8-d246-a042-ba0f6d55050c": "LastPass",
  "0ea242b4-43c4-4a1b-8b17-dd6d0b6baec6": "Keeper",
  "fdb141b2-5d84-443e-8a35-4698c205a502": "KeePassXC",
  "f3809540-7f14-49c1-a8b3-8f813b225541": "Enpass",
  "de1e552d-db1d-4423-a619-566b625cdc84": "Microsoft Authenticator (Android)",
  "90a3ccdf-635c-4729-a248-9b709135078f": "Microsoft Authenticator (iOS)",
  "ee882879-721c-4913-9775-3dfcce97072a": "YubiKey 5-serien",
  "19083c3d-8383-4b18-bc03-8f1c9ab2fd1b": "YubiKey 5-serien",
  "cb69481e-8ff7-4039-93ec-0a2729a154a8": "YubiKey 5-serien",
  "fa2b99dc-9e39-4257-8f92-4a30d23c4118": "YubiKey 5-serien med NFC",
  "a25342c0-3cdc-4414-8e46-f4807fca511c": "YubiKey 5-serien med NFC",
  "2fc0579f-8113-47ea-b116-bb5a8db9202a": "YubiKey 5-serien med NFC",
  "c5ef55ff-ad9a-4b9f-b580-adebafe026d0": "YubiKey 5Ci",
  "a02167b9-ae71-4ac7-9a07-06432ebb6f1c": "YubiKey 5Ci",
  "73bb0cd4-e502-49b8-9c6f-b59445bf720b": "YubiKey 5 FIPS-serien",
  "c1f9a0bc-1dd2-404a-b27f-8e29047a43fd": "YubiKey 5 FIPS-serien med NFC",
  "d8522d9f-575b-4866-88a9-ba99fa02f35b": "YubiKey Bio-serien",
  "dd86a2da-86a0-4cbe-b462-4bd31f57bc6f": "YubiKey Bio FIDO Edition",
  "b92c3f9a-c014-4056-887f-140a2501163b": "Security Key by Yubico",
  "e77e3c64-05e3-428b-8824-0cbeb04b829d": "Security Key NFC by Yubico",
  "a4e9fc6d-4cbe-4758-b8ba-37598bb5bbaa": "Security Key NFC by Yubico",
  "42b4fb4a-2866-43b2-9bf7-6c6669c2e5d3": "Google Titan Security Key",
};

/** The provider's name for an AAGUID, or null when we do not know it (or it is all zeros). */
export function providerName(aaguid: string | null | undefined): string | null {
  if (!aaguid) return null;
  return PROVIDERS[aaguid.toLowerCase()] ?? null;
}
