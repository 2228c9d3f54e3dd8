import type { DevicesDto, PrintJobDto } from '../../electron/common/contract';

export const WEDGE_ON = {
  enabled: true,
  maxGapMs: 50,
  maxAverageGapMs: 35,
  minLength: 6,
  prefix: [],
  suffix: [],
  aimPrefix: false,
} as const;

export function printJob(overrides: Partial<PrintJobDto> = {}): PrintJobDto {
  return {
    id: '0190a8c0-0000-7000-8000-0000000000a1',
    kind: 'test',
    label: 'Ticket de test',
    state: 'printed',
    attempts: 1,
    lastError: null,
    createdAt: '2026-11-23T09:15:00.000Z',
    printedAt: '2026-11-23T09:15:02.000Z',
    ...overrides,
  };
}

/** A desk with simulated devices: a HID scanner seen, a network printer ready. */
export function devicesState(overrides: { wedge?: Partial<DevicesDto['scanner']['settings']['wedge']>; queue?: Partial<DevicesDto['printer']['queue']>; capture?: DevicesDto['capture'] } = {}): DevicesDto {
  return {
    scanner: {
      state: 'ok',
      label: 'Lecteur simulé (mode démonstration)',
      settings: { hidPath: null, wedge: { ...WEDGE_ON, prefix: [], suffix: [], ...overrides.wedge } },
      hidScanners: [{ path: '/dev/hidraw3', name: 'Honeywell Voyager 1450g', vendorId: 0x0c2e, productId: 0x0b87 }],
    },
    printer: {
      state: 'ok',
      label: 'Epson TM-T20 (127.0.0.1:9100)',
      settings: { kind: 'network', profile: 'epson-tm-t20', host: '127.0.0.1', port: 9100 },
      queue: { state: 'idle', message: null, waiting: 0, jobs: [], ...overrides.queue },
    },
    capture: overrides.capture ?? { active: false, file: null },
    fake: true,
  };
}
