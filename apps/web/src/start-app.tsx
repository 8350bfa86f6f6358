import '@codegouvfr/react-dsfr/dsfr/dsfr.main.min.css';
import 'virtual:dsfr-icons.css';
import './ui/app.css';
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Link } from 'react-router';
import { App } from './App';
import { cspNonce, operator } from './ui/operator';

declare module '@codegouvfr/react-dsfr/spa' {
  interface RegisterLink {
    Link: typeof Link;
  }
}

startReactDsfr({ defaultColorScheme: 'system', Link, nonce: cspNonce() });
if (operator.brand !== 'state') document.documentElement.classList.add('iae-unbranded');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
