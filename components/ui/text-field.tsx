import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";

type FieldProps = {
  id: string;
  label: string;
  /** Extra words for screen readers only, e.g. which of several items the field is for. */
  labelSuffix?: string;
  description?: string;
  errors?: string[];
};

type InputProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "id">;

type TextAreaProps = FieldProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id"> & {
    /** Shown under the text area and read with it, e.g. a live character counter. */
    note?: { id: string; content: ReactNode };
  };

/** A labelled input with its description and error tied to it (aria-describedby). */
export function TextField(props: InputProps) {
  const [field, input] = splitField(props);
  return (
    <Field {...field}>
      <input className="ds-input" id={field.id} {...controlAria(field)} {...input} />
    </Field>
  );
}

/** A labelled text area, like TextField, with an optional note under it. */
export function TextAreaField({ note, ...props }: TextAreaProps) {
  const [field, textarea] = splitField(props);
  return (
    <Field {...field}>
      <textarea
        className="ds-input"
        id={field.id}
        {...controlAria(field, note?.id)}
        {...textarea}
      />
      {note?.content}
    </Field>
  );
}

function splitField<T extends FieldProps>(props: T) {
  const { id, label, labelSuffix, description, errors, ...control } = props;
  return [{ id, label, labelSuffix, description, errors }, control] as const;
}

const descriptionId = (id: string) => `${id}-beskrivelse`;
const errorId = (id: string) => `${id}-feil`;

/** aria-describedby and aria-invalid for the control, from what the field shows. */
function controlAria({ id, description, errors }: FieldProps, noteId?: string) {
  const hasErrors = Boolean(errors?.length);
  const ids = [description ? descriptionId(id) : null, noteId, hasErrors ? errorId(id) : null];
  return {
    "aria-describedby": ids.filter(Boolean).join(" ") || undefined,
    "aria-invalid": hasErrors ? true : undefined,
  };
}

function Field({
  id,
  label,
  labelSuffix,
  description,
  errors,
  children,
}: FieldProps & { children: ReactNode }) {
  return (
    <div className="ds-field">
      <label className="ds-label" htmlFor={id}>
        {label}
        {labelSuffix ? <span className="sr-only"> {labelSuffix}</span> : null}
      </label>
      {description ? (
        <div data-field="description" id={descriptionId(id)}>
          {description}
        </div>
      ) : null}
      {children}
      {errors?.length ? (
        <div className="ds-validation-message" data-field="validation" id={errorId(id)}>
          {errors.join(" ")}
        </div>
      ) : null}
    </div>
  );
}
