/** Production web shell entry (`CENTRAL_DEMO=0 npm run web`): no seeding, no simulators. */
import { runWebMain } from './web-app';

runWebMain();
