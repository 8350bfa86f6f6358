import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useFieldArray, useForm } from 'react-hook-form';
import { useNavigate, useParams } from 'react-router';
import { api, asOrganization, unwrap, type Schemas } from '../../api/client';
import { useSession } from '../../api/session';
import { TextField } from '../../ui/fields';
import { formatDate } from '../../ui/format';
import { fieldState, FormFailure, SubmitButton, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { uploadFile } from '../../ui/upload';
import { FollowedPeople, Lookup } from '../prescriber/CandidatesPage';
import { Section } from './parts';
import { useWriteHeaders } from '../../api/writes';

type Criterion = Schemas['CriterionDto'];
type Answer = Schemas['EligibilityAnswerDto'];

const autoPrescriptionOf = (candidateId: string) => `/siae/candidats/${candidateId}/auto-prescription`;

/** Where a SIAE starts an auto-prescription: a person it follows, one it finds registered already, or one it registers. */
export function AutoPrescriptionStartPage() {
  return (
    <Page
      title="Auto-prescription"
      intro={<p>Votre structure peut valider elle-même l’éligibilité d’une personne à l’IAE, avec un justificatif pour chaque critère, puis l’embaucher.</p>}
    >
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-6')}>
          <Lookup linkTo={autoPrescriptionOf} registerTo="/siae/candidats/nouveau" />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-6')}>
          <FollowedPeople title="Les personnes que suit votre structure" linkTo={autoPrescriptionOf} />
        </div>
      </div>
    </Page>
  );
}

/** One person: the eligibility answer here; if not eligible, the criteria with a proof each, counted as ticked; then the hire. */
export function AutoPrescriptionPage() {
  const { candidateId = '' } = useParams();
  const { membership } = useSession();
  const employerId = membership?.organization.id ?? '';
  const candidate = useQuery({
    queryKey: ['candidate', candidateId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/candidates/{candidateId}', { params: { path: { candidateId }, header: asOrganization() }, signal })),
  });
  const answer = useQuery({
    queryKey: ['eligibility', candidateId, employerId],
    enabled: !!employerId,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/candidates/{candidateId}/eligibility', {
          params: { path: { candidateId }, query: { employer: employerId }, header: asOrganization() },
          signal,
        }),
      ),
  });
  const name = candidate.data ? `${candidate.data.firstName} ${candidate.data.lastName}` : '';
  return (
    <Page title={name ? `Auto-prescription pour ${name}` : 'Auto-prescription'} wide>
      <QueryState query={answer}>
        {(a: Answer) =>
          a.eligible || !a.required ? (
            <>
              <Section id="eligibilite" title="Éligibilité à l’IAE">
                <p>
                  <Badge severity="success">{a.required ? 'Éligible' : 'Éligibilité non requise'}</Badge>
                  {a.validUntil ? ` Valable jusqu’au ${formatDate(a.validUntil)}.` : ''}
                </p>
              </Section>
              <HireForm candidateId={candidateId} employerId={employerId} name={name} />
            </>
          ) : (
            <CriteriaForm candidateId={candidateId} answer={a} />
          )
        }
      </QueryState>
    </Page>
  );
}

interface Ticked {
  key: string;
  proof: FileList | null;
  proofDate: string;
}

function CriteriaForm({ candidateId, answer }: { candidateId: string; answer: Answer }) {
  const queryClient = useQueryClient();
  const write = useWriteHeaders();
  const criteria = useQuery({
    queryKey: ['eligibility-criteria'],
    staleTime: Infinity,
    queryFn: ({ signal }) => unwrap(api.GET('/api/eligibility-criteria', { signal })),
  });
  const form = useForm<{ criteria: Ticked[]; notes: string }>({ defaultValues: { criteria: [], notes: '' } });
  const ticked = useFieldArray({ control: form.control, name: 'criteria' });
  const chosen = form.watch('criteria');
  const byKey = new Map((criteria.data ?? []).map((c) => [c.key, c]));
  const count = (level: 1 | 2) => chosen.filter((t) => byKey.get(t.key)?.level === level).length;
  const required = answer.requirement;
  const enough = !!required && (count(1) >= required.level1 || count(2) >= required.level2);
  const presumed = new Set(answer.proposedCriteria.map((p) => p.key));
  const submit = useSubmit(form, async (values) => {
    const inputs = [];
    for (const t of values.criteria) {
      inputs.push({
        key: t.key,
        proofFileId: await uploadFile('/api/eligibility-proofs', t.proof![0]!, `${write.key()['Idempotency-Key']}.${t.key}`),
        proofDate: t.proofDate,
      });
    }
    await unwrap(
      api.POST('/api/candidates/{candidateId}/eligibility-diagnoses', {
        params: { path: { candidateId }, header: write.headers() },
        body: { criteria: inputs, notes: values.notes || null },
      }),
    );
    write.done();
    await queryClient.invalidateQueries({ queryKey: ['eligibility', candidateId] });
  });
  const toggle = (criterion: Criterion, on: boolean) => {
    const at = chosen.findIndex((t) => t.key === criterion.key);
    if (on && at < 0) ticked.append({ key: criterion.key, proof: null, proofDate: '' }, { shouldFocus: false });
    if (!on && at >= 0) ticked.remove(at);
  };
  return (
    <form onSubmit={submit.onSubmit} noValidate aria-labelledby="criteres">
      <h2 id="criteres" className={fr.cx('fr-h4')}>
        Critères administratifs d’éligibilité
      </h2>
      <ul>
        {answer.reasons.map((r) => (
          <li key={r.code}>{r.message}</li>
        ))}
      </ul>
      {required ? (
        <div className={fr.cx('fr-callout', 'fr-mb-3w')}>
          <p className={fr.cx('fr-callout__text')} role="status" aria-live="polite">
            Votre structure doit justifier {required.level1} critère de niveau 1 ou {required.level2} critères de niveau 2. Cochés : {count(1)} de niveau 1,{' '}
            {count(2)} de niveau 2 — {enough ? 'le compte y est.' : 'le compte n’y est pas encore.'}
          </p>
        </div>
      ) : null}
      <FormFailure failure={submit.failure} />
      <QueryState query={criteria}>
        {(list: Criterion[]) =>
          ([1, 2] as const).map((level) => (
            <fieldset key={level} className={fr.cx('fr-fieldset', 'fr-mb-3w')}>
              <legend className={fr.cx('fr-fieldset__legend')}>Critères de niveau {level}</legend>
              {list
                .filter((c) => c.level === level)
                .map((c) => {
                  const at = chosen.findIndex((t) => t.key === c.key);
                  const id = `critere-${c.key}`;
                  return (
                    <div key={c.key} className={fr.cx('fr-fieldset__element')}>
                      <div className={fr.cx('fr-checkbox-group')}>
                        <input id={id} type="checkbox" checked={at >= 0} onChange={(e) => toggle(c, e.target.checked)} />
                        <label className={fr.cx('fr-label')} htmlFor={id}>
                          {c.label}
                          <span className={fr.cx('fr-hint-text')}>
                            Justificatif : {c.proof}
                            {presumed.has(c.key) ? ' — présumé d’après la fiche de la personne' : ''}
                          </span>
                        </label>
                      </div>
                      {at >= 0 ? (
                        <div className={fr.cx('fr-ml-4w', 'fr-mt-1w')}>
                          <div className={fr.cx('fr-upload-group', 'fr-mb-2w')}>
                            <label className={fr.cx('fr-label')} htmlFor={`${id}-fichier`}>
                              Justificatif « {c.proof} » *<span className={fr.cx('fr-hint-text')}>PDF, JPEG ou PNG.</span>
                            </label>
                            <input
                              id={`${id}-fichier`}
                              className={fr.cx('fr-upload')}
                              type="file"
                              accept="application/pdf,image/jpeg,image/png"
                              aria-describedby={fieldState(form, `criteria.${at}.proof`).stateRelatedMessage ? `${id}-fichier-erreur` : undefined}
                              {...form.register(`criteria.${at}.proof`, {
                                validate: (files) => ((files as FileList | null)?.length ? true : 'Joignez le justificatif de ce critère.'),
                              })}
                            />
                            {fieldState(form, `criteria.${at}.proof`).stateRelatedMessage ? (
                              <p id={`${id}-fichier-erreur`} className={fr.cx('fr-error-text')}>
                                {fieldState(form, `criteria.${at}.proof`).stateRelatedMessage}
                              </p>
                            ) : null}
                          </div>
                          <TextField form={form} name={`criteria.${at}.proofDate`} label={`Date du justificatif « ${c.proof} » *`} type="date" required />
                        </div>
                      ) : null}
                    </div>
                  );
                })}
            </fieldset>
          ))
        }
      </QueryState>
      <TextField form={form} name="notes" label="Notes (facultatif)" textArea />
      <SubmitButton busy={form.formState.isSubmitting} className={fr.cx('fr-mt-2w')}>
        Valider l’éligibilité
      </SubmitButton>
    </form>
  );
}

/** The hire: a candidature of the SIAE to itself, then its page, where the hire is accepted with its dates. */
function HireForm({ candidateId, employerId, name }: { candidateId: string; employerId: string; name: string }) {
  const navigate = useNavigate();
  const write = useWriteHeaders();
  const form = useForm({ defaultValues: { message: '' } });
  const submit = useSubmit(form, async (v) => {
    const sent = await unwrap(api.POST('/api/candidatures', { params: { header: write.headers() }, body: { candidateId, employerId, message: v.message } }));
    write.done();
    void navigate(`/siae/candidatures/${sent.id}`);
  });
  return (
    <form onSubmit={submit.onSubmit} noValidate aria-labelledby="embauche">
      <h2 id="embauche" className={fr.cx('fr-h4')}>
        Embaucher {name}
      </h2>
      <p>La candidature est enregistrée au nom de votre structure ; vous choisissez ensuite les dates du contrat.</p>
      <FormFailure failure={submit.failure} />
      <TextField form={form} name="message" label="Pourquoi ce recrutement ? *" hint="Le poste, le parcours envisagé." textArea required />
      <SubmitButton busy={form.formState.isSubmitting}>Enregistrer la candidature et passer à l’embauche</SubmitButton>
    </form>
  );
}
