import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useLayoutEffect, useRef, useState, type BaseSyntheticEvent, type ReactNode } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { ApiProblem, describeError, type FieldError } from '../api/problems';
import { atField } from './format';

/**
 * Sends a form and lands the API's answer where people look: each `errors[]` item next to the field it names
 * (react-hook-form's error, tied to the input by aria-describedby), the rest and the `detail` in an alert.
 */
export function useSubmit<T extends FieldValues>(form: UseFormReturn<T>, send: (values: T) => Promise<void>, fieldNames?: Record<string, Path<T>>) {
  const [failure, setFailure] = useState<Failure | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await send(values);
    } catch (error) {
      const placed: PlacedError[] = [];
      const unplaced: FieldError[] = [];
      if (error instanceof ApiProblem) {
        let first = true;
        for (const item of error.errors) {
          const name = (fieldNames?.[item.field] ?? item.field) as Path<T>;
          if (name in form.getValues() || fieldNames?.[item.field] !== undefined) {
            const message = atField(item.message);
            form.setError(name, { type: item.code, message }, { shouldFocus: first });
            placed.push({ ...item, message, name });
            first = false;
          } else unplaced.push(item);
        }
      }
      setFailure({ error, placed, unplaced });
    }
  });
  // A press while the form is being sent does nothing: its buttons stay focusable (not disabled), so they may be pressed.
  const onSubmit = (event?: BaseSyntheticEvent): Promise<void> => {
    if (!form.formState.isSubmitting) {
      // The API's errors of the last sending are its to say again: one left on a field without an input of its own (an
      // address's commune) would hold this sending back without a word. The form's own rules run again.
      form.clearErrors();
      return submit(event);
    }
    event?.preventDefault();
    return Promise.resolve();
  };
  return { onSubmit, failure, clearFailure: () => setFailure(null) };
}

/** A field error handed to the form's field of that name. */
export type PlacedError = FieldError & { name: string };
export interface Failure {
  error: unknown;
  placed: PlacedError[];
  unplaced: FieldError[];
}

/**
 * The alert above a form when it was refused: the problem's detail, and the field messages no field shows. A field
 * error handed to a field that is not on the page, or that does not show its error, is listed here with the field's
 * label rather than lost: the alert must never point at fields that say nothing.
 */
export function FormFailure({ failure, headingLevel = 3 }: { failure: Failure | null; headingLevel?: 2 | 3 | 4 | 5 }) {
  const ref = useRef<HTMLDivElement>(null);
  const [unshown, setUnshown] = useState<{ failure: Failure; errors: FieldError[] } | null>(null);
  useLayoutEffect(() => {
    if (!failure) return;
    const hidden = failure.placed.filter((e) => !shownAtField(e)).map((e) => ({ ...e, message: withLabel(e) }));
    setUnshown({ failure, errors: [...hidden, ...failure.unplaced] });
  }, [failure]);
  const listed = unshown?.failure === failure ? unshown.errors : null;
  const shownCount = failure && listed ? failure.placed.length + failure.unplaced.length - listed.length : 0;
  // The fields' errors are shown: react-hook-form focused the first one, and the alert is announced. Otherwise the
  // alert takes the focus, which reads it (a live role besides would read it twice).
  const focused = shownCount === 0 || (listed?.length ?? 0) > 0;
  useEffect(() => {
    if (failure && listed && focused) ref.current?.focus();
  }, [failure, listed, focused]);
  if (!failure || !listed) return null;
  const { title, detail } = describeError(failure.error);
  return (
    <div ref={ref} tabIndex={-1} className="fr-mb-3w">
      <Alert
        severity="error"
        as={`h${headingLevel}`}
        {...(focused ? { role: undefined } : { role: 'alert' as const })}
        title={title}
        description={
          <>
            {/* The detail, unless it only repeats the title or a message listed below. */}
            {shownCount > 0 ? (
              <p>Corrigez les champs signalés ci-dessous.</p>
            ) : detail === title || listed.some((e) => e.message.endsWith(detail)) ? null : (
              <p>{detail}</p>
            )}
            {listed.length > 0 ? (
              <ul>
                {listed.map((e) => (
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

/** Whether a field of that name on the page says the message (described by it, or within its DSFR group). */
function shownAtField(error: PlacedError): boolean {
  return Array.from(document.getElementsByName(error.name)).some((field) => {
    const described = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    if (described.some((id) => document.getElementById(id)?.textContent?.includes(error.message))) return true;
    return !!field.closest('.fr-input-group, .fr-select-group, .fr-upload-group, .fr-fieldset')?.textContent?.includes(error.message);
  });
}

/** « Label : message » when the field is on the page (its label without hint or asterisk), the message alone otherwise. */
function withLabel(error: PlacedError): string {
  const field = document.getElementsByName(error.name)[0] as HTMLInputElement | undefined;
  const label = field?.labels?.[0]?.cloneNode(true) as HTMLLabelElement | undefined;
  label?.querySelectorAll('.fr-hint-text').forEach((hint) => hint.remove());
  const text = label?.textContent?.replace(/\s*\*\s*$/, '').trim();
  return text ? `${text} : ${error.message}` : error.message;
}

/** The DSFR input state for a react-hook-form field. */
/** A field's state, and why its list is empty or unusable (after its error if it has one, else as information). */
export function fieldStateExplained<T extends FieldValues>(
  form: UseFormReturn<T>,
  name: string,
  why: string | null,
): { state: 'error' | 'default' | 'info'; stateRelatedMessage?: string } {
  const field = fieldState(form, name);
  if (!why) return field;
  return { state: field.state === 'error' ? 'error' : 'info', stateRelatedMessage: [field.stateRelatedMessage, why].filter(Boolean).join(' ') };
}

export function fieldState<T extends FieldValues>(form: UseFormReturn<T>, name: string): { state: 'error' | 'default'; stateRelatedMessage?: string } {
  const error = name
    .split('.')
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), form.formState.errors) as
    { message?: unknown } | undefined;
  return error?.message ? { state: 'error', stateRelatedMessage: String(error.message) } : { state: 'default' };
}

/**
 * A form's submit button. While the form is sent it says so and is inert (aria-disabled; useSubmit ignores the press),
 * not disabled: a disabled button drops the keyboard's focus to the page.
 */
export function SubmitButton({
  busy,
  busyLabel = 'Envoi en cours…',
  priority,
  size,
  className,
  children,
}: {
  busy: boolean;
  busyLabel?: string;
  priority?: 'primary' | 'secondary';
  size?: 'small';
  className?: string;
  children: ReactNode;
}) {
  return (
    <Button type="submit" priority={priority} size={size} className={className} nativeButtonProps={{ 'aria-disabled': busy }}>
      {busy ? busyLabel : children}
    </Button>
  );
}
