import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { Link } from 'react-router';
import { App } from './App';
import { cspNonce, operator } from './ui/operator';

declare module '@codegouvfr/react-dsfr/spa' {
  interface RegisterLink {
    Link: typeof Link;
  }
}

/** Renders the application in place of index.html's static shell. */
export function startApp(): void {
  startReactDsfr({ defaultColorScheme: 'system', Link, nonce: cspNonce() });
  if (operator.brand !== 'state') document.documentElement.classList.add('iae-unbranded');
  // A transition: React renders in slices that leave the main thread free in between (the shell stays meanwhile).
  startTransition(() => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}
