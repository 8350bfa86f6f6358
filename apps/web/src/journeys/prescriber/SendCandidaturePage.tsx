import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Upload } from '@codegouvfr/react-dsfr/Upload';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { Combobox, type Option } from '../../ui/Combobox';
import { fieldState, FormFailure, SubmitButton, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { RequiredFieldsNote } from '../../ui/fields';
import { uploadFile } from '../../ui/upload';
import { useWriteHeaders } from '../../api/writes';
import { QueryState } from '../../ui/QueryState';
import { useCandidate } from './CandidateFilePage';
import { ofName, toName } from '../../ui/format';

interface Values {
  jobDescriptionIds: string[];
  message: string;
  resume: FileList | null;
}

/** Structures by name within 100 km of the person's commune. */
export const structuresNear =
  (commune: string) =>
  async (q: string, signal: AbortSignal): Promise<Option[]> => {
    const { items } = await unwrap(api.GET('/api/search/structures', { params: { query: { q, commune, radius: 100, limit: 8 } }, signal }));
    return items.map((e) => ({ value: e.id, label: e.brand || e.name, hint: `${e.kindLabel}, ${e.location.communeName}` }));
  };

export function SendCandidaturePage() {
  const { candidateId = '' } = useParams();
  const [params] = useSearchParams();
  const candidate = useCandidate(candidateId);
  const [structure, setStructure] = useState<Option | null>(params.get('structure') ? { value: params.get('structure')!, label: '' } : null);
  const [sent, setSent] = useState<Schemas['CandidatureDto'] | null>(null);
  // The structure is chosen outside the form (a combobox): sending without one says so there, and checks the rest.
  const [structureError, setStructureError] = useState<string | null>(null);
  const structureInput = useRef<HTMLInputElement>(null);
  // The combobox gives way to the structure chosen: the keyboard goes on from there (it fell to the page).
  const chosenRef = useRef<HTMLParagraphElement>(null);
  const [justChosen, setJustChosen] = useState(false);
  // « Changer de structure » gives way to the combobox again: the keyboard goes on in it.
  const [reopened, setReopened] = useState(false);
  const choose = (option: Option | null) => {
    setStructure(option);
    setJustChosen(!!option);
    setReopened(!option);
    if (option) setStructureError(null);
  };
  const noAddressRef = useRef<HTMLParagraphElement>(null);
  const employer = useQuery({
    queryKey: ['employer', structure?.value],
    enabled: !!structure,
    queryFn: ({ signal }) => unwrap(api.GET('/api/employers/{employerId}', { params: { path: { employerId: structure!.value } }, signal })),
  });
  // One key per sending, kept until it succeeds: a double click or a retry after a lost answer sends once.
  const write = useWriteHeaders();
  const form = useForm<Values>({ defaultValues: { jobDescriptionIds: params.get('offre') ? [params.get('offre')!] : [], message: '', resume: null } });
  const { onSubmit, failure } = useSubmit(
    form,
    async (values) => {
      const file = values.resume?.[0];
      // A CV is sent first, as multipart: the answer's id goes with the candidature.
      const resumeFileId = file ? await uploadFile('/api/candidature-resumes', file, write.key()['Idempotency-Key']) : undefined;
      const candidature = await unwrap(
        api.POST('/api/candidatures', {
          params: { header: write.headers() },
          body: {
            candidateId,
            employerId: structure!.value,
            jobDescriptionIds: values.jobDescriptionIds,
            message: values.message,
            ...(resumeFileId ? { resumeFileId } : {}),
          },
        }),
      );
      write.done();
      setSent(candidature);
    },
    { resumeFileId: 'resume', employerId: 'jobDescriptionIds' },
  );
  useEffect(() => {
    if (justChosen && employer.data) {
      chosenRef.current?.focus();
      setJustChosen(false);
    }
  }, [justChosen, employer.data]);
  useEffect(() => {
    if (reopened && structureInput.current) {
      structureInput.current.focus();
      setReopened(false);
    }
  }, [reopened, structure]);
  const send = (event: FormEvent) => {
    if (structure) return onSubmit(event);
    event.preventDefault();
    setStructureError('Choisissez la structure à qui envoyer la candidature.');
    void form.trigger();
    // Without an address there is no combobox: the explanation takes the focus.
    (structureInput.current ?? noAddressRef.current)?.focus();
  };
  const name = candidate.data ? `${candidate.data.firstName} ${candidate.data.lastName}` : '';
  if (sent) {
    return (
      <Page title="Candidature envoyée">
        <Alert
          severity="success"
          title={`Candidature envoyée ${toName(sent.employer.name)}`}
          description={`${sent.candidate.firstName} ${sent.candidate.lastName} — ${sent.stateLabel}.`}
        />
        <p className={fr.cx('fr-mt-3w')}>
          <Link className={fr.cx('fr-btn')} to="/prescripteur/candidatures">
            Suivre mes candidatures
          </Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={`Envoyer une candidature${name ? ` pour ${name}` : ''}`}>
      <div className="iae-narrow">
        <RequiredFieldsNote />
        <FormFailure failure={failure} />
        {structure && employer.data ? (
          <p ref={chosenRef} tabIndex={-1}>
            Structure : <strong>{employer.data.brand || employer.data.name}</strong> ({employer.data.kindLabel}, {employer.data.address.communeName}){' '}
            <Button type="button" priority="tertiary no outline" size="small" onClick={() => choose(null)}>
              Changer de structure
            </Button>
          </p>
        ) : candidate.data?.address ? (
          <Combobox
            label="Structure *"
            required
            error={structureError ?? undefined}
            inputRef={structureInput}
            hint={`Son nom ; à 100 km au plus ${ofName(candidate.data.address.communeName)}`}
            name="structure"
            queryKey={`structures-${candidate.data.address.communeCode}`}
            selected={structure}
            search={structuresNear(candidate.data.address.communeCode)}
            onSelect={choose}
          />
        ) : (
          <p ref={noAddressRef} tabIndex={-1}>
            Choisissez la structure depuis la <Link to="/">recherche</Link> (l’adresse de la personne n’est pas renseignée).
            {structureError ? <span className="fr-error-text fr-mt-1w">{structureError}</span> : null}
          </p>
        )}
        <form onSubmit={send} noValidate aria-label="Envoyer une candidature">
          {structure ? (
            <QueryState query={employer}>
              {(e) =>
                e.openJobDescriptions.length === 0 ? (
                  <p className="iae-empty">Aucune offre ouverte : la candidature sera spontanée.</p>
                ) : (
                  <Checkbox
                    legend="Offres visées"
                    hintText="Aucune cochée : candidature spontanée."
                    {...fieldState(form, 'jobDescriptionIds')}
                    options={e.openJobDescriptions.map((job: Schemas['JobDescriptionDto']) => ({
                      label: `${job.title} — ${job.contractTypeLabel}${job.isResumeMandatory ? ' (CV demandé)' : ''}`,
                      nativeInputProps: { ...form.register('jobDescriptionIds'), value: job.id },
                    }))}
                  />
                )
              }
            </QueryState>
          ) : null}
          <Input
            label="Message de candidature *"
            hintText="La motivation de la personne, les raisons de l’orientation, les éléments utiles du diagnostic."
            textArea
            nativeTextAreaProps={{ ...form.register('message', { required: 'Renseignez le champ « Message de candidature ».' }), rows: 6, required: true }}
            {...fieldState(form, 'message')}
          />
          <Upload
            label="CV (facultatif)"
            hint="PDF, JPEG ou PNG, 5 Mo au plus."
            nativeInputProps={{ ...form.register('resume'), accept: 'application/pdf,image/jpeg,image/png' }}
            {...(fieldState(form, 'resume').state === 'error'
              ? { state: 'error' as const, stateRelatedMessage: fieldState(form, 'resume').stateRelatedMessage }
              : {})}
          />
          <SubmitButton busy={form.formState.isSubmitting} className={fr.cx('fr-mt-3w')}>
            Envoyer la candidature
          </SubmitButton>
        </form>
      </div>
    </Page>
  );
}
