import { describe, expect, it } from 'vitest';
import { formatClock, paceAt } from '../../runtime/presenter/timer.ts';
import { PRESENTER_LABELS } from '../../runtime/presenter/labels.ts';

describe('presenter timer', () => {
  it('formats minutes and seconds', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65.4)).toBe('1:05');
    expect(formatClock(600)).toBe('10:00');
    expect(formatClock(-3)).toBe('0:00');
  });

  it('paces against the planned minutes, slide by slide', () => {
    // 6-minute talk, 6 slides: slide index 3 is planned at 3:00.
    expect(paceAt(180, 3, 6, 6).state).toBe('on');
    expect(paceAt(240, 3, 6, 6)).toMatchObject({ planned: 180, behind: 60, state: 'behind' });
    expect(paceAt(90, 3, 6, 6)).toMatchObject({ behind: -90, state: 'ahead' });
  });

  it('words the pace in both editions', () => {
    expect(PRESENTER_LABELS['zh-CN'].pace('on', '0:00')).toBe('按计划');
    expect(PRESENTER_LABELS['zh-CN'].pace('behind', '1:00')).toBe('比计划慢 1:00');
    expect(PRESENTER_LABELS['zh-CN'].pace('ahead', '1:30')).toBe('比计划快 1:30');
    expect(PRESENTER_LABELS.en.pace('behind', '1:00')).toBe('1:00 behind plan');
  });
});
