import { expect, test, vi } from 'vitest';
import { createReport } from '../../scripts/bench/report.ts';

test('a bench row that could not be measured is named for the run to fail on, a measured one is not', () => {
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const report = createReport();
  report.section('Interaction', 'measure', 'median');
  report.row(['Keystroke in search → new results painted', '12 ms'], '≤ 50 ms', true);
  expect(report.unmeasured()).toEqual([]);
  report.failed('Filter toggle → new results painted', new Error('no such box'), '≤ 50 ms');
  expect(report.unmeasured()).toEqual(['Interaction: Filter toggle → new results painted']);
});
