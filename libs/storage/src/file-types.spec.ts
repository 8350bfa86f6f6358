import { safeFileName, sniffFileType } from './file-types';

describe('uploaded file types, recognised by their content', () => {
  it('recognises PDF, JPEG and PNG by their first bytes', () => {
    expect(sniffFileType(Buffer.from('%PDF-1.7\n...'))).toBe('application/pdf');
    expect(sniffFileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('image/jpeg');
    expect(sniffFileType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
  });

  it('refuses anything else, whatever its name says', () => {
    expect(sniffFileType(Buffer.from('MZ\x90\x00'))).toBeNull(); // a Windows executable
    expect(sniffFileType(Buffer.from('<html><script>'))).toBeNull();
    expect(sniffFileType(Buffer.alloc(0))).toBeNull();
  });

  it('keeps only a harmless base name', () => {
    expect(safeFileName('../../etc/passwd', 'application/pdf')).toBe('passwd');
    expect(safeFileName('C:\\Users\\x\\attestation CAF.pdf', 'application/pdf')).toBe('attestation CAF.pdf');
    expect(safeFileName('', 'image/png')).toBe('document.png');
    expect(safeFileName(undefined, 'image/jpeg')).toBe('document.jpg');
  });
});
