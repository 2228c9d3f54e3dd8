import { notifications } from '@mantine/notifications';
import i18next from 'i18next';

/** A confirmation, announced politely (role status) so that it never competes with error alerts. */
export function notifySuccess(message: string): void {
  notifications.show({
    message,
    color: 'green',
    role: 'status',
    withBorder: true,
    autoClose: 5000,
    closeButtonProps: { 'aria-label': i18next.t('common.closeNotification') },
  });
}

/** Removes every notification (lock, logout: nothing stays on screen). */
export function clearNotifications(): void {
  notifications.clean();
}
