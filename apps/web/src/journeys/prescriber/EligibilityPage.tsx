import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { useWriteHeaders } from '../../api/writes';
import { useSession } from '../../api/session';
import { formatDate, ofName } from '../../ui/format';
import { fieldState, FormFailure, SubmitButton, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { OrienteurNotice, useCandidate } from './CandidateFilePage';
import { useTarget } from './CandidatesPage';

/** A habilitated prescriber validates eligibility (6 months, every SIAE); criteria are optional for them and help the SIAE. */
export function EligibilityPage() {
  const { candidateId = '' } = useParams();
  const target = useTarget();
  const { membership } = useSession();
  const queryClient = useQueryClient();
  const candidate = useCandidate(candidateId);
  const criteria = useQuery({ queryKey: ['eligibility-criteria'], queryFn: () => unwrap(api.GET('/api/eligibility-criteria')), staleTime: Infinity });
  const form = useForm<{ criteria: string[]; notes: string }>({ defaultValues: { criteria: [], notes: '' } });
  const [done, setDone] = useState<Schemas['DiagnosisDto'] | null>(null);
  const write = useWriteHeaders();
  const { onSubmit, failure } = useSubmit(form, async (values) => {
    const diagnosis = await unwrap(
      api.POST('/api/candidates/{candidateId}/eligibility-diagnoses', {
        params: { path: { candidateId }, header: write.headers() },
        body: { criteria: values.criteria.map((key) => ({ key })), notes: values.notes || null },
      }),
    );
    write.done();
    setDone(diagnosis);
    await queryClient.invalidateQueries({ queryKey: ['eligibility-diagnoses', candidateId] });
  });
  const name = candidate.data ? `${candidate.data.firstName} ${candidate.data.lastName}` : '';
  return (
    <Page title={`Valider l’éligibilité${name ? ` ${ofName(name)}` : ''}`}>
      <p>
        <Link to={`/prescripteur/candidats/${candidateId}${target}`}>Retour à la fiche</Link>
      </p>
      {!membership?.organization.habilitated ? (
        // Reached by its address by an orienteur: said before anything is filled in (the API would refuse).
        <OrienteurNotice communeCode={candidate.data?.address?.communeCode ?? null} />
      ) : done ? (
        <Alert
          severity="success"
          title="Éligibilité validée"
          description={`Validée par ${done.author.organizationName}, valable jusqu’au ${formatDate(done.validUntil)} pour toutes les SIAE.`}
        />
      ) : (
        <>
          <p>
            En tant que prescripteur habilité ({membership?.organization.name}), vous validez l’éligibilité à l’IAE pour 6 mois et pour toutes les SIAE. Les
            critères sont facultatifs : ils renseignent la structure qui recrutera.
          </p>
          <FormFailure failure={failure} />
          <QueryState query={criteria}>
            {(list) => (
              <form onSubmit={onSubmit} noValidate aria-label="Valider l’éligibilité">
                {([1, 2] as const).map((level) => (
                  <Checkbox
                    key={level}
                    legend={level === 1 ? 'Critères de niveau 1' : 'Critères de niveau 2'}
                    small
                    options={list
                      .filter((c) => c.level === level)
                      .map((c) => ({
                        label: c.label,
                        hintText: `Justificatif : ${c.proof}`,
                        nativeInputProps: { ...form.register('criteria'), value: c.key },
                      }))}
                  />
                ))}
                <Input label="Notes (facultatif)" textArea nativeTextAreaProps={form.register('notes')} {...fieldState(form, 'notes')} />
                <SubmitButton busy={form.formState.isSubmitting}>Valider l’éligibilité</SubmitButton>
              </form>
            )}
          </QueryState>
        </>
      )}
    </Page>
  );
}
