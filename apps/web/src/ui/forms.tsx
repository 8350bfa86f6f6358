import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useEffect, useRef, useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { ApiProblem, describeError, type FieldError } from '../api/problems';

/**
 * Sends a form and lands the API's answer where people look: each `errors[]` item next to the field it names
 * (react-hook-form's error, tied to the input by aria-describedby), the rest and the `detail` in an alert.
 */
export function useSubmit<T extends FieldValues>(form: UseFormReturn<T>, send: (values: T) => Promise<void>, fieldNames?: Record<string, Path<T>>) {
  const [failure, setFailure] = useState<{ error: unknown; unplaced: FieldError[] } | null>(null);
  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await send(values);
    } catch (error) {
      const unplaced: FieldError[] = [];
      if (error instanceof ApiProblem) {
        let first = true;
        for (const item of error.errors) {
          const name = (fieldNames?.[item.field] ?? item.field) as Path<T>;
          if (name in form.getValues() || fieldNames?.[item.field] !== undefined) {
            form.setError(name, { type: item.code, message: item.message }, { shouldFocus: first });
            first = false;
          } else unplaced.push(item);
        }
      }
      setFailure({ error, unplaced });
    }
  });
  return { onSubmit, failure, clearFailure: () => setFailure(null) };
}

/** The alert above a form when it was refused: the problem's detail, and the field messages no field took. */
export function FormFailure({ failure }: { failure: { error: unknown; unplaced: FieldError[] } | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (failure && !(failure.error instanceof ApiProblem && failure.error.errors.length > failure.unplaced.length)) ref.current?.focus();
  }, [failure]);
  if (!failure) return null;
  const { title, detail } = describeError(failure.error);
  const fieldCount = failure.error instanceof ApiProblem ? failure.error.errors.length : 0;
  return (
    <div ref={ref} tabIndex={-1} className="fr-mb-3w">
      <Alert
        severity="error"
        title={title}
        description={
          <>
            <p>{fieldCount > 0 && fieldCount > failure.unplaced.length ? 'Corrigez les champs signalés ci-dessous.' : detail}</p>
            {failure.unplaced.length > 0 ? (
              <ul>
                {failure.unplaced.map((e) => (
                  <li key={`${e.field}-${e.code}`}>{e.message}</li>
                ))}
              </ul>
            ) : null}
          </>
        }
      />
    </div>
  );
}

/** The DSFR input state for a react-hook-form field. */
export function fieldState<T extends FieldValues>(form: UseFormReturn<T>, name: string): { state: 'error' | 'default'; stateRelatedMessage?: string } {
  const error = name
    .split('.')
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), form.formState.errors) as
    { message?: unknown } | undefined;
  return error?.message ? { state: 'error', stateRelatedMessage: String(error.message) } : { state: 'default' };
}
