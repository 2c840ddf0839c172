/**
 * Runs `task` once the browser has painted what is on the page now (or soon, where there are no
 * frames, as in jsdom). A frame callback runs just before the next paint; a task queued from it
 * runs after that paint. Returns a cancel function for effect cleanups.
 */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(task, 0)
    return () => clearTimeout(timer)
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}
