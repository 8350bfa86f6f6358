import { useEffect, useRef, type ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { operator } from './operator';

/**
 * One page: its title in the tab (read first by screen readers after a navigation) and its heading, which takes
 * the focus when the page changes so that keyboard and screen-reader users start from it.
 */
export function Page({ title, children, intro, wide }: { title: string; children: ReactNode; intro?: ReactNode; wide?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} — ${operator.serviceName}`;
    if (document.activeElement === document.body || document.activeElement?.closest('header, nav')) heading.current?.focus();
  }, [title]);
  return (
    <div className={fr.cx('fr-container', 'fr-py-4w')} style={wide ? undefined : { maxWidth: '72rem' }}>
      <h1 ref={heading} tabIndex={-1} className="iae-page-title">
        {title}
      </h1>
      {intro ? <div className={fr.cx('fr-mb-3w')}>{intro}</div> : null}
      {children}
    </div>
  );
}
