/** What the server accepts as a signed agreement file (it checks the bytes too). */
export const SIGNED_FILE_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const SIGNED_FILE_MAX_BYTES = 20 * 1024 * 1024;
const EXTENSIONS = /\.(pdf|png|jpe?g)$/i;

/** Refuses early what the server would refuse (415 type, 413 size); null when the file may be sent. */
export function checkSignedFile(file: { name: string; size: number; type: string }): 'type' | 'size' | null {
  const typeOk =
    (SIGNED_FILE_TYPES as readonly string[]).includes(file.type) || (file.type === '' && EXTENSIONS.test(file.name));
  if (!typeOk) return 'type';
  if (file.size > SIGNED_FILE_MAX_BYTES) return 'size';
  return null;
}

/** 1536 → "1.5 KB". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
