// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../renderer/src/features/errors/error-boundary';
import { fakeClient, renderWithApp } from './render-app';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Broken(): never {
  throw new Error('TypeError at renderAgents (agents-table.tsx:42)');
}

describe('error boundary', () => {
  it('shows a calm French message and a reload button, never the error itself', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithApp(
      <ErrorBoundary fullPage>
        <Broken />
      </ErrorBoundary>,
      fakeClient({}).client,
    );
    expect(screen.getByRole('heading', { name: 'Un problème est survenu' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Recharger' })).toBeTruthy();
    expect(document.body.textContent).not.toContain('agents-table');
    expect(document.body.textContent).not.toContain('TypeError');
  });
});
