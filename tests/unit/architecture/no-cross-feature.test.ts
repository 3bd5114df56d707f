import path from 'node:path';
import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const rule = require('../../../eslint-rules/no-cross-feature');

RuleTester.describe = describe;
RuleTester.it = it;

const file = (p: string) => path.join(process.cwd(), 'renderer', 'modules', p);
const shared = (p: string) => path.join(process.cwd(), 'renderer', p);
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });

tester.run('features/no-cross-feature', rule, {
  valid: [
    { filename: file('clients/ClientScreen.tsx'), code: "import { FinancePanel } from '../finance';" },
    { filename: file('credit/CreditActions.tsx'), code: "import { useCan } from '../auth/store';" },
    {
      filename: file('clients/files/FilesTab.tsx'),
      code: "import { VirtualRows } from '../../../ui/VirtualRows';",
    },
    {
      filename: file('clients/files/FilesTab.tsx'),
      code: "import { usePagedList } from '../common/usePagedList';",
    },
    { filename: shared('ui/usePermission.ts'), code: "import { useCan } from '../modules/auth/store';" },
    {
      filename: shared('app/Shell.tsx'),
      code: "import { WorkspaceTabs } from '../modules/workspace/WorkspaceTabs';",
    },
    { filename: file('credit/CreditActions.tsx'), code: "const m = import('../finance');" },
  ],
  invalid: [
    {
      filename: file('credit/CreditActions.tsx'),
      code: "const m = import('../finance/FinancePanel');",
      errors: [{ messageId: 'internal' }],
    },
    {
      filename: shared('ui/GuardedButton.tsx'),
      code: "import { CreditEditDialog } from '../modules/credit/CreditEditDialog';",
      errors: [{ messageId: 'internal' }],
    },
    {
      filename: shared('lib/query.ts'),
      code: "export { useClient } from '../modules/clients/useClient';",
      errors: [{ messageId: 'internal' }],
    },
    {
      filename: file('clients/ClientScreen.tsx'),
      code: "import { FinancePanel } from '../finance/FinancePanel';",
      errors: [{ messageId: 'internal' }],
    },
    {
      filename: file('integration/general/GeneralTab.tsx'),
      code: "import { ErpSyncPanel } from '../../settings/ErpSyncPanel';",
      errors: [{ messageId: 'internal' }],
    },
  ],
});
