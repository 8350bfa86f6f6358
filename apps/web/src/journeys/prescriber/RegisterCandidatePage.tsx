import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { api, asOrganization, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problems';
import { useSession } from '../../api/session';
import { AddressFields } from '../../ui/AddressFields';
import {
  ADDRESS_FIELD_NAMES,
  CandidateIdentityFields,
  candidateIdentityBody,
  NO_CANDIDATE_IDENTITY,
  type CandidateIdentityValues,
} from '../../ui/CandidateIdentityFields';
import { RequiredFieldsNote, TextField } from '../../ui/fields';
import { FormFailure, SubmitButton, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { type LookupRequest, useTarget } from './CandidatesPage';

type Values = CandidateIdentityValues & { email: string };

export function RegisterCandidatePage() {
  const navigate = useNavigate();
  const target = useTarget();
  const { membership } = useSession();
  const employer = membership?.organization.family === 'employer';
  // One key per person registered: a double click or a resent form registers once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const form = useForm<Values>({ defaultValues: { ...NO_CANDIDATE_IDENTITY, email: '' } });
  const { onSubmit, failure } = useSubmit(
    form,
    async (v) => {
      const created = await unwrap(
        api.POST('/api/candidates', {
          params: { header: { ...asOrganization(), 'Idempotency-Key': idempotencyKey } },
          body: { ...candidateIdentityBody(v), ...(v.email ? { email: v.email } : {}) },
        }),
      );
      // A SIAE registers a person to validate their eligibility itself and hire them.
      if (employer) void navigate(`/siae/candidats/${created.id}/auto-prescription`, { state: { created: true } });
      else void navigate(`/prescripteur/candidats/${created.id}${target}`, { state: { created: true } });
    },
    ADDRESS_FIELD_NAMES,
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
          <CandidateIdentityFields form={form} />
          <TextField form={form} name="email" label="Adresse e-mail" hint="La personne y recevra une invitation à créer son espace candidat." type="email" />
          <TextField form={form} name="phone" label="Téléphone" type="tel" />
          <AddressFields form={form} />
          <SubmitButton busy={form.formState.isSubmitting}>Inscrire la personne</SubmitButton>
        </form>
      </div>
    </Page>
  );
}
