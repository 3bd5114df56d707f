import { AgentHome } from '../modules/home';

/** Início: the agent's day (Meu dia). */
export function HomePage({ onSearch }: { onSearch: () => void }) {
  return <AgentHome onSearch={onSearch} />;
}
