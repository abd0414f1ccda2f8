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
  maxLength?: number;
};

/** A labelled text field with its description and error tied to it (aria-describedby). */
export function NameField({ id, label, labelSuffix, description, error, ...input }: Props) {
  const descriptionId = description ? `${id}-beskrivelse` : undefined;
  const errorId = error ? `${id}-feil` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(" ") || undefined;
  const { onChange, ...rest } = input;
  return (
    <div className="ds-field">
      <label className="ds-label" htmlFor={id}>
        {label}
        {labelSuffix ? <span className="sr-only"> {labelSuffix}</span> : null}
      </label>
      {description ? (
        <div data-field="description" id={descriptionId}>
          {description}
        </div>
      ) : null}
      <input
        className="ds-input"
        id={id}
        type="text"
        autoComplete="off"
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={onChange ? (event) => onChange(event.target.value) : undefined}
        {...rest}
      />
      {error ? (
        <div className="ds-validation-message" data-field="validation" id={errorId}>
          {error}
        </div>
      ) : null}
    </div>
  );
}
