import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes a BOM, semicolons and CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'é']])).toBe('\uFEFFa;b\r\n1;é\r\n');
  });

  it('quotes separators, quotes and line breaks', () => {
    expect(toCsv(['x'], [['a;b'], ['say "hi"'], ['two\nlines']])).toBe('\uFEFFx\r\n"a;b"\r\n"say ""hi"""\r\n"two\nlines"\r\n');
  });

  it('neutralises formulas and leaves empty cells for null', () => {
    expect(
      toCsv(
        ['x', 'y'],
        [
          ['=HYPERLINK("x")', null],
          ['-1', undefined],
        ],
      ),
    ).toBe('\uFEFFx;y\r\n"\'=HYPERLINK(""x"")";\r\n\'-1;\r\n');
  });
});
