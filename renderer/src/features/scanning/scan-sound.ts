/**
 * Short tones after a scan, through Web Audio (no sound file to ship): a high beep when a screen took the scan,
 * a low double beep when it was refused, a middle beep when nothing on screen uses scans.
 */
export type ScanTone = 'success' | 'error' | 'notice';

interface Beep {
  frequency: number;
  durationMs: number;
}

const TONES: Readonly<Record<ScanTone, readonly Beep[]>> = {
  success: [{ frequency: 1320, durationMs: 90 }],
  error: [
    { frequency: 330, durationMs: 160 },
    { frequency: 330, durationMs: 160 },
  ],
  notice: [{ frequency: 660, durationMs: 120 }],
};

const GAP_MS = 80;
const VOLUME = 0.2;

type AudioContextConstructor = new () => AudioContext;

let context: AudioContext | null = null;

function audioContext(): AudioContext | null {
  if (context) return context;
  const Constructor = (globalThis as { AudioContext?: AudioContextConstructor }).AudioContext;
  if (!Constructor) return null;
  try {
    context = new Constructor();
  } catch {
    return null;
  }
  return context;
}

/** Plays the tone; silently does nothing where audio is unavailable (no output device, tests). */
export function playScanTone(tone: ScanTone): void {
  const audio = audioContext();
  if (!audio) return;
  try {
    if (audio.state === 'suspended') void audio.resume().catch(() => undefined);
    let start = audio.currentTime + 0.01;
    for (const beep of TONES[tone]) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      const end = start + beep.durationMs / 1000;
      oscillator.type = 'sine';
      oscillator.frequency.value = beep.frequency;
      // Short ramps: no click at the start or the end of the beep.
      gain.gain.setValueAtTime(0, start);
      gain.gain.linearRampToValueAtTime(VOLUME, start + 0.01);
      gain.gain.setValueAtTime(VOLUME, end - 0.02);
      gain.gain.linearRampToValueAtTime(0, end);
      oscillator.connect(gain);
      gain.connect(audio.destination);
      oscillator.start(start);
      oscillator.stop(end);
      start = end + GAP_MS / 1000;
    }
  } catch {
    // A beep is a comfort, never a reason to fail a scan.
  }
}
