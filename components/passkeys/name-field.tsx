import { TextField } from "@/components/ui/text-field";
import { PASSKEY_NAME_MAX } from "@/lib/passkeys/name-rule";

type Props = {
  id: string;
  label: string;
  /** Extra words for screen readers only, e.g. which passkey is being renamed. */
  labelSuffix?: string;
  description?: string;
  error?: string | null;
  name?: string;
  value?: string;
  defaultValue?: string;
  onChange?: (value: string) => void;
};

/** The name a user gives a passkey: one line, no autofill, at most PASSKEY_NAME_MAX characters. */
export function NameField({ error, onChange, ...field }: Props) {
  return (
    <TextField
      type="text"
      autoComplete="off"
      maxLength={PASSKEY_NAME_MAX}
      errors={error ? [error] : undefined}
      onChange={onChange ? (event) => onChange(event.target.value) : undefined}
      {...field}
    />
  );
}
