/**
 * The machine policy of a test seat in floor mode: IT's floor key, the same on every seat of
 * the test's floor (the shared passwords are sealed with it). Tests of a seat without the key,
 * or with another one, pass their own policy.
 */
import { parseMachinePolicy, type MachinePolicy } from '../../../electron/main/policy/machine-policy';

export const TEST_FLOOR_KEY = Buffer.from('central-de-atendimento-test-key!', 'utf8');

export function testFloorPolicy(): MachinePolicy {
  return parseMachinePolicy(JSON.stringify({ floorKey: TEST_FLOOR_KEY.toString('base64') }), 'policy.json');
}
