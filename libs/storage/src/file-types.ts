import { crc32 } from 'node:zlib';

/** The documents people send as proofs: PDF and photos of paper. Recognised by content, not by name. */
export const ACCEPTED_FILE_TYPES = {
  'application/pdf': { extension: 'pdf', label: 'PDF' },
  'image/jpeg': { extension: 'jpg', label: 'JPEG' },
  'image/png': { extension: 'png', label: 'PNG' },
} as const;
export type AcceptedFileType = keyof typeof ACCEPTED_FILE_TYPES;

export function sniffFileType(head: Buffer): AcceptedFileType | null {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  return null;
}

/** Keeps a file name displayable and harmless (no path, no control characters). */
export function safeFileName(name: string | undefined, type: AcceptedFileType): string {
  const base = (name ?? '')
    .split(/[\\/]/)
    .pop()
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    ?.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .trim()
    .slice(0, 150);
  return base || `document.${ACCEPTED_FILE_TYPES[type].extension}`;
}

/**
 * A file's whole structure, not only its signature: a polyglot (a PDF or PNG signature followed by
 * HTML or an executable) is refused. Returns why the file is not a whole document of its type, or null.
 */
export function checkFileStructure(type: AcceptedFileType, content: Buffer): string | null {
  switch (type) {
    case 'application/pdf':
      return checkPdf(content);
    case 'image/png':
      return checkPng(content);
    case 'image/jpeg':
      return checkJpeg(content);
  }
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Chunk after chunk, each with its CRC, from IHDR to IEND, and nothing after. */
function checkPng(content: Buffer): string | null {
  if (!content.subarray(0, 8).equals(PNG_SIGNATURE)) return 'signature PNG absente';
  let offset = 8;
  let first = true;
  let sawData = false;
  while (offset + 12 <= content.length) {
    const length = content.readUInt32BE(offset);
    const type = content.subarray(offset + 4, offset + 8).toString('latin1');
    if (!/^[A-Za-z]{4}$/.test(type) || length > 0x7fffffff || offset + 12 + length > content.length) return 'bloc PNG illisible';
    const crc = content.readUInt32BE(offset + 8 + length);
    if (crc32(content.subarray(offset + 4, offset + 8 + length)) >>> 0 !== crc) return `bloc PNG ${type} corrompu`;
    if (first && (type !== 'IHDR' || length !== 13)) return 'en-tête PNG (IHDR) absent';
    first = false;
    if (type === 'IDAT') sawData = true;
    offset += 12 + length;
    if (type === 'IEND') {
      if (!sawData) return 'image PNG sans données';
      return offset === content.length ? null : 'données après la fin de l’image PNG';
    }
  }
  return 'fin de l’image PNG (IEND) absente';
}

const JPEG_FRAMES = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/** Segment after segment from SOI to EOI (the entropy-coded data of each scan skipped), and nothing after. */
function checkJpeg(content: Buffer): string | null {
  if (content[0] !== 0xff || content[1] !== 0xd8) return 'signature JPEG absente';
  let offset = 2;
  let sawFrame = false;
  let sawScan = false;
  while (offset < content.length) {
    if (content[offset] !== 0xff) return 'segment JPEG illisible';
    while (content[offset] === 0xff) offset++; // fill bytes
    const marker = content[offset++];
    if (marker === undefined) break;
    if (marker === 0xd9) {
      if (!sawFrame || !sawScan) return 'image JPEG sans image';
      return offset === content.length ? null : 'données après la fin de l’image JPEG';
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue;
    if (marker === 0xd8 || marker === 0x00) return 'segment JPEG illisible';
    if (offset + 2 > content.length) break;
    const length = content.readUInt16BE(offset);
    if (length < 2 || offset + length > content.length) return 'segment JPEG tronqué';
    offset += length;
    if (JPEG_FRAMES.has(marker)) sawFrame = true;
    if (marker === 0xda) {
      sawScan = true;
      // Entropy-coded data runs until a marker other than a stuffed 0xFF00 or a restart marker.
      while (offset < content.length) {
        if (content[offset] === 0xff && content[offset + 1] !== 0x00 && !(content[offset + 1] >= 0xd0 && content[offset + 1] <= 0xd7)) break;
        offset++;
      }
    }
  }
  return 'fin de l’image JPEG (EOI) absente';
}

/**
 * A header line, a cross-reference its last `startxref` points to, a last `%%EOF` with nothing after
 * it but line ends; no HTML where browsers sniff, and no script or launch action.
 */
function checkPdf(content: Buffer): string | null {
  const text = content.toString('latin1');
  if (!/^%PDF-[12]\.\d[\r\n]/.test(text)) return 'en-tête PDF absent';
  if (/<\s*(?:html|head|body|script|iframe|svg|object|embed)\b/i.test(text.slice(0, 1024))) return 'du HTML dans l’en-tête du PDF';
  const end = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-1024));
  if (!end) return 'fin du PDF (startxref, %%EOF) absente, ou données après elle';
  const xref = Number(end[1]);
  if (!(xref > 0 && xref < content.length) || !/^(?:xref|\d+\s+\d+\s+obj)\b/.test(text.slice(xref, xref + 32).trimStart()))
    return 'table des références du PDF introuvable';
  if (/\/(?:JavaScript|JS|Launch)\b/.test(text)) return 'le PDF contient du code (JavaScript, lancement d’application)';
  return null;
}
