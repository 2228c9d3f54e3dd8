import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import i18next from 'i18next';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

/** Catches render errors: a calm French message and a way out, never a stack trace on screen. */
export class ErrorBoundary extends Component<{ children: ReactNode; fullPage?: boolean }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // For the developer console only.
    console.error('Guichet: rendering failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const content = (
      <Stack gap="md" maw={640}>
        <Title order={1}>{i18next.t('errors.crashTitle')}</Title>
        <Text size="lg">{i18next.t('errors.crashText')}</Text>
        <div>
          <Button size="lg" leftSection={<IconRefresh aria-hidden />} onClick={() => window.location.reload()}>
            {i18next.t('errors.reload')}
          </Button>
        </div>
      </Stack>
    );
    return this.props.fullPage ? (
      <Container component="main" py={48}>
        {content}
      </Container>
    ) : (
      content
    );
  }
}
