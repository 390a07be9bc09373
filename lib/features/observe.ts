/**
 * One debounced MutationObserver per page (not one per row): host pages are single-page apps that
 * add rows late (paging, infinite scroll) and replace content on navigation.
 */
export function observeMutations(
  target: Node,
  onChange: () => void,
  { debounceMs = 120, signal, ignore }: { debounceMs?: number; signal: AbortSignal; ignore?: (node: Node) => boolean },
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    // Our own insertions must not wake us up again.
    if (ignore && records.every((record) => [...record.addedNodes, ...record.removedNodes].every(ignore))) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, debounceMs);
  });
  observer.observe(target, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
