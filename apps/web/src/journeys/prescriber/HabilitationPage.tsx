import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Upload } from '@codegouvfr/react-dsfr/Upload';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { api, fetchWithSession, unwrap, type Schemas } from '../../api/client';
import { useWriteHeaders } from '../../api/writes';
import { ApiProblem } from '../../api/problems';
import { useSession } from '../../api/session';
import { formatDate, formatDateTime } from '../../ui/format';
import { fieldState, FormFailure, useSubmit } from '../../ui/forms';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';

type Request = Schemas['HabilitationRequestDto'];
const STATUS: Record<Request['status'], string> = {
  draft: 'Brouillon',
  submitted: 'Transmise à la DDETS',
  information_requested: 'Informations demandées par la DDETS',
  granted: 'Habilitation accordée',
  refused: 'Refusée',
  cancelled: 'Annulée',
};
const AXES = {
  identification: 'Une organisation identifiée (statut, objet, implantation)',
  mission: 'Une mission d’accueil et d’accompagnement des personnes',
  staffCompetence: 'Des personnes formées pour réaliser un diagnostic socio-professionnel',
  unmetNeed: 'Un besoin que les prescripteurs habilités par la loi ne couvrent pas',
} as const;

/** An orienteur asks the DDETS of its département for a prefectoral habilitation: the four axes, documents, answers. */
export function HabilitationPage() {
  const { membership } = useSession();
  const queryClient = useQueryClient();
  const organizationId = membership?.organization.id ?? '';
  const requests = useQuery({
    queryKey: ['habilitation-requests', organizationId],
    enabled: !!organizationId,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/prescriber-organizations/{organizationId}/habilitation-requests', { params: { path: { organizationId } }, signal })),
  });
  const organization = useQuery({
    queryKey: ['prescriber-organization', organizationId],
    enabled: !!organizationId,
    queryFn: ({ signal }) => unwrap(api.GET('/api/prescriber-organizations/{organizationId}', { params: { path: { organizationId } }, signal })),
  });
  const create = useForm();
  const write = useWriteHeaders();
  const started = useSubmit(create, async () => {
    await unwrap(
      api.POST('/api/prescriber-organizations/{organizationId}/habilitation-requests', {
        params: { path: { organizationId }, header: write.key() },
        // The DDETS of the département where the organisation is.
        body: { departementCode: organization.data?.address?.departementCode ?? '' },
      }),
    );
    write.done();
    await queryClient.invalidateQueries({ queryKey: ['habilitation-requests'] });
  });
  return (
    <Page title="Habilitation préfectorale">
      <p>
        Une organisation habilitée par le préfet valide l’éligibilité à l’IAE des personnes qu’elle accompagne. La DDETS du département décide, après l’avis du
        CDIAE, pour 5 ans au plus, sur quatre axes.
      </p>
      <QueryState query={requests}>
        {(list) => {
          const current = list.find((r) => !['cancelled', 'refused'].includes(r.status));
          return current ? (
            <RequestForm request={current} organizationId={organizationId} />
          ) : (
            <>
              <FormFailure failure={started.failure} />
              <Button onClick={() => void started.onSubmit()}>Préparer une demande d’habilitation</Button>
            </>
          );
        }}
      </QueryState>
    </Page>
  );
}

/** The API names the missing axes by their keys (`missingAxes`): each one becomes an error at its field. */
function incomplete(problem: ApiProblem): ApiProblem {
  const missing = (Array.isArray(problem.extensions.missingAxes) ? problem.extensions.missingAxes : []).filter((a): a is keyof typeof AXES => a in AXES);
  return new ApiProblem(problem.status, {
    ...problem.extensions,
    detail: `Répondez d’abord à ces axes : ${missing.map((a) => `« ${AXES[a]} »`).join(', ')}.`,
    errors: missing.map((axis) => ({ field: axis, code: 'required', message: 'Répondez à cet axe avant de transmettre la demande.' })),
  });
}

function RequestForm({ request, organizationId }: { request: Request; organizationId: string }) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['habilitation-requests'] });
  const editable = request.allowedActions.includes('edit');
  const form = useForm({ defaultValues: { identification: '', mission: '', staffCompetence: '', unmetNeed: '' } });
  // Read while rendering, so that react-hook-form keeps it up to date for the effect below.
  void form.formState.isDirty;
  const loaded = useRef<string | null>(null);
  useEffect(() => {
    // The request is fetched again after each change (a document attached, an answer sent): what the person typed
    // and did not save yet stays; the axes are taken from the request when it is another one, or nothing was typed.
    if (loaded.current === request.id && form.formState.isDirty) return;
    loaded.current = request.id;
    form.reset({
      identification: request.axes.identification ?? '',
      mission: request.axes.mission ?? '',
      staffCompetence: request.axes.staffCompetence ?? '',
      unmetNeed: request.axes.unmetNeed ?? '',
    });
  }, [request, form]);
  const [saved, setSaved] = useState(false);
  const path = { organizationId, requestId: request.id };
  // One key per intent, kept until it succeeds (submitting saves the axes, then submits: two writes, two keys).
  const saving = useWriteHeaders();
  const submittingAxes = useWriteHeaders();
  const submitting = useWriteHeaders();
  const answering = useWriteHeaders();
  const uploading = useWriteHeaders();
  const save = useSubmit(form, async (values) => {
    setSaved(false);
    submit.clearFailure();
    await unwrap(
      api.PATCH('/api/prescriber-organizations/{organizationId}/habilitation-requests/{requestId}', { params: { path, header: saving.key() }, body: values }),
    );
    saving.done();
    form.reset(values);
    await refresh();
    setSaved(true);
  });
  // The axes as typed are saved first; an axis left empty is said at its field, by its label.
  const submit = useSubmit(form, async (values) => {
    setSaved(false);
    save.clearFailure();
    await unwrap(
      api.PATCH('/api/prescriber-organizations/{organizationId}/habilitation-requests/{requestId}', {
        params: { path, header: submittingAxes.key() },
        body: values,
      }),
    );
    submittingAxes.done();
    form.reset(values);
    try {
      await unwrap(
        api.POST('/api/prescriber-organizations/{organizationId}/habilitation-requests/{requestId}/submission', { params: { path, header: submitting.key() } }),
      );
    } catch (error) {
      throw error instanceof ApiProblem && error.slug === 'habilitation-request-incomplete' ? incomplete(error) : error;
    }
    submitting.done();
    await refresh();
  });
  const answerForm = useForm({ defaultValues: { message: '' } });
  const answer = useSubmit(answerForm, async (v) => {
    await unwrap(
      api.POST('/api/prescriber-organizations/{organizationId}/habilitation-requests/{requestId}/answers', {
        params: { path, header: answering.key() },
        body: v,
      }),
    );
    answering.done();
    answerForm.reset();
    await refresh();
  });
  const documentForm = useForm<{ label: string; file: FileList | null }>({ defaultValues: { label: '', file: null } });
  const upload = useSubmit(documentForm, async (v) => {
    const body = new FormData();
    body.append('label', v.label);
    if (v.file?.[0]) body.append('file', v.file[0]);
    const response = await fetchWithSession(`/api/prescriber-organizations/${organizationId}/habilitation-requests/${request.id}/documents`, {
      method: 'POST',
      body,
      headers: uploading.key(),
    });
    if (!response.ok) throw new ApiProblem(response.status, await response.json().catch(() => null));
    uploading.done();
    documentForm.reset();
    await refresh();
  });

  return (
    <section aria-labelledby="demande">
      <h2 id="demande" className={fr.cx('fr-h4')}>
        Demande auprès de la DDETS {request.departement.name}{' '}
        <Badge as="span" noIcon severity={request.status === 'granted' ? 'success' : request.status === 'information_requested' ? 'warning' : 'info'}>
          {STATUS[request.status]}
        </Badge>
      </h2>
      {request.decision?.validUntil ? <p>Habilitation valable jusqu’au {formatDate(request.decision.validUntil)}.</p> : null}
      <FormFailure failure={save.failure ?? submit.failure} />
      {saved ? <Alert severity="success" small description="Brouillon enregistré." className={fr.cx('fr-mb-2w')} /> : null}
      <form onSubmit={save.onSubmit} noValidate aria-label="Les quatre axes">
        {(Object.keys(AXES) as (keyof typeof AXES)[]).map((axis) => (
          <Input
            key={axis}
            label={AXES[axis]}
            textArea
            disabled={!editable}
            nativeTextAreaProps={{ ...form.register(axis), rows: 4 }}
            {...fieldState(form, axis)}
          />
        ))}
        {editable ? (
          <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
            <li>
              <Button type="submit" priority="secondary">
                Enregistrer le brouillon
              </Button>
            </li>
            {request.allowedActions.includes('submit') ? (
              <li>
                <Button type="button" onClick={() => void submit.onSubmit()}>
                  Transmettre à la DDETS
                </Button>
              </li>
            ) : null}
          </ul>
        ) : null}
      </form>

      <h3 className={fr.cx('fr-h5', 'fr-mt-4w')}>Pièces jointes</h3>
      {request.documents.length === 0 ? (
        <p className="iae-empty">Aucune pièce jointe.</p>
      ) : (
        <ul>
          {request.documents.map((d) => (
            <li key={d.id}>
              {d.label} ({d.fileName})
            </li>
          ))}
        </ul>
      )}
      {editable || request.status === 'information_requested' ? (
        <form onSubmit={upload.onSubmit} noValidate aria-label="Joindre une pièce">
          <FormFailure failure={upload.failure} />
          <Input label="Nom de la pièce" nativeInputProps={documentForm.register('label')} {...fieldState(documentForm, 'label')} />
          <Upload
            label="Fichier"
            hint="PDF, JPEG ou PNG."
            nativeInputProps={{ ...documentForm.register('file'), accept: 'application/pdf,image/jpeg,image/png' }}
            {...fieldState(documentForm, 'file')}
          />
          <Button type="submit" priority="secondary" className={fr.cx('fr-mt-2w')}>
            Joindre la pièce
          </Button>
        </form>
      ) : null}

      <h3 className={fr.cx('fr-h5', 'fr-mt-4w')}>Échanges avec la DDETS</h3>
      {request.messages.length === 0 ? (
        <p className="iae-empty">Aucun échange.</p>
      ) : (
        <ul>
          {request.messages.map((m) => (
            <li key={m.id}>
              <strong>{m.kind === 'information_request' ? 'Question de la DDETS' : 'Votre réponse'}</strong> ({formatDateTime(m.at)}) : {m.body}
            </li>
          ))}
        </ul>
      )}
      {request.allowedActions.includes('answer') ? (
        <form onSubmit={answer.onSubmit} noValidate aria-label="Répondre à la DDETS">
          <FormFailure failure={answer.failure} />
          <Input label="Votre réponse" textArea nativeTextAreaProps={answerForm.register('message')} {...fieldState(answerForm, 'message')} />
          <Button type="submit">Envoyer la réponse</Button>
        </form>
      ) : null}
    </section>
  );
}
