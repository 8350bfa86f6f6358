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
    ?.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .trim()
    .slice(0, 150);
  return base || `document.${ACCEPTED_FILE_TYPES[type].extension}`;
}
