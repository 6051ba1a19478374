import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

interface FieldFrame {
  readonly label: ReactNode;
  /** Shown under the label and read with the field. */
  readonly hint?: ReactNode;
  /** A problem with this field, read with it and marked for assistive technology. */
  readonly problem?: string;
}

/** What a control needs to be tied to its label, hint and problem. */
interface ControlProps {
  readonly id: string;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-invalid': true | undefined;
}

/** The label, hint and problem around one control, linked to it for assistive technology. */
function Field({ label, hint, problem, className, control }: FieldFrame & { readonly className?: string; readonly control: (props: ControlProps) => ReactNode }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const problemId = problem ? `${id}-problem` : undefined;
  const describedBy = [hintId, problemId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {control({ id, 'aria-describedby': describedBy, 'aria-invalid': problem ? true : undefined })}
      {problem ? (
        <p className="field-problem" id={problemId}>
          {problem}
        </p>
      ) : null}
    </div>
  );
}

type TextFieldProps = FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;

export function TextField({ label, hint, problem, className, ...input }: TextFieldProps) {
  return <Field label={label} hint={hint} problem={problem} className={className} control={(props) => <input {...props} {...input} />} />;
}

type SelectFieldProps = FieldFrame & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & { readonly children: ReactNode };

export function SelectField({ label, hint, problem, className, children, ...select }: SelectFieldProps) {
  return (
    <Field
      label={label}
      hint={hint}
      problem={problem}
      className={className}
      control={(props) => (
        <select {...props} {...select}>
          {children}
        </select>
      )}
    />
  );
}

type CheckboxFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & { readonly label: ReactNode };

export function CheckboxField({ label, className, ...input }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className={`checkbox${className ? ` ${className}` : ''}`}>
      <input id={id} type="checkbox" {...input} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

type TextAreaFieldProps = FieldFrame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;

export function TextAreaField({ label, hint, problem, className, ...textarea }: TextAreaFieldProps) {
  return <Field label={label} hint={hint} problem={problem} className={className} control={(props) => <textarea {...props} {...textarea} />} />;
}
