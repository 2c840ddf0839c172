// Placeholder replaced in this session by the real page.
export function DocumentsPage() {
  return <p />
}
