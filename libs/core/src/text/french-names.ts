/**
 * « de » and « à » before a name, as French writes them in an e-mail: « d’Amélie », « des Jardins du Rhône », « aux
 * Jardins du Rhône », « au Relais ». Most names' h is silent (« d’Hélène »); y is a consonant (« de Yann »).
 */
export function ofName(name: string): string {
  if (/^les\s/i.test(name)) return `des ${name.slice(4)}`;
  if (/^le\s/i.test(name)) return `du ${name.slice(3)}`;
  if (/^[aeiouhàâäéèêëîïôöûüœæ]/i.test(name)) return `d’${name}`;
  return `de ${name}`;
}

export function toName(name: string): string {
  if (/^les\s/i.test(name)) return `aux ${name.slice(4)}`;
  if (/^le\s/i.test(name)) return `au ${name.slice(3)}`;
  return `à ${name}`;
}
