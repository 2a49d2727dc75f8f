import { describe, expect, it } from 'vitest';
import { formatClock, paceAt } from '../../slides/runtime/presenter-timer.ts';
import { asPresenterMessage } from '../../slides/runtime/presenter-channel.ts';

describe('presenter timer', () => {
  it('formats minutes and seconds', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65.4)).toBe('1:05');
    expect(formatClock(600)).toBe('10:00');
    expect(formatClock(-3)).toBe('0:00');
  });

  it('paces against the planned minutes, slide by slide', () => {
    // 6-minute talk, 6 slides: slide index 3 is planned at 3:00.
    expect(paceAt(180, 3, 6, 6).label).toBe('按计划');
    expect(paceAt(240, 3, 6, 6)).toMatchObject({ planned: 180, behind: 60, label: '比计划慢 1:00' });
    expect(paceAt(90, 3, 6, 6)).toMatchObject({ behind: -90, label: '比计划快 1:30' });
  });
});

describe('presenter channel messages', () => {
  it('accepts only well-formed messages', () => {
    expect(asPresenterMessage({ type: 'command', action: 'next' })).toEqual({ type: 'command', action: 'next' });
    expect(asPresenterMessage({ type: 'command', action: 'jump' })).toBeNull();
    expect(asPresenterMessage({ type: 'state', deck: 'puer' })).toBeNull();
    expect(asPresenterMessage('next')).toBeNull();
  });
});
