import { useCallback, useRef } from 'react';
import { asOrganization } from './client';

/**
 * The headers of a write: the organisation one acts for and an `Idempotency-Key`. The key stays the same until the
 * write succeeds, so that sending again after a lost answer replays the first one instead of acting twice.
 */
export function useWriteHeaders(): {
  headers: () => { 'X-Organization-Id': string; 'Idempotency-Key': string };
  /** The key alone, for a write made for no organisation (one's own account, a link received by e-mail). */
  key: () => { 'Idempotency-Key': string };
  done: () => void;
} {
  const key = useRef<string>(crypto.randomUUID());
  const headers = useCallback(() => ({ ...asOrganization(), 'Idempotency-Key': key.current }), []);
  const ownKey = useCallback(() => ({ 'Idempotency-Key': key.current }), []);
  const done = useCallback(() => {
    key.current = crypto.randomUUID();
  }, []);
  return { headers, key: ownKey, done };
}
