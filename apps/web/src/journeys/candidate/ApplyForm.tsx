import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Upload } from '@codegouvfr/react-dsfr/Upload';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiProblem } from '../../api/problems';
import { useWriteHeaders } from '../../api/writes';
import { RequiredFieldsNote, TextField } from '../../ui/fields';
import { fieldState, FormFailure, SubmitButton, useSubmit } from '../../ui/forms';
import { toName } from '../../ui/format';
import { uploadFile } from '../../ui/upload';

interface Values {
  message: string;
  resume: FileList | null;
}

/** A candidate applies for an offer themself, from their own file (the structure then validates their eligibility). */
export function ApplyForm({ job }: { job: { id: string; employer: { id: string }; isResumeMandatory: boolean } }) {
  const queryClient = useQueryClient();
  const me = useQuery({ queryKey: ['me-candidate'], queryFn: () => unwrap(api.GET('/api/me/candidate')) });
  const write = useWriteHeaders();
  const [sent, setSent] = useState<Schemas['CandidatureDto'] | null>(null);
  const sentRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (sent) sentRef.current?.focus();
  }, [sent]);
  const form = useForm<Values>({ defaultValues: { message: '', resume: null } });
  const { onSubmit, failure } = useSubmit(
    form,
    async (v) => {
      const file = v.resume?.[0];
      const resumeFileId = file ? await uploadFile('/api/candidature-resumes', file, write.key()['Idempotency-Key']) : undefined;
      const candidature = await unwrap(
        api.POST('/api/candidatures', {
          params: { header: write.key() },
          body: {
            candidateId: me.data!.id,
            employerId: job.employer.id,
            jobDescriptionIds: [job.id],
            message: v.message,
            ...(resumeFileId ? { resumeFileId } : {}),
          },
        }),
      );
      write.done();
      setSent(candidature);
      await queryClient.invalidateQueries({ queryKey: ['me-candidatures'] });
    },
    { resumeFileId: 'resume' },
  );
  if (sent) {
    return (
      <div ref={sentRef} tabIndex={-1}>
        <Alert
          severity="success"
          title={`Candidature envoyée ${toName(sent.employer.name)}`}
          description={
            <>
              La structure l’étudie et vous répond par e-mail. <Link to="/candidat">Suivre mes candidatures</Link>
            </>
          }
        />
      </div>
    );
  }
  if (me.error instanceof ApiProblem && me.error.status === 404) {
    return (
      <p>
        Pour candidater, <Link to="/candidat">créez d’abord votre fiche candidat</Link>.
      </p>
    );
  }
  if (!me.data) return null;
  const resumeError = fieldState(form, 'resume');
  return (
    <section aria-labelledby="candidater" className="iae-narrow">
      <h2 id="candidater" className={fr.cx('fr-h4')}>
        Candidater
      </h2>
      <RequiredFieldsNote />
      <FormFailure failure={failure} />
      <form onSubmit={onSubmit} noValidate aria-labelledby="candidater">
        <TextField
          form={form}
          name="message"
          label="Votre message *"
          hint="Pourquoi ce poste vous intéresse, votre expérience, vos disponibilités."
          textArea
          required
        />
        <Upload
          label={job.isResumeMandatory ? 'CV *' : 'CV (facultatif)'}
          hint="PDF, JPEG ou PNG, 5 Mo au plus."
          nativeInputProps={{
            ...form.register(
              'resume',
              job.isResumeMandatory ? { validate: (files) => (files?.length ? true : 'Joignez votre CV : la structure le demande.') } : {},
            ),
            accept: 'application/pdf,image/jpeg,image/png',
            required: job.isResumeMandatory,
          }}
          {...(resumeError.state === 'error' ? { state: 'error' as const, stateRelatedMessage: resumeError.stateRelatedMessage } : {})}
        />
        <SubmitButton busy={form.formState.isSubmitting} className={fr.cx('fr-mt-3w')}>
          Envoyer ma candidature
        </SubmitButton>
      </form>
    </section>
  );
}
