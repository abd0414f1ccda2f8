import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { isoCBOR } from "@simplewebauthn/server/helpers";
import {
  createHash,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  sign,
  type KeyObject,
} from "node:crypto";

/**
 * A software authenticator for tests only: makes real ES256 credentials and assertions,
 * so the server's verification runs unchanged. Never imported by the app.
 */
export type SoftAuthenticatorOptions = {
  origin: string;
  rpId: string;
  aaguid?: string;
  /** Report user verification (UV flag). */
  userVerified?: boolean;
  /** Backup eligible and backed up (a synced passkey). */
  backedUp?: boolean;
};

type Credential = {
  id: Buffer;
  privateKey: KeyObject;
  publicKeyCose: Uint8Array;
  userHandle: string;
  counter: number;
};

const b64u = (data: Uint8Array | string) => Buffer.from(data).toString("base64url");
const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest();

export class SoftAuthenticator {
  credential: Credential | null = null;

  constructor(private readonly options: SoftAuthenticatorOptions) {}

  private flags(attested: boolean): number {
    let flags = 0x01; // UP
    if (this.options.userVerified ?? true) flags |= 0x04;
    if (this.options.backedUp) flags |= 0x08 | 0x10;
    if (attested) flags |= 0x40;
    return flags;
  }

  private authData(counter: number, attestedData?: Buffer): Buffer {
    const count = Buffer.alloc(4);
    count.writeUInt32BE(counter);
    return Buffer.concat([
      sha256(this.options.rpId),
      Buffer.from([this.flags(!!attestedData)]),
      count,
      attestedData ?? Buffer.alloc(0),
    ]);
  }

  private clientData(type: string, challenge: string, origin = this.options.origin): string {
    return JSON.stringify({ type, challenge, origin, crossOrigin: false });
  }

  /** navigator.credentials.create(); `reuse` answers with the credential it already has. */
  create(options: PublicKeyCredentialCreationOptionsJSON, reuse = false): RegistrationResponseJSON {
    const previous = reuse ? this.credential : null;
    const { privateKey, publicKey } = previous
      ? { privateKey: previous.privateKey, publicKey: createPublicKey(previous.privateKey) }
      : generateKeyPairSync("ec", { namedCurve: "P-256" });
    const jwk = publicKey.export({ format: "jwk" });
    const cose = new Map<number, number | Uint8Array>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, Buffer.from(jwk.x!, "base64url")],
      [-3, Buffer.from(jwk.y!, "base64url")],
    ]);
    const publicKeyCose = isoCBOR.encode(cose);
    const id = previous?.id ?? randomBytes(16);
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(id.length);
    const aaguid = Buffer.from(
      (this.options.aaguid ?? "00000000-0000-0000-0000-000000000000").replace(/-/g, ""),
      "hex",
    );
    const authData = this.authData(0, Buffer.concat([aaguid, idLength, id, publicKeyCose]));
    const attestationObject = isoCBOR.encode(
      new Map<string, unknown>([
        ["fmt", "none"],
        ["attStmt", new Map()],
        ["authData", new Uint8Array(authData)],
      ]) as never,
    );
    this.credential = { id, privateKey, publicKeyCose, userHandle: options.user.id, counter: 0 };
    return {
      id: b64u(id),
      rawId: b64u(id),
      type: "public-key",
      response: {
        clientDataJSON: b64u(this.clientData("webauthn.create", options.challenge)),
        attestationObject: b64u(attestationObject),
        transports: ["internal"],
      },
      authenticatorAttachment: "platform",
      clientExtensionResults: {},
    };
  }

  /** navigator.credentials.get(); `counter` overrides the next signature counter. */
  get(
    options: PublicKeyCredentialRequestOptionsJSON,
    override: { counter?: number; origin?: string } = {},
  ): AuthenticationResponseJSON {
    const credential = this.credential;
    if (!credential) throw new Error("no credential");
    credential.counter = override.counter ?? credential.counter + 1;
    const authData = this.authData(credential.counter);
    const clientDataJSON = this.clientData("webauthn.get", options.challenge, override.origin);
    const signature = sign("sha256", Buffer.concat([authData, sha256(clientDataJSON)]), {
      key: credential.privateKey,
    });
    return {
      id: b64u(credential.id),
      rawId: b64u(credential.id),
      type: "public-key",
      response: {
        clientDataJSON: b64u(clientDataJSON),
        authenticatorData: b64u(authData),
        signature: b64u(signature),
        userHandle: credential.userHandle,
      },
      authenticatorAttachment: "platform",
      clientExtensionResults: {},
    };
  }
}
