import { detectSeparator, parseCsv } from './csv';

describe('CSV reading', () => {
  it('reads France Travail’s quoted, comma-separated dialect', () => {
    const table = parseCsv('"code_rome","libelle_rome"\n"E1108","Traduction, interprétariat"\n');
    expect(table.header).toEqual(['code_rome', 'libelle_rome']);
    expect(table.rows).toEqual([{ line: 2, values: ['E1108', 'Traduction, interprétariat'] }]);
  });

  it('keeps doubled quotes inside a field as one quote and newlines inside quotes', () => {
    const table = parseCsv('a,b\n"dit ""oui""","deux\nlignes"\nx,y\n');
    expect(table.rows).toEqual([
      { line: 2, values: ['dit "oui"', 'deux\nlignes'] },
      { line: 4, values: ['x', 'y'] },
    ]);
  });

  it('reads copies re-saved with semicolons, CRLF and a BOM, and skips blank lines', () => {
    const table = parseCsv('\uFEFFogr_appellation;rome_code\r\n16250;F1703\r\n\r\n16067;A1203');
    expect(table.header).toEqual(['ogr_appellation', 'rome_code']);
    expect(table.rows.map((r) => r.values)).toEqual([
      ['16250', 'F1703'],
      ['16067', 'A1203'],
    ]);
  });

  it('lowers and trims header names', () => {
    expect(parseCsv(' Code_ROME |Libelle_Rome\n').header).toEqual(['code_rome', 'libelle_rome']);
  });

  it('detects the separator from the header, ignoring quoted text', () => {
    expect(detectSeparator('"a;b","c","d"')).toBe(',');
    expect(detectSeparator('a;b;c')).toBe(';');
    expect(detectSeparator('a\tb')).toBe('\t');
    expect(detectSeparator('single')).toBe(',');
  });

  it('refuses an unterminated quote', () => {
    expect(() => parseCsv('a,b\n"open,x\n')).toThrow(/unterminated/);
  });
});
