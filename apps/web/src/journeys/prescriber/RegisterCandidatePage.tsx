import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { api, asOrganization, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problems';
import { useSession } from '../../api/session';
import { AddressFields } from '../../ui/AddressFields';
import { RequiredFieldsNote, TextField } from '../../ui/fields';
import { fieldState, FormFailure, SubmitButton, useSubmit } from '../../ui/forms';
import { nirAsTyped } from '../../ui/nir';
import { Page } from '../../ui/Page';
import { type LookupRequest, useTarget } from './CandidatesPage';

interface Values {
  title: 'M' | 'MME';
  firstName: string;
  lastName: string;
  birthDate: string;
  nir: string;
  nirMissingReason: '' | 'no_nir' | 'nir_of_another_person';
  franceTravailId: string;
  franceTravailIdMissingReason: '' | 'not_registered' | 'forgotten';
  email: string;
  phone: string;
  line: string;
  postalCode: string;
  communeCode: string;
}

export function RegisterCandidatePage() {
  const navigate = useNavigate();
  const target = useTarget();
  const { membership } = useSession();
  const employer = membership?.organization.family === 'employer';
  // One key per person registered: a double click or a resent form registers once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm<Values>({
    defaultValues: {
      title: 'MME',
      firstName: '',
      lastName: '',
      birthDate: '',
      nir: '',
      nirMissingReason: '',
      franceTravailId: '',
      franceTravailIdMissingReason: '',
      email: '',
      phone: '',
      line: '',
      postalCode: '',
      communeCode: '',
    },
  });
  const nir = form.watch('nir');
  const nirCheck = nirAsTyped(nir);
  const { onSubmit, failure } = useSubmit(
    form,
    async (v) => {
      const created = await unwrap(
        api.POST('/api/candidates', {
          params: { header: { ...asOrganization(), 'Idempotency-Key': idempotencyKey } },
          body: {
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
            ...(v.email ? { email: v.email } : {}),
            ...(v.phone ? { phone: v.phone } : {}),
            ...(v.line || v.communeCode ? { address: { line: v.line, postalCode: v.postalCode, communeCode: v.communeCode } } : {}),
          },
        }),
      );
      // A SIAE registers a person to validate their eligibility itself and hire them.
      if (employer) void navigate(`/siae/candidats/${created.id}/auto-prescription`, { state: { created: true } });
      else void navigate(`/prescripteur/candidats/${created.id}${target}`, { state: { created: true } });
    },
    { 'address.line': 'line', 'address.postalCode': 'postalCode', 'address.communeCode': 'communeCode' },
  );
  // Registered already: the search, where one follows their file, looks them up with what was typed here.
  const registered = failure?.error instanceof ApiProblem && failure.error.slug === 'candidate-already-exists';
  // One history entry for the hand-over: a second click while the search's page loads would leave another holding the NIR.
  const leaving = useRef(false);
  const findRegistered = () => {
    if (leaving.current) return;
    leaving.current = true;
    const v = form.getValues();
    const request: LookupRequest = {
      lookup: v.nir ? { nir: v.nir.replace(/\s/g, '') } : { firstName: v.firstName, lastName: v.lastName, birthDate: v.birthDate },
      // Without a NIR, the file refused is the one with these names, birth date and e-mail: following it asks for that e-mail.
      ...(!v.nir && v.email ? { email: v.email } : {}),
    };
    void navigate(employer ? '/siae/auto-prescription' : `/prescripteur/candidats${target}`, { state: request });
  };
  const nirState = fieldState(form, 'nir').state === 'error' ? fieldState(form, 'nir') : { state: nirCheck.state, stateRelatedMessage: nirCheck.message };

  return (
    <Page title="Inscrire une personne">
      <div className="iae-narrow">
        <RequiredFieldsNote />
        <FormFailure failure={failure} />
        {registered ? (
          <Button className="fr-mb-3w" priority="secondary" onClick={findRegistered}>
            Retrouver sa fiche pour la suivre
          </Button>
        ) : null}
        <form onSubmit={onSubmit} noValidate aria-label="Inscrire une personne">
          <RadioButtons
            legend="Civilité *"
            orientation="horizontal"
            options={[
              { label: 'Madame', nativeInputProps: { ...form.register('title'), value: 'MME' } },
              { label: 'Monsieur', nativeInputProps: { ...form.register('title'), value: 'M' } },
            ]}
          />
          <TextField form={form} name="firstName" label="Prénom *" required />
          <TextField form={form} name="lastName" label="Nom *" required />
          <TextField form={form} name="birthDate" label="Date de naissance *" type="date" required />
          <Input
            label="NIR (numéro de sécurité sociale)"
            hintText="15 caractères, clé comprise ; vérifié pendant la saisie"
            nativeInputProps={{ ...form.register('nir'), inputMode: 'numeric', autoComplete: 'off' }}
            state={nirState.state}
            stateRelatedMessage={nirState.stateRelatedMessage}
          />
          {!nir ? (
            <Select label="Sans NIR, pourquoi ?" nativeSelectProps={form.register('nirMissingReason')} {...fieldState(form, 'nirMissingReason')}>
              <option value="">Choisir une raison</option>
              <option value="no_nir">La personne n’a pas de NIR</option>
              <option value="nir_of_another_person">Son NIR est attribué à une autre personne</option>
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
              <option value="not_registered">La personne n’est pas inscrite</option>
              <option value="forgotten">Identifiant oublié</option>
            </Select>
          ) : null}
          <TextField form={form} name="email" label="Adresse e-mail" hint="La personne y recevra une invitation à créer son espace candidat." type="email" />
          <TextField form={form} name="phone" label="Téléphone" type="tel" />
          <AddressFields form={form} />
          <SubmitButton busy={form.formState.isSubmitting}>Inscrire la personne</SubmitButton>
        </form>
      </div>
    </Page>
  );
}
