import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useRef, useState } from 'react';

interface Pages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<{ isError: boolean }>;
}

/**
 * A list's « Voir plus » button. Once the next page is in, the keyboard goes on from the first item it brought (the
 * button itself is gone after the last page): its first link or button, else the item. A press while it loads does
 * nothing; the button stays focusable meanwhile (a disabled one drops the focus to the page).
 * `container` goes on an element around the list; `items` selects the list's items inside it.
 */
export function useLoadMore(pages: Pages, count: number, { items, label }: { items: string; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [focusAt, setFocusAt] = useState<number | null>(null);
  useEffect(() => {
    if (focusAt === null || count <= focusAt) return;
    const item = container.current?.querySelectorAll<HTMLElement>(items)[focusAt];
    const target = item?.querySelector<HTMLElement>('a[href], button') ?? item;
    if (target && !target.matches('a[href], button')) target.tabIndex = -1;
    target?.focus();
    setFocusAt(null);
  }, [focusAt, count, items]);
  const button = pages.hasNextPage ? (
    <Button
      priority="secondary"
      onClick={() => {
        if (pages.isFetchingNextPage) return;
        setFocusAt(count);
        // A page that failed brings nothing to go on from: a later refresh must not move the focus.
        void pages.fetchNextPage().then((result) => result.isError && setFocusAt(null));
      }}
      nativeButtonProps={{ 'aria-disabled': pages.isFetchingNextPage }}
    >
      {pages.isFetchingNextPage ? 'Chargement…' : label}
    </Button>
  ) : null;
  return { container, button };
}
