// A piece of work raced against the clock: its own result if it comes in time, else what `late`
// gives (or throws) once the time is up. The timer is cleared either way, so nothing outlives it.

/** `work`'s result, or `late()`'s once `milliseconds` have passed without it. */
export async function withDeadline<T>(work: Promise<T>, milliseconds: number, late: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<T>((resolve, reject) => {
    timer = setTimeout(() => {
      try {
        resolve(late());
      } catch (error) {
        reject(error);
      }
    }, milliseconds);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
