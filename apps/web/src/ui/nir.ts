/**
 * A first look at a NIR as it is typed (its shape and its control key), so a typing slip shows at once.
 * The API decides: it also checks the NIR against the sex and the birth month, and that nobody else holds it.
 */
export function nirAsTyped(raw: string): { state: 'default' | 'error' | 'success'; message?: string } {
  const nir = raw.replace(/\s/g, '').toUpperCase();
  if (nir.length === 0) return { state: 'default' };
  if (!/^[1-478][0-9]{4}(?:[0-9]{2}|2A|2B)[0-9]{8}$/.test(nir)) {
    return nir.length < 15
      ? { state: 'default', message: `${nir.length} caractères sur 15` }
      : { state: 'error', message: 'Un NIR compte 15 caractères : 13 chiffres (2A ou 2B pour la Corse) et une clé de 2 chiffres.' };
  }
  const body = BigInt(nir.slice(0, 13).replace('2A', '19').replace('2B', '18'));
  const key = 97n - (body % 97n);
  if (key !== BigInt(nir.slice(13))) return { state: 'error', message: 'La clé ne correspond pas au numéro : vérifiez chaque chiffre.' };
  return { state: 'success', message: 'Numéro et clé cohérents.' };
}
