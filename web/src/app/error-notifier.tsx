import { useEffect } from 'react';
import { App } from 'antd';
import { isApiError, isSessionLost } from '../api/api-error';
import { translate } from './i18n';

type MessageApi = ReturnType<typeof App.useApp>['message'];

let messageApi: MessageApi | null = null;

/** The one global error handler: shows an antd message for any failed call no component handled itself. */
export function notifyError(error: unknown) {
  if (!messageApi) return;
  // A lost session is answered by the redirect to sign-in, which shows its own notice.
  if (isSessionLost(error)) return;
  const text = isApiError(error) ? error.message : translate('common.unexpectedError');
  void messageApi.error({ content: text, key: text, duration: 4 });
}

/** Shows a one-off notice through the same antd message instance. */
export function notify(kind: 'success' | 'info' | 'warning', text: string) {
  void messageApi?.[kind]({ content: text, key: text });
}

/** Hands the context-aware antd message instance (theme, locale) to code outside React. */
export function MessageBridge() {
  const { message } = App.useApp();
  useEffect(() => {
    messageApi = message;
    return () => {
      messageApi = null;
    };
  }, [message]);
  return null;
}
