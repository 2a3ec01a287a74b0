/**
 * Fakes only Date, at `instant`, so the app reads the clock there while sockets and timers run;
 * undo with jest.useRealTimers().
 */
export const fakeDateAt = (instant: string | Date) =>
  jest.useFakeTimers({
    now: new Date(instant),
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
