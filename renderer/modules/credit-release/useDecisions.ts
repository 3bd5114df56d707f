import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ChannelName } from '../../../shared/ipc/contract';
import { channelKey, useChannelMutation } from '../../lib/query';

/** Everything a decision (or the ERP's answer to one) changes on screen. */
export const CREDIT_RELEASE_CHANNELS: ChannelName[] = [
  'creditRelease.queue',
  'creditRelease.waitingCount',
  'creditRelease.order',
  'creditRelease.clientOrders',
  'creditRelease.clientPreview',
  'clientHistory.list',
];

/** Refetches every credit release answer: after a refused decision the screen shows what is true now. */
export function useRefreshCreditRelease(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => {
    for (const c of CREDIT_RELEASE_CHANNELS) void queryClient.invalidateQueries({ queryKey: channelKey(c) });
  }, [queryClient]);
}

export function useReleaseOrder() {
  const refresh = useRefreshCreditRelease();
  return useChannelMutation('creditRelease.release', {
    invalidates: CREDIT_RELEASE_CHANNELS,
    onError: refresh,
  });
}

export function useRejectOrder() {
  const refresh = useRefreshCreditRelease();
  return useChannelMutation('creditRelease.reject', {
    invalidates: CREDIT_RELEASE_CHANNELS,
    onError: refresh,
  });
}

export function useReleaseClient() {
  const refresh = useRefreshCreditRelease();
  return useChannelMutation('creditRelease.releaseClient', {
    invalidates: CREDIT_RELEASE_CHANNELS,
    onError: refresh,
  });
}
