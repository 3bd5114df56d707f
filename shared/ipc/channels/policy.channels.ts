import { channel, empty } from '../channel-spec';
import type { PolicyView } from '../dto/policy';

export const policyChannels = {
  /** What the machine policy presets and locks, and what in it was invalid (Sobre, Configurações). */
  'policy.get': channel<PolicyView>()({ input: empty, kind: 'query' }),
};
