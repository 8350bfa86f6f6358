import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import type { UseFormReturn } from 'react-hook-form';
import { TextField } from './fields';
import { fieldState } from './forms';
import { nirAsTyped } from './nir';

/** What identifies a person in a candidate file, as a form holds it (a professional registering them, or the person). */
export interface CandidateIdentityValues {
  title: 'M' | 'MME';
  firstName: string;
  lastName: string;
  birthDate: string;
  nir: string;
  nirMissingReason: '' | 'no_nir' | 'nir_of_another_person';
  franceTravailId: string;
  franceTravailIdMissingReason: '' | 'not_registered' | 'forgotten';
  phone: string;
  line: string;
  postalCode: string;
  communeCode: string;
}

export const NO_CANDIDATE_IDENTITY: CandidateIdentityValues = {
  title: 'MME',
  firstName: '',
  lastName: '',
  birthDate: '',
  nir: '',
  nirMissingReason: '',
  franceTravailId: '',
  franceTravailIdMissingReason: '',
  phone: '',
  line: '',
  postalCode: '',
  communeCode: '',
};

/** The API's body for these values: a NIR or why there is none, an identifier or why there is none, an address if any. */
export function candidateIdentityBody(v: CandidateIdentityValues) {
  return {
    title: v.title,
    firstName: v.firstName,
    lastName: v.lastName,
    birthDate: v.birthDate,
    ...(v.nir ? { nir: v.nir.replace(/\s/g, '') } : v.nirMissingReason ? { nirMissingReason: v.nirMissingReason } : {}),
    ...(v.franceTravailId
      ? { franceTravailId: v.franceTravailId }
      : v.franceTravailIdMissingReason
        ? { franceTravailIdMissingReason: v.franceTravailIdMissingReason }
        : {}),
    ...(v.phone ? { phone: v.phone } : {}),
    ...(v.line || v.communeCode ? { address: { line: v.line, postalCode: v.postalCode, communeCode: v.communeCode } } : {}),
  };
}

/** The API names the address's parts `address.*`; the form holds them flat. */
export const ADDRESS_FIELD_NAMES = { 'address.line': 'line', 'address.postalCode': 'postalCode', 'address.communeCode': 'communeCode' } as const;

const WORDS = {
  person: {
    nir: 'NIR (numéro de sécurité sociale)',
    nirHint: '15 caractères, clé comprise ; vérifié pendant la saisie',
    nirWhy: 'Sans NIR, pourquoi ?',
    noNir: 'La personne n’a pas de NIR',
    nirOfAnother: 'Son NIR est attribué à une autre personne',
    notRegistered: 'La personne n’est pas inscrite',
    forgotten: 'Identifiant oublié',
  },
  self: {
    nir: 'Numéro de sécurité sociale (NIR)',
    nirHint: '15 caractères, clé comprise, tel qu’il figure sur votre carte Vitale ; vérifié pendant la saisie',
    nirWhy: 'Sans numéro, pourquoi ?',
    noNir: 'Je n’ai pas de numéro de sécurité sociale',
    nirOfAnother: 'Mon numéro est attribué à une autre personne',
    notRegistered: 'Je ne suis pas inscrit ou inscrite à France Travail',
    forgotten: 'J’ai oublié mon identifiant',
  },
};

/** Civility, names, birth date, NIR (checked as typed) or why none, France Travail identifier or why none. */
export function CandidateIdentityFields<T extends CandidateIdentityValues>({ form: forms, self = false }: { form: UseFormReturn<T>; self?: boolean }) {
  // A form holding more than these fields (an e-mail) binds them the same way.
  const form = forms as unknown as UseFormReturn<CandidateIdentityValues>;
  const words = self ? WORDS.self : WORDS.person;
  const nir = form.watch('nir');
  const nirCheck = nirAsTyped(nir);
  const nirState = fieldState(form, 'nir').state === 'error' ? fieldState(form, 'nir') : { state: nirCheck.state, stateRelatedMessage: nirCheck.message };
  return (
    <>
      <RadioButtons
        legend="Civilité *"
        orientation="horizontal"
        options={[
          { label: 'Madame', nativeInputProps: { ...form.register('title'), value: 'MME' } },
          { label: 'Monsieur', nativeInputProps: { ...form.register('title'), value: 'M' } },
        ]}
      />
      <TextField form={form} name="firstName" label="Prénom *" autoComplete={self ? 'given-name' : undefined} required />
      <TextField form={form} name="lastName" label="Nom *" autoComplete={self ? 'family-name' : undefined} required />
      <TextField form={form} name="birthDate" label="Date de naissance *" type="date" autoComplete={self ? 'bday' : undefined} required />
      <Input
        label={words.nir}
        hintText={words.nirHint}
        nativeInputProps={{ ...form.register('nir'), inputMode: 'numeric', autoComplete: 'off' }}
        state={nirState.state}
        stateRelatedMessage={nirState.stateRelatedMessage}
      />
      {!nir ? (
        <Select label={words.nirWhy} nativeSelectProps={form.register('nirMissingReason')} {...fieldState(form, 'nirMissingReason')}>
          <option value="">Choisir une raison</option>
          <option value="no_nir">{words.noNir}</option>
          <option value="nir_of_another_person">{words.nirOfAnother}</option>
        </Select>
      ) : null}
      <TextField form={form} name="franceTravailId" label="Identifiant France Travail" />
      {!form.watch('franceTravailId') ? (
        <Select
          label="Sans identifiant France Travail, pourquoi ?"
          nativeSelectProps={form.register('franceTravailIdMissingReason')}
          {...fieldState(form, 'franceTravailIdMissingReason')}
        >
          <option value="">Choisir une raison</option>
          <option value="not_registered">{words.notRegistered}</option>
          <option value="forgotten">{words.forgotten}</option>
        </Select>
      ) : null}
    </>
  );
}
