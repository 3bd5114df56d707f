import { policyView } from '../policy/policy-locks';
import { defineHandlers } from './registry';

export const policyHandlers = defineHandlers({
  'policy.get': ({ core }) => policyView(core),
});
