import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { unwrap } from '../../api/client';
import { RequiredFieldsNote } from '../../ui/fields';
import { FormFailure, useSubmit } from '../../ui/forms';
import { useWriteHeaders } from '../../api/writes';

/** A titled part of a page, named for screen readers by its heading. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={fr.cx('fr-mb-4w')}>
      <h2 id={id} className={fr.cx('fr-h4')}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * The actions of a page: one form open at a time; when a write succeeds, its form closes and a message takes the
 * focus (read by screen readers, and the keyboard starts from there). The button that opened a form is replaced by
 * it: the focus goes to the form's first field (or its heading), and back to that button when the form is left.
 */
export function useActionPanel<A>() {
  const [open, setOpenState] = useState<A | null>(null);
  // Counted: the same message after a second action is announced and focused again.
  const [done, setDone] = useState<{ message: string; seq: number; severity: 'success' | 'warning' } | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const left = useRef<A | null>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  useEffect(() => {
    if (open !== null) {
      const form = formRef.current;
      const target = form?.querySelector<HTMLElement>(FIRST_FIELD) ?? form?.querySelector<HTMLElement>('h2, h3, h4, h5, h6');
      if (target && !target.matches(FIRST_FIELD)) target.tabIndex = -1;
      target?.focus();
    } else if (left.current !== null) {
      document.querySelector<HTMLElement>(`[data-action="${CSS.escape(triggerId(panelId, left.current))}"]`)?.focus();
      left.current = null;
    }
  }, [open, panelId]);
  const setOpen = (action: A | null) => {
    setDone(null);
    left.current = action === null ? open : null;
    setOpenState(action);
  };
  /** `warning`: nothing was done (the thing changed meanwhile); the message says why. */
  const finished = (message: string, severity: 'success' | 'warning' = 'success') => {
    left.current = null;
    setOpenState(null);
    setDone((before) => ({ message, seq: (before?.seq ?? 0) + 1, severity }));
  };
  /** The props of a button opening `action`'s form. */
  const trigger = (action: A) => ({ onClick: () => setOpen(action), nativeButtonProps: { 'data-action': triggerId(panelId, action) } });
  // The focus moved to it is what announces it: no live role besides (it would be read twice).
  const doneAlert = done ? (
    <div ref={doneRef} tabIndex={-1} key={done.seq}>
      <Alert severity={done.severity} small description={done.message} className={fr.cx('fr-mb-3w')} role={undefined} />
    </div>
  ) : null;
  return { open, setOpen, finished, doneAlert, trigger, formRef };
}

const triggerId = (panelId: string, action: unknown) => `${panelId}:${typeof action === 'object' ? JSON.stringify(action) : String(action)}`;
const FIRST_FIELD = 'input:not([type="hidden"]):not(:disabled), select:not(:disabled), textarea:not(:disabled)';

export type WriteHeaders = ReturnType<ReturnType<typeof useWriteHeaders>['headers']>;

/**
 * A write's form: sent once with the write headers (the key kept until it succeeds), the API's refusal landed at
 * its fields, then `succeeded` with the answer.
 */
export function useWriteForm<T extends FieldValues, R>(
  defaultValues: DefaultValues<T>,
  send: (values: T, header: WriteHeaders) => Promise<{ data?: R; error?: unknown; response: Response }>,
  succeeded: (result: R) => Promise<void> | void,
) {
  const write = useWriteHeaders();
  const form = useForm<T>({ defaultValues });
  const submit = useSubmit(form, async (values) => {
    const result = await unwrap(send(values, write.headers()));
    write.done();
    await succeeded(result);
  });
  return { form, submit };
}

/**
 * The frame of a write's form: its heading (h3, or the level its place in the page asks), the API's refusal, the
 * fields, a submit button inert while it runs. Inert, not disabled: a disabled button loses the keyboard's focus.
 */
export function WriteForm({
  id,
  title,
  write,
  submitLabel,
  headingLevel = 3,
  marksRequired = false,
  children,
}: {
  id: string;
  title: string;
  /** Some fields carry an asterisk: the convention is said before them. */
  marksRequired?: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the panel only shows a write's state, whatever the shape of its form
  write: { form: UseFormReturn<any>; submit: ReturnType<typeof useSubmit<any>> };
  submitLabel: ReactNode;
  headingLevel?: 3 | 4;
  children?: ReactNode;
}) {
  const busy = write.form.formState.isSubmitting;
  const Heading = headingLevel === 4 ? 'h4' : 'h3';
  return (
    <form onSubmit={write.submit.onSubmit} noValidate aria-labelledby={id} aria-busy={busy}>
      <Heading id={id} className={fr.cx('fr-h5')}>
        {title}
      </Heading>
      <FormFailure failure={write.submit.failure} headingLevel={headingLevel === 4 ? 5 : 4} />
      {marksRequired && <RequiredFieldsNote />}
      {children}
      <Button type="submit" nativeButtonProps={{ 'aria-disabled': busy }} className={fr.cx('fr-mt-2w')}>
        {busy ? 'Envoi en cours…' : submitLabel}
      </Button>
    </form>
  );
}
