// Placeholder replaced in this session by the real page.
export function CommitmentDetailPage({ id }: { id: string }) {
  return <p>{id}</p>
}
