import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, englandAndWales } from '../../src/index.js';
import { calendarIdFrom } from '../../src/calendar/calendar-id.js';

describe('calendars are identified by id, named for people', () => {
  it('the default calendar is england-and-wales, named England and Wales', () => {
    expect(englandAndWales.id).toBe('england-and-wales');
    expect(englandAndWales.name).toBe('England and Wales');
  });

  it.each([
    ['Dorset Council', 'dorset-council'],
    ['  Bath & North East Somerset  ', 'bath-north-east-somerset'],
    ['Ynys Môn', 'ynys-mon'],
    ['Council (2025/26)', 'council-2025-26'],
    ['***', 'calendar'],
  ])('a created calendar named %j gets the id %j', (name, id) => {
    expect(calendarIdFrom(name)).toBe(id);
    expect(createWorkingCalendar({ name }).id).toBe(id);
  });

  it('an explicit id is kept, and the name stays the display name', () => {
    const council = createWorkingCalendar({ name: 'Dorset Council (closures 2025)', id: 'dorset-council' });
    expect(council.id).toBe('dorset-council');
    expect(council.name).toBe('Dorset Council (closures 2025)');
  });

  it('a created calendar never takes the built-in id, even with the built-in name', () => {
    expect(createWorkingCalendar({ name: 'England and Wales' }).id).toBe('england-and-wales-custom');
    expect(() => createWorkingCalendar({ name: 'x', id: 'england-and-wales' })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', field: 'id' }));
  });

  it.each(['Dorset', 'dorset council', 'dorset--council', '-dorset', '', 42])('the id %j is refused', (id) => {
    expect(() => createWorkingCalendar({ name: 'x', id: id as string })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', field: 'id' }));
  });
});
