import { IsoDate } from '@iae/core';

/**
 * The NIR (numéro de sécurité sociale): sex, year and month of birth, place of birth, order number,
 * and a two-digit key = 97 − (the 13 digits mod 97), Corsica's 2A and 2B counting as 19 and 18.
 */
const NIR = /^([1-478])(\d{2})(\d{2})(\d{2}|2[AB])(\d{3})(\d{3})(\d{2})$/;

export type NirProblem = 'format' | 'key' | 'title' | 'birthYear' | 'birthMonth';

export function normalizeNir(value: string): string {
  return value.replace(/[\s.-]/g, '').toUpperCase();
}

export function nirKey(first13: string): number {
  const digits = first13.replace('2A', '19').replace('2B', '18');
  return 97 - Number(BigInt(digits) % 97n);
}

/**
 * What is wrong with a NIR for this person, or null. Months 20–42 and 50–99 stand for an unknown or
 * special month and are not compared; 1, 3, 7 are men's numbers, 2, 4, 8 women's.
 */
export function checkNir(nir: string, person: { title?: 'M' | 'MME' | null; birthDate?: IsoDate | null }): NirProblem | null {
  const match = NIR.exec(nir);
  if (!match) return 'format';
  const [, sex, year, month] = match;
  const monthNumber = Number(month);
  if (monthNumber === 0 || (monthNumber > 12 && monthNumber < 20) || (monthNumber > 42 && monthNumber < 50)) return 'format';
  if (nirKey(nir.slice(0, 13)) !== Number(nir.slice(13))) return 'key';
  if (person.title && (person.title === 'M') !== ['1', '3', '7'].includes(sex)) return 'title';
  if (person.birthDate) {
    if (person.birthDate.slice(2, 4) !== year) return 'birthYear';
    if (monthNumber <= 12 && Number(person.birthDate.slice(5, 7)) !== monthNumber) return 'birthMonth';
  }
  return null;
}

export const NIR_PROBLEM_MESSAGES: Record<NirProblem, string> = {
  format: 'Le NIR compte 15 caractères : sexe, année et mois de naissance, lieu, rang, clé (ex. 1 85 05 78 006 084 91).',
  key: 'La clé de contrôle du NIR (ses deux derniers chiffres) ne correspond pas : vérifiez la saisie.',
  title: 'Le premier chiffre du NIR ne correspond pas à la civilité indiquée.',
  birthYear: 'L’année de naissance du NIR ne correspond pas à la date de naissance.',
  birthMonth: 'Le mois de naissance du NIR ne correspond pas à la date de naissance.',
};

/** `1 85 05 78 006 084 91` → `1 85 ** ** *** *** 91`: enough to recognise, not to reuse. */
export function maskNir(nir: string): string {
  return `${nir.slice(0, 1)} ${nir.slice(1, 3)} ** ** *** *** ${nir.slice(13)}`;
}
