/**
 * Demo accounts. Shown on the login screen only while the database is a demo database
 * (app_settings.is_demo = '1'), never on a real installation.
 */
export const DEMO_CREDENTIALS = [
  { login: 'admin', password: 'admin-demo-2026', role: 'Administrador' },
  { login: 'ana', password: 'atendente-demo', role: 'Atendente' },
];
