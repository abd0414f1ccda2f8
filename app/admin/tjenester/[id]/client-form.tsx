"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { ChoiceField } from "@/components/ui/choice-field";
import { FormErrors } from "@/components/ui/form-errors";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField, TextField } from "@/components/ui/text-field";
import { initialActionState, type ActionState } from "@/lib/actions/state";
import { oidc as nbOidc } from "@/lib/i18n/nb/oidc";
import { oidc as enOidc } from "@/lib/i18n/en/oidc";
import { localized } from "@/lib/i18n/locale";
import { rotateClientSecretAction, saveServiceClientAction } from "../actions";

const SCOPES = ["openid", "profile", "email", "groups"] as const;

export type ClientValues = {
  enabled: boolean;
  redirectUris: string;
  postLogoutRedirectUris: string;
  backchannelLogoutUri: string;
  initiateLoginUri: string;
  authMethod: "client_secret_basic" | "private_key_jwt";
  jwksUri: string;
  scopes: string[];
};

function OneTimeSecret({ state }: { state: ActionState }) {
  const m = localized({ nb: nbOidc, en: enOidc }).admin;
  if (!state.oneTimeSecret) return null;
  return (
    <div className="ds-alert" data-color="warning" role="status">
      <h2 className="ds-heading" data-size="xs">
        {m.secretTitle}
      </h2>
      <p className="ds-paragraph">{m.secretOnce}</p>
      <p className="ds-paragraph">
        <code className="break-all" data-testid="client-secret">
          {state.oneTimeSecret}
        </code>
      </p>
    </div>
  );
}

/** A service's client: its addresses, how it authenticates, and what it may ask for. */
export function ClientForm({
  serviceId,
  client,
}: {
  serviceId: string;
  client: ClientValues | null;
}) {
  const oidc = localized({ nb: nbOidc, en: enOidc });
  const m = oidc.admin;
  const [state, action] = useActionState(saveServiceClientAction, initialActionState);
  const v = client ?? {
    enabled: true,
    redirectUris: "",
    postLogoutRedirectUris: "",
    backchannelLogoutUri: "",
    initiateLoginUri: "",
    authMethod: "client_secret_basic" as const,
    jwksUri: "",
    scopes: [...SCOPES],
  };
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormErrors
        state={state}
        fields={{
          redirectUris: "client-redirect-uris",
          postLogoutRedirectUris: "client-post-logout-uris",
          backchannelLogoutUri: "client-backchannel-uri",
          initiateLoginUri: "client-initiate-login-uri",
          jwksUri: "client-jwks-uri",
        }}
      />
      {state.ok && state.message ? <Alert color="success">{state.message}</Alert> : null}
      <OneTimeSecret state={state} />
      <input type="hidden" name="serviceId" value={serviceId} />
      <div className="ds-field">
        <div className="ds-switch">
          <input
            type="checkbox"
            className="ds-input"
            role="switch"
            id="client-enabled"
            name="enabled"
            defaultChecked={v.enabled}
          />
          <label htmlFor="client-enabled" className="ds-label">
            {m.enabled}
          </label>
        </div>
        <p className="ds-paragraph" data-size="sm">
          {m.enabledHint}
        </p>
      </div>
      <TextAreaField
        id="client-redirect-uris"
        name="redirectUris"
        label={m.redirectUris}
        description={m.urisHint}
        errors={state.fieldErrors?.redirectUris}
        defaultValue={v.redirectUris}
        rows={3}
      />
      <TextAreaField
        id="client-post-logout-uris"
        name="postLogoutRedirectUris"
        label={m.postLogoutUris}
        description={m.urisHint}
        errors={state.fieldErrors?.postLogoutRedirectUris}
        defaultValue={v.postLogoutRedirectUris}
        rows={2}
      />
      <TextField
        id="client-backchannel-uri"
        name="backchannelLogoutUri"
        label={m.backchannelUri}
        errors={state.fieldErrors?.backchannelLogoutUri}
        defaultValue={v.backchannelLogoutUri}
      />
      <TextField
        id="client-initiate-login-uri"
        name="initiateLoginUri"
        label={m.initiateLoginUri}
        description={m.initiateLoginHint}
        errors={state.fieldErrors?.initiateLoginUri}
        defaultValue={v.initiateLoginUri}
      />
      <fieldset className="ds-fieldset">
        <legend className="ds-label">{m.authMethod}</legend>
        {(["client_secret_basic", "private_key_jwt"] as const).map((method) => (
          <ChoiceField
            key={method}
            type="radio"
            id={`client-auth-${method}`}
            name="authMethod"
            value={method}
            label={method === "client_secret_basic" ? m.secretBasic : m.privateKeyJwt}
            defaultChecked={v.authMethod === method}
          />
        ))}
      </fieldset>
      <TextField
        id="client-jwks-uri"
        name="jwksUri"
        label={m.jwksUri}
        errors={state.fieldErrors?.jwksUri}
        defaultValue={v.jwksUri}
      />
      <fieldset className="ds-fieldset">
        <legend className="ds-label">{m.scopes}</legend>
        {SCOPES.map((scope) => (
          <ChoiceField
            key={scope}
            type="checkbox"
            id={`client-scope-${scope}`}
            name={`scope_${scope}`}
            label={`${scope} – ${oidc.access.scopes[scope]}`}
            defaultChecked={v.scopes.includes(scope)}
          />
        ))}
      </fieldset>
      <div>
        <SubmitButton label={m.save} pendingLabel={m.save} />
      </div>
    </form>
  );
}

export function RotateSecretForm({ serviceId }: { serviceId: string }) {
  const m = localized({ nb: nbOidc, en: enOidc }).admin;
  const [state, action] = useActionState(rotateClientSecretAction, initialActionState);
  return (
    <form action={action} className="flex flex-col gap-3">
      {state.formError ? <Alert color="danger">{state.formError}</Alert> : null}
      <OneTimeSecret state={state} />
      <input type="hidden" name="serviceId" value={serviceId} />
      <div>
        <SubmitButton label={m.rotate} pendingLabel={m.rotate} variant="secondary" />
      </div>
    </form>
  );
}
