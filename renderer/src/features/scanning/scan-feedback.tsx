import { Portal, Text, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconBarcode, IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { ScanTone } from './scan-sound';

export interface ScanFeedbackState {
  /** Changes with every scan, so that the same code scanned twice flashes twice. */
  id: number;
  kind: ScanTone;
  message: string;
  /** Also announced through the live region (not when a notification already says it). */
  announce: boolean;
}

const FLASH_MS = 1200;

const COLORS: Readonly<Record<ScanTone, string>> = {
  success: 'var(--mantine-color-green-8)',
  error: 'var(--mantine-color-red-8)',
  notice: 'var(--mantine-color-blue-8)',
};

const ICONS = { success: IconCircleCheck, error: IconAlertTriangle, notice: IconBarcode } as const;

/**
 * What a scan looks like from across the counter: the screen's edge lights up in the outcome's colour and a large
 * label says what was read, for a second. Screen readers hear the same text through a polite live region.
 */
export function ScanFeedback({ feedback }: { feedback: ScanFeedbackState | null }) {
  // The flash shows in the scan's own render (no second render through an effect) until its time is up.
  const [endedId, setEndedId] = useState<number | null>(null);

  useEffect(() => {
    if (!feedback) return undefined;
    const timer = setTimeout(() => setEndedId(feedback.id), FLASH_MS);
    return () => clearTimeout(timer);
  }, [feedback]);

  const visible = feedback && feedback.id !== endedId ? feedback : null;
  const FlashIcon = visible ? ICONS[visible.kind] : null;
  return (
    <>
      <VisuallyHidden role="status" aria-live="polite" data-testid="scan-announcement">
        {/* The same text twice in a row is announced again: it differs by a trailing no-break space. */}
        {feedback?.announce ? `${feedback.message}${feedback.id % 2 === 0 ? '\u00a0' : ''}` : ''}
      </VisuallyHidden>
      {visible && FlashIcon ? (
        <Portal>
          <div
            key={visible.id}
            className="guichet-scan-flash"
            aria-hidden
            data-scan-outcome={visible.kind}
            style={{ ['--scan-flash-color' as string]: COLORS[visible.kind] }}
          >
            <div className="guichet-scan-flash-label">
              <FlashIcon size={36} aria-hidden />
              <Text span fw={800} size="xl" c="white" style={{ wordBreak: 'break-all' }}>
                {visible.message}
              </Text>
            </div>
          </div>
        </Portal>
      ) : null}
    </>
  );
}
