/** "12/03/2026" for an ISO date or timestamp (French format). */
export function formatDate(iso: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00`) : new Date(iso);
  return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short' }).format(date);
}

export function formatTime(date: Date): string {
  return new Intl.DateTimeFormat('fr-FR', { timeStyle: 'short' }).format(date);
}
