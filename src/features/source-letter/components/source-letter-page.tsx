// Placeholder replaced in this session by the real page.
export function SourceLetterPage({ id }: { id: string }) {
  return <p>{id}</p>
}
