/** The people screens' addresses (under the « Personnes » menu entry). */
export const peoplePaths = {
  search: '/personnes',
  create: (prefill?: string) => (prefill ? `/personnes/nouvelle?q=${encodeURIComponent(prefill)}` : '/personnes/nouvelle'),
  person: (id: string) => `/personnes/${id}`,
  edit: (id: string) => `/personnes/${id}/modifier`,
  newBilan: (id: string) => `/personnes/${id}/bilans/nouveau`,
  bilan: (id: string, bilanId: string) => `/personnes/${id}/bilans/${bilanId}`,
};
