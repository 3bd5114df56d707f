/**
 * Where a window profile keeps its "manter conectado" token between runs: the web shell's
 * HttpOnly cookie, or a file per Electron session profile. The value is already sealed by the
 * secret store; the slot only stores it. A caller without a slot (tests, a failed start) cannot
 * be remembered.
 */
export interface DeviceSlot {
  read(): string | null;
  write(sealed: string, maxAgeSeconds: number): void;
  clear(): void;
}

/** A slot in memory, for tests and for profiles that live in memory only. */
export function memoryDeviceSlot(): DeviceSlot & { value: string | null } {
  const slot = {
    value: null as string | null,
    read: () => slot.value,
    write: (sealed: string) => void (slot.value = sealed),
    clear: () => void (slot.value = null),
  };
  return slot;
}
