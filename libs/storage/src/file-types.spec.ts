import { TEST_FILES } from '@iae/testing';
import { checkFileStructure, safeFileName, sniffFileType } from './file-types';

const html = Buffer.from('<html><body><script>alert(document.cookie)</script></body></html>');
const executable = Buffer.from('MZ\x90\x00\x03\x00\x00\x00PE\x00\x00', 'latin1');

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

describe('the whole structure of an uploaded file, not only its first bytes', () => {
  it('accepts whole documents of the three types', () => {
    expect(checkFileStructure('application/pdf', TEST_FILES.pdf)).toBeNull();
    expect(checkFileStructure('image/png', TEST_FILES.png)).toBeNull();
    expect(checkFileStructure('image/jpeg', TEST_FILES.jpeg)).toBeNull();
    // A PDF updated incrementally ends with its last %%EOF.
    const object = '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n';
    const update = `${object}xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${TEST_FILES.pdf.length + object.length}\n%%EOF\r\n`;
    const updated = Buffer.concat([TEST_FILES.pdf, Buffer.from(update)]);
    expect(checkFileStructure('application/pdf', updated)).toBeNull();
  });

  it('refuses a signature followed by HTML or an executable', () => {
    expect(checkFileStructure('application/pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), html]))).not.toBeNull();
    expect(checkFileStructure('image/png', Buffer.concat([TEST_FILES.png.subarray(0, 8), html]))).not.toBeNull();
    expect(checkFileStructure('image/jpeg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), html]))).not.toBeNull();
  });

  it('refuses a whole document with something after its end', () => {
    expect(checkFileStructure('application/pdf', Buffer.concat([TEST_FILES.pdf, executable]))).not.toBeNull();
    expect(checkFileStructure('image/png', Buffer.concat([TEST_FILES.png, html]))).not.toBeNull();
    expect(checkFileStructure('image/jpeg', Buffer.concat([TEST_FILES.jpeg, html]))).not.toBeNull();
  });

  it('refuses a PNG whose chunk is corrupt, and a JPEG cut short', () => {
    const corrupt = Buffer.from(TEST_FILES.png);
    corrupt[20] ^= 0xff; // inside IHDR: its CRC no longer matches
    expect(checkFileStructure('image/png', corrupt)).not.toBeNull();
    expect(checkFileStructure('image/jpeg', TEST_FILES.jpeg.subarray(0, TEST_FILES.jpeg.length - 2))).not.toBeNull();
  });

  it('refuses a PDF that would run code or pretend to be a page', () => {
    const text = TEST_FILES.pdf.toString('latin1');
    const withScript = text.replace(
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>',
    );
    expect(checkFileStructure('application/pdf', Buffer.from(withScript, 'latin1'))).not.toBeNull();
    const htmlHead = text.replace('%PDF-1.4\n', '%PDF-1.4\n%<html><script>alert(1)</script>\n');
    expect(checkFileStructure('application/pdf', Buffer.from(htmlHead, 'latin1'))).not.toBeNull();
  });
});
