import { cancellationDeadline } from './cancellation';

describe('cancellationDeadline', () => {
  const programme = { cancelHoursBefore: 48, periodEnd: new Date('2026-12-31T16:00:00Z') };

  it('falls the given hours before the session starts', () => {
    expect(cancellationDeadline(programme, { startsAt: new Date('2026-12-10T00:00:00Z') }).toISOString()).toBe('2026-12-08T00:00:00.000Z');
  });

  it('falls before the end of the period when there is no session', () => {
    expect(cancellationDeadline(programme, null).toISOString()).toBe('2026-12-29T16:00:00.000Z');
  });
});
