import { TEST_FILES, TestApp, createHabilitatedPrescriber, createTestApp } from '@iae/testing';
import { abuseLogFile, databaseLedger, expectLogFree, recordFigures } from './abuse-log';

/**
 * Uploads are checked from end to end, not by their first bytes only: a polyglot (a PDF or PNG
 * signature followed by HTML or an executable) is refused, and the upload routes show their
 * multipart body in the OpenAPI document.
 */
describe('abuse: uploaded files', () => {
  let t: TestApp;
  const logFile = abuseLogFile('uploads');

  beforeAll(async () => {
    t = await createTestApp({ logFile });
  });
  afterAll(() => t.close());

  const html = Buffer.from('<html><body><script>fetch("/api/me")</script></body></html>');
  const executable = Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00PE\x00\x00L\x01', 'latin1');
  const POLYGLOTS: Record<string, Buffer> = {
    'PDF signature, then HTML': Buffer.concat([Buffer.from('%PDF-1.7\n'), html]),
    'whole PDF, then an executable': Buffer.concat([TEST_FILES.pdf, executable]),
    'PNG signature, then HTML': Buffer.concat([TEST_FILES.png.subarray(0, 8), html]),
    'whole PNG, then HTML': Buffer.concat([TEST_FILES.png, html]),
    'whole JPEG, then an executable': Buffer.concat([TEST_FILES.jpeg, executable]),
    'JPEG start, then HTML': Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), html]),
  };

  it('refuses every polyglot with a 400 naming the file, and keeps none', async () => {
    const prescriber = await createHabilitatedPrescriber(t);
    for (const [name, content] of Object.entries(POLYGLOTS)) {
      const response = await t.http.post('/api/eligibility-proofs').set(prescriber.headers).attach('file', content, 'attestation.pdf');
      expect({ name, status: response.status }).toEqual({ name, status: 400 });
      expect(response.body.errors[0]).toMatchObject({ field: 'file', code: 'fileStructure' });
    }
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM stored_files`);
    expect(n).toBe(0);
  });

  it('accepts whole documents of the three types', async () => {
    const prescriber = await createHabilitatedPrescriber(t);
    for (const [name, content] of Object.entries({ 'attestation.pdf': TEST_FILES.pdf, 'photo.png': TEST_FILES.png, 'photo.jpg': TEST_FILES.jpeg })) {
      await t.http.post('/api/eligibility-proofs').set(prescriber.headers).attach('file', content, name).expect(201);
    }
  });

  it('takes one file and the fields the route declares: a second file, another field or a form cut short answers 400', async () => {
    const prescriber = await createHabilitatedPrescriber(t);
    const upload = () => t.http.post('/api/eligibility-proofs').set(prescriber.headers);
    const twice = await upload().attach('file', TEST_FILES.pdf, 'a.pdf').attach('file', TEST_FILES.pdf, 'b.pdf').expect(400);
    expect(twice.body.errors).toEqual([expect.objectContaining({ field: 'file', code: 'oneFile' })]);
    const extra = await upload().field('bogus', '1').attach('file', TEST_FILES.pdf, 'a.pdf').expect(400);
    expect(extra.body.errors).toEqual([expect.objectContaining({ field: 'bogus', code: 'unknownField' })]);
    const after = await upload().attach('file', TEST_FILES.pdf, 'a.pdf').field('bogus', '1').expect(400);
    expect(after.body.errors).toEqual([expect.objectContaining({ field: 'bogus', code: 'unknownField' })]);
    // Refused before a large file: the whole form is still read, and the answer reaches a client still sending.
    const large = Buffer.concat([TEST_FILES.pdf, Buffer.alloc(3 * 1024 * 1024, 0x20)]);
    const early = await upload().field('bogus', '1').attach('file', large, 'a.pdf').expect(400);
    expect(early.body.errors).toEqual([expect.objectContaining({ field: 'bogus', code: 'unknownField' })]);
    const second = await upload().attach('file', TEST_FILES.pdf, 'a.pdf').attach('file', large, 'b.pdf').expect(400);
    expect(second.body.errors).toEqual([expect.objectContaining({ field: 'file', code: 'oneFile' })]);
    // No closing boundary: the form is incomplete, not a file « over 5 MB ».
    const cut = await upload()
      .set('content-type', 'multipart/form-data; boundary=XyZ')
      .send('--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7 abc')
      .expect(400);
    expect(cut.body).toMatchObject({ type: '/api/problems/malformed-body' });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM stored_files WHERE uploaded_by_id = $1`, [prescriber.user.id]);
    expect(n).toBe(0);
  });

  it('shows every upload route’s multipart body in the OpenAPI document', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    const uploads = [
      '/api/eligibility-proofs',
      '/api/candidature-resumes',
      '/api/prolongation-reports',
      '/api/prescriber-organizations/{organizationId}/habilitation-requests/{requestId}/documents',
      '/api/control-evaluations/{evaluationId}/criteria/{criterionId}/proof',
    ];
    for (const path of uploads) {
      const schema = doc.paths[path].post.requestBody?.content?.['multipart/form-data']?.schema;
      expect({ path, schema }).toEqual({
        path,
        schema: expect.objectContaining({
          required: expect.arrayContaining(['file']),
          properties: expect.objectContaining({ file: expect.objectContaining({ format: 'binary' }) }),
        }),
      });
    }
  });

  it('keeps the log free of every secret and personal datum it held', async () => {
    recordFigures('uploads', expectLogFree(logFile, await databaseLedger(t.dataSource, [])));
  });
});
