import { fr } from '@codegouvfr/react-dsfr';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../api/session';
import { useWriteHeaders } from '../../api/writes';
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

/**
 * A person who signed up alone creates their candidate file here (their account's e-mail is the file's): without it
 * they can neither apply nor be followed. A file a professional registered comes with an invitation instead.
 */
export function OwnFileForm({ onCreated }: { onCreated: () => void }) {
  const { me } = useSession();
  const queryClient = useQueryClient();
  const write = useWriteHeaders();
  const form = useForm<CandidateIdentityValues>({
    defaultValues: { ...NO_CANDIDATE_IDENTITY, firstName: me?.firstName ?? '', lastName: me?.lastName ?? '' },
  });
  const { onSubmit, failure } = useSubmit(
    form,
    async (v) => {
      await unwrap(
        api.POST('/api/me/candidate', {
          params: { header: write.key() },
          body: candidateIdentityBody(v),
        }),
      );
      write.done();
      // The file's candidatures were refused without a file: asked again with it.
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['me-candidate'] }), queryClient.invalidateQueries({ queryKey: ['me-candidatures'] })]);
      onCreated();
    },
    ADDRESS_FIELD_NAMES,
  );
  return (
    <section aria-labelledby="ma-fiche" className="iae-narrow">
      <h2 id="ma-fiche" className={fr.cx('fr-h4')}>
        Créer ma fiche candidat
      </h2>
      <p>
        Votre fiche réunit ce qu’il faut pour candidater dans une structure d’insertion et obtenir un PASS IAE. Si un conseiller ou une conseillère vous a déjà
        inscrit, utilisez plutôt le lien de l’e-mail d’invitation qu’il vous a envoyé.
      </p>
      <RequiredFieldsNote />
      <FormFailure failure={failure} />
      <form onSubmit={onSubmit} noValidate aria-labelledby="ma-fiche">
        <CandidateIdentityFields form={form} self />
        <TextField form={form} name="phone" label="Téléphone" type="tel" autoComplete="tel" />
        <AddressFields form={form} legend="Mon adresse" />
        <SubmitButton busy={form.formState.isSubmitting}>Créer ma fiche</SubmitButton>
      </form>
    </section>
  );
}
