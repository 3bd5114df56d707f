import { importThisDesktop } from '../services/floor/floor-import.service';
import {
  floorSettingsView,
  joinFloorNow,
  leaveFloorNow,
  testFloorConnection,
} from '../services/floor/floor-join.service';
import { defineHandlers } from './registry';

export const floorHandlers = defineHandlers({
  'floor.status': ({ core }) => core.floorController.status(),
  'floor.settings.get': ({ core }) => floorSettingsView(core),
  'floor.test': ({ core }, input) => testFloorConnection(core, input),
  'floor.join': ({ core }, input) => joinFloorNow(core, input),
  'floor.leave': ({ core }) => leaveFloorNow(core),
  'floor.import': ({ core }) => importThisDesktop(core),
});
