import { Input } from '@codegouvfr/react-dsfr/Input';
import type { HTMLInputTypeAttribute } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { fieldState } from './forms';

/** A DSFR text field bound to a react-hook-form field; its error (ours or the API's) is tied to the input. */
export function TextField<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  type = 'text',
  autoComplete,
  required,
  textArea,
  inputMode,
}: {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  hint?: string;
  type?: HTMLInputTypeAttribute;
  autoComplete?: string;
  required?: boolean;
  textArea?: boolean;
  inputMode?: 'numeric' | 'text' | 'email';
}) {
  // The message names the field as people read it, without the asterisk that marks it required.
  const rules = required ? { required: `Renseignez le champ « ${label.replace(/\s*\*$/, '')} ».` } : {};
  if (textArea) {
    return <Input label={label} hintText={hint} textArea nativeTextAreaProps={{ ...form.register(name, rules), required }} {...fieldState(form, name)} />;
  }
  return (
    <Input
      label={label}
      hintText={hint}
      nativeInputProps={{ ...form.register(name, rules), type, autoComplete, required, inputMode }}
      {...fieldState(form, name)}
    />
  );
}

/** Said before the first field of a form whose required fields carry an asterisk (RGAA 11.10: the convention is explained). */
export function RequiredFieldsNote() {
  return <p className="fr-text--sm fr-mb-2w">Les champs suivis d’un astérisque (*) sont obligatoires.</p>;
}
