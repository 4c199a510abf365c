/**
 * Work that must reach the vault before the window locks it, such as a note's unsaved words.
 * Every lock started in this window (the Lock button, Ctrl+L, the idle timer) awaits these first;
 * a lock that main starts on its own (sleep, screen lock) finds the vault already closed.
 */
type Task = () => Promise<void>;

const tasks = new Set<Task>();

/** The longest a lock waits: a save that hangs must never keep the records open. */
const LIMIT_MS = 4_000;

export function registerBeforeLock(task: Task): () => void {
  tasks.add(task);
  return () => {
    tasks.delete(task);
  };
}

export async function runBeforeLock(): Promise<void> {
  if (tasks.size === 0) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, LIMIT_MS);
  });
  // allSettled: one task failing must not stop the others, or the lock.
  await Promise.race([Promise.allSettled([...tasks].map((task) => task())), limit]);
  clearTimeout(timer);
}
