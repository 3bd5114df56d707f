import type { Db } from '../../electron/main/db/connection';
import { ALL_PERMISSIONS, type Permission } from '../../shared/auth/permissions';
import { insertGroup, setGroupPermissions } from '../../electron/main/db/repos/groups.repo';
import { insertUser, setUserEmail, setUserGroups } from '../../electron/main/db/repos/users.repo';
import { hashPassword } from '../../electron/main/services/auth/password';
import { DEMO_CREDENTIALS } from '../../electron/main/services/auth/demo-users';

const AGENT_PERMISSIONS: Permission[] = [
  'clients.bureauQuery',
  'clients.edit',
  'clients.editCredit',
  'clients.files',
];

/** Groups "Atendentes" and "Administradores" and one user in each; passwords from DEMO_CREDENTIALS. */
export async function seedDemoUsers(db: Db, at: string): Promise<void> {
  const [admin, agent] = DEMO_CREDENTIALS as [(typeof DEMO_CREDENTIALS)[0], (typeof DEMO_CREDENTIALS)[0]];
  const adminHash = await hashPassword(admin.password);
  const agentHash = await hashPassword(agent.password);
  db.transaction(() => {
    const admins = insertGroup(db, 'Administradores', null, at);
    setGroupPermissions(db, admins, ALL_PERMISSIONS);
    // Agents may raise a limit by at most R$ 5.000,00 per change; bigger decisions go to a supervisor.
    const agents = insertGroup(db, 'Atendentes', 500_000, at);
    setGroupPermissions(db, agents, AGENT_PERMISSIONS);
    const adminId = insertUser(db, {
      login: admin.login,
      name: 'Administrador Demo',
      passwordHash: adminHash,
      active: true,
      at,
    });
    setUserGroups(db, adminId, [admins]);
    setUserEmail(db, adminId, 'administrador@exemplo.com.br');
    const agentId = insertUser(db, {
      login: agent.login,
      name: 'Ana Souza',
      passwordHash: agentHash,
      active: true,
      at,
    });
    setUserGroups(db, agentId, [agents]);
    setUserEmail(db, agentId, 'ana.souza@exemplo.com.br');
  })();
}
