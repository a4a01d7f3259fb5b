/** An absolute time, comparable between the page and a worker (their performance.now() origins differ). */
export const epochNow = () => performance.timeOrigin + performance.now();
