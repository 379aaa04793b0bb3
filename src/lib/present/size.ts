/** "58 KB" for a byte count, as a download link shows it (1 KB = 1024 bytes, rounded up). */
export function formatKilobytes(bytes: number): string {
  return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
}
