import { fr } from '@codegouvfr/react-dsfr';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import { useDebounced } from './useDebounced';

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

/**
 * A text field that suggests values as one types (the WAI-ARIA 1.2 combobox pattern): arrows move through the
 * suggestions, Enter picks one, Escape closes them. Requests wait for typing to pause and are cancelled when a
 * newer one supersedes them (TanStack Query aborts the fetch through its signal).
 *
 * Leaving the field closes the suggestions there and then, never later: a press in the list does not take the focus
 * from the field, so nothing has to wait for a click to land. (A delayed close outlived the blur: the focus leaving
 * for a button and coming back, by the form's error handling or by hand, and what was typed next lost its
 * suggestions when the delay ran out.)
 */
export function Combobox({
  label,
  hint,
  name,
  selected,
  onSelect,
  search,
  queryKey,
  minLength = 2,
  error,
  placeholder,
  inputRef,
  required,
}: {
  label: string;
  hint?: string;
  name: string;
  selected: Option | null;
  onSelect: (option: Option | null) => void;
  search: (text: string, signal: AbortSignal) => Promise<Option[]>;
  queryKey: string;
  minLength?: number;
  error?: string;
  placeholder?: string;
  /** The input, for a form that focuses its first field in error (react-hook-form's `useController` field ref). */
  inputRef?: Ref<HTMLInputElement>;
  /** Said to screen readers (the label carries the visible asterisk). */
  required?: boolean;
}) {
  const id = useId();
  const [text, setText] = useState(selected?.label ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const typed = useDebounced(text.trim(), 250);
  const enabled = open && typed.length >= minLength && typed !== selected?.label;
  const suggestions = useQuery({
    queryKey: [queryKey, typed],
    queryFn: ({ signal }) => search(typed, signal),
    enabled,
    staleTime: 5 * 60_000,
  });
  const options = enabled ? (suggestions.data ?? []) : [];
  const expanded = open && enabled && (options.length > 0 || suggestions.isFetched);
  const listId = `${id}-options`;
  const optionId = (i: number) => `${id}-option-${i}`;

  const pick = (option: Option) => {
    setText(option.label);
    setOpen(false);
    setActive(-1);
    onSelect(option);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && expanded && active >= 0 && options[active]) {
      event.preventDefault();
      pick(options[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className={fr.cx('fr-input-group', error ? 'fr-input-group--error' : undefined)}>
      <label className={fr.cx('fr-label')} htmlFor={id}>
        {label}
        {hint ? <span className={fr.cx('fr-hint-text')}>{hint}</span> : null}
      </label>
      <div className="iae-combobox">
        <input
          ref={inputRef}
          id={id}
          name={name}
          className={fr.cx('fr-input', error ? 'fr-input--error' : undefined)}
          role="combobox"
          aria-autocomplete="list"
          aria-required={required || undefined}
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          autoComplete="off"
          placeholder={placeholder}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
            if (selected && event.target.value !== selected.label) onSelect(null);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }}
        />
        {/* A press in the list (an option, « Aucune suggestion », its scroll bar) leaves the focus in the field. */}
        <ul
          id={listId}
          role="listbox"
          aria-label={`Suggestions : ${label}`}
          className="iae-combobox__list"
          hidden={!expanded}
          onMouseDown={(event) => event.preventDefault()}
        >
          {options.map((option, i) => (
            <li
              key={option.value}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="iae-combobox__option"
              onMouseDown={(event) => {
                event.preventDefault();
                pick(option);
              }}
            >
              {option.label}
              {option.hint ? <span className="iae-meta"> — {option.hint}</span> : null}
            </li>
          ))}
          {expanded && options.length === 0 ? (
            <li role="option" aria-selected={false} aria-disabled="true" className="iae-combobox__option">
              Aucune suggestion pour « {typed} »
            </li>
          ) : null}
        </ul>
      </div>
      <div aria-live="polite" className={fr.cx('fr-sr-only')}>
        {expanded ? `${options.length} suggestion${options.length > 1 ? 's' : ''}` : ''}
      </div>
      {error ? (
        <p id={`${id}-error`} className={fr.cx('fr-error-text')}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
