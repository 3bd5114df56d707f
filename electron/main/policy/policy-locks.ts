import type { PolicyField, PolicyValues, PolicyView } from '../../../shared/ipc/dto/policy';
import { AppFailure } from '../../../shared/ipc/result';
import type { Core } from '../core-types';
import { POLICY_LABELS } from './machine-policy';

export function policyValue<F extends PolicyField>(core: Core, field: F): PolicyValues[F] | undefined {
  return core.policy.values[field];
}

/**
 * The main process's own guard: a field the policy sets cannot be changed through the registry,
 * whatever a renderer sends. Sending the policy's own value (an untouched, disabled input) is fine.
 */
export function assertNotLocked<F extends PolicyField>(
  core: Core,
  field: F,
  requested: PolicyValues[F],
): void {
  const locked = policyValue(core, field);
  if (locked === undefined || locked === requested) return;
  throw new AppFailure('app.policyLocked', { setting: POLICY_LABELS[field], policyFile: core.policy.file });
}

export function policyView(core: Core): PolicyView {
  const { policy } = core;
  return {
    file: policy.file,
    found: policy.found,
    locked: (Object.keys(POLICY_LABELS) as PolicyField[])
      .filter((field) => policy.values[field] !== undefined)
      .map((field) => ({
        field,
        label: POLICY_LABELS[field],
        value: policy.values[field] as string | boolean,
      })),
    problems: policy.problems,
  };
}
