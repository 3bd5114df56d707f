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
  throw new AppFailure(
    'POLICY_LOCKED',
    `${POLICY_LABELS[field]} é definido pela política da empresa (${core.policy.file}) e não pode ser alterado aqui. ` +
      'Peça à equipe de TI para mudar o arquivo de política.',
  );
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
