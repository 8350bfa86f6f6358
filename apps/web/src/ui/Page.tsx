import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { fr } from '@codegouvfr/react-dsfr';
import { PAGE_HEADINGS, type HeadedPath } from '../page-headings';
import { operator } from './operator';

/** The location the application was loaded on, until the person leaves it (Back to it then focuses its heading). */
let firstLocationKey: string | undefined;
let leftFirstLocation = false;

interface Heading {
  title: string;
  intro?: ReactNode;
  wide?: boolean;
}

/**
 * One page: its title in the tab (read first by screen readers after a navigation) and its heading, which takes
 * the focus when the page changes so that keyboard and screen-reader users start from it.
 */
export function Page({ title, children, intro, wide }: Heading & { children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Read when the title changes, not a reason to move the focus itself (filters kept in the address change it).
  const { key } = useLocation();
  const location = useRef(key);
  location.current = key;
  useEffect(() => {
    document.title = `${title} — ${operator.serviceName}`;
    // The document's first page is left to the browser, which starts at the top: the skip links come first.
    firstLocationKey ??= location.current;
    if (location.current !== firstLocationKey) leftFirstLocation = true;
    if (!leftFirstLocation) return;
    if (document.activeElement === document.body || document.activeElement?.closest('header, nav')) heading.current?.focus();
  }, [title]);
  // The same markup as the heading the API writes into index.html's shell (apps/api/src/web-app.ts).
  return (
    <div className={[fr.cx('fr-container', 'fr-py-4w'), wide ? '' : 'iae-page'].join(' ').trim()}>
      <h1 ref={heading} tabIndex={-1} className="iae-page-title">
        {title}
      </h1>
      {intro ? <div className={fr.cx('fr-mb-3w')}>{intro}</div> : null}
      {children}
    </div>
  );
}

/** The heading of a public page that index.html's shell already shows (page-headings.ts). */
export function headingOf(path: HeadedPath): Heading {
  const heading: { title: string; intro?: string; wide?: boolean } = PAGE_HEADINGS[path];
  return { title: heading.title, intro: heading.intro ? <p>{heading.intro}</p> : undefined, wide: heading.wide };
}
