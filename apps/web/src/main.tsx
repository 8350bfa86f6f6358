// The entry module, kept small: the stylesheet (the only thing the layout's static shell of index.html waits for), the
// session and the page's chunk asked for at once, then the application (preloaded by index.html) started.
import '@codegouvfr/react-dsfr/dsfr/dsfr.main.min.css';
import 'virtual:marianne-first-paint.css';
import 'virtual:dsfr-icons.css';
import './ui/app.css';
import './api/first-load';
import { preloadPage } from './pages';

preloadPage(window.location.pathname);
void import('./start-app').then(({ startApp }) => startApp());
