import { useEffect, useState } from 'react';

const read = () => {
  const match = /(?:^#|&)jeton=([^&]+)/.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]!) : null;
};

/**
 * The token of an e-mail link (`…#jeton=…`). It travels in the fragment, which browsers never send to a server,
 * and is taken off the address once the page holds it, so it stays out of the history.
 */
export function useFragmentToken(): string | null {
  // Read during render (a render React discards may run again), removed only once committed.
  const [token] = useState(read);
  useEffect(() => {
    if (token && window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }, [token]);
  return token;
}
