import type { BureauProduct } from '../../../../shared/ipc/dto/bureau';
import type { PersonType } from '../../../../shared/ipc/dto/clients';
import { isValidCnpj, isValidCpf, normalizeDocument } from '../../../../shared/domain/document';
import { AppFailure } from '../../../../shared/ipc/result';
import type { Core } from '../../core-types';
import { getBureauConfig } from '../../db/repos/bureau-settings.repo';
import { getClientRecord } from '../../db/repos/clients.repo';

export interface QueryTarget {
  clientId: number;
  document: string;
  personType: PersonType;
  product: BureauProduct;
}

/**
 * Checks everything that can be checked before money is spent: the client exists, its
 * CPF/CNPJ has valid check digits (the bureau would refuse it, deps-api.md §7 case 5) and the
 * product is for this person type.
 */
export function resolveQueryTarget(core: Core, clientId: number, productId: string): QueryTarget {
  const client = getClientRecord(core.db, clientId);
  if (!client) throw new AppFailure('clients.notFound');
  const document = normalizeDocument(client.document);
  if (client.person_type === 'F' && !isValidCpf(document)) {
    throw new AppFailure('credit.clientCpfInvalid');
  }
  if (client.person_type === 'J' && !isValidCnpj(document)) {
    throw new AppFailure('credit.clientCnpjInvalid');
  }
  const known = getBureauConfig(core.db).products;
  const product = known.find((p) => p.id === productId);
  if (product && product.personType !== client.person_type) {
    throw new AppFailure('credit.productNotForClient', {
      product: product.name,
      personType: client.person_type,
    });
  }
  return {
    clientId,
    document,
    personType: client.person_type,
    product: product ?? { id: productId, name: productId, personType: client.person_type },
  };
}
